package io.chargedesk.ui.dashboard;

import eu.hansolo.tilesfx.Section;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import io.chargedesk.ui.shell.Theme;
import javafx.scene.Node;
import javafx.scene.paint.Color;

/** The one place that knows TilesFX: the rest of the code asks for tiles by purpose. */
final class TileFactory {

    /** Warning and alarm: the colours every attendant reads as such, in both themes. */
    static final Color AMBER = Color.web("#f5a623");
    static final Color RED = Color.web("#e53935");

    private TileFactory() {
    }

    /**
     * A frame with our own content inside, the bay's name included; {@link BayGrid} sizes it. TilesFX would size a
     * title from the tile (6 % of its side: 8 px on a 50-bay screen), too small for the one thing an attendant looks
     * for, so the name is a label of the content, in the font the grid gives the tile.
     */
    static Tile bayTile(Node content) {
        Tile tile = TileBuilder.create()
                .skinType(SkinType.CUSTOM)
                .graphic(content)
                .roundedCorners(false)
                .animated(false)
                .build();
        tile.getStyleClass().add("bay-tile");
        return tile;
    }

    /**
     * How far past the grid limit the scale goes: an overload must show as one, and TilesFX drops a needle beyond its
     * scale to zero.
     */
    static final double SCALE_PAST_LIMIT = 1.25;

    /**
     * The site's load against its grid limit: amber from {@link DashboardViewModel#WARNING_SHARE} of the limit, red
     * from {@link DashboardViewModel#ALARM_SHARE}, the scale going a quarter past the limit.
     */
    static Tile siteLoadGauge(String title, String limitText, double gridLimitKw) {
        double limit = Math.max(1, gridLimitKw);
        double scale = SCALE_PAST_LIMIT * limit;
        Tile tile = TileBuilder.create()
                .skinType(SkinType.GAUGE)
                .title(title)
                .unit("kW")
                .minValue(0)
                .maxValue(scale)
                .sections(new Section(DashboardViewModel.WARNING_SHARE * limit,
                                DashboardViewModel.ALARM_SHARE * limit, AMBER),
                        new Section(DashboardViewModel.ALARM_SHARE * limit, scale, RED))
                .sectionsVisible(true)
                .sectionsAlwaysVisible(true)
                .highlightSections(false)
                .threshold(DashboardViewModel.ALARM_SHARE * limit)
                .thresholdColor(RED)
                .thresholdVisible(true)
                .decimals(1)
                .text(limitText)
                .animated(false)
                .build();
        tile.getStyleClass().add("site-tile");
        return tile;
    }

    /** Gives a tile the theme's colours: TilesFX draws its tiles itself rather than from the stylesheet. */
    static void paint(Tile tile, Theme theme) {
        tile.setBackgroundColor(theme.panel());
        tile.setForegroundColor(theme.text());
        tile.setTitleColor(theme.muted());
        tile.setTextColor(theme.muted());
        tile.setValueColor(theme.text());
        tile.setUnitColor(theme.muted());
        tile.setNeedleColor(theme.text());
        tile.setBarBackgroundColor(theme.muted().deriveColor(0, 1, 1, 0.35));
    }

    /** Shows {@code value} on a gauge, its needle held at the end of the scale for a load beyond it. */
    static void show(Tile tile, double value) {
        tile.setValue(Math.max(tile.getMinValue(), Math.min(tile.getMaxValue(), value)));
    }
}
