package io.chargedesk.ui.dashboard;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.scene.Node;
import javafx.scene.paint.Color;

/** The one place that knows TilesFX: the rest of the code asks for tiles by purpose. */
final class TileFactory {

    static final double BAY_WIDTH = 260;
    static final double BAY_HEIGHT = 230;

    private TileFactory() {
    }

    /** A frame with the bay's name on top and our own content inside. */
    static Tile bayTile(String title, Node content) {
        Tile tile = TileBuilder.create()
                .skinType(SkinType.CUSTOM)
                .prefSize(BAY_WIDTH, BAY_HEIGHT)
                .title(title)
                .graphic(content)
                .roundedCorners(true)
                .build();
        tile.getStyleClass().add("bay-tile");
        return tile;
    }

    /** The site's load against its grid limit. */
    static Tile siteLoadGauge(double gridLimitKw) {
        Tile tile = TileBuilder.create()
                .skinType(SkinType.GAUGE)
                .prefSize(BAY_WIDTH, BAY_HEIGHT)
                .title("Site load")
                .unit("kW")
                .minValue(0)
                .maxValue(Math.max(1, gridLimitKw))
                .threshold(0.9 * gridLimitKw)
                .thresholdVisible(true)
                .decimals(1)
                .text("Grid limit " + Math.round(gridLimitKw) + " kW")
                .animated(false)
                .build();
        tile.getStyleClass().add("site-tile");
        return tile;
    }

    /** Site power over the last minutes. */
    static Tile sitePowerSparkLine() {
        Tile tile = TileBuilder.create()
                .skinType(SkinType.SPARK_LINE)
                .prefSize(BAY_WIDTH * 2, BAY_HEIGHT)
                .title("Site power")
                .unit("kW")
                .decimals(1)
                .averagingPeriod(120)
                .averageVisible(true)
                .barColor(Color.web("#4fc3f7"))
                .animated(false)
                .build();
        tile.getStyleClass().add("site-tile");
        return tile;
    }

    static void show(Tile tile, double value) {
        tile.setValue(value);
    }
}
