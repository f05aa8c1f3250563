package io.chargedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tile size the dashboard chooses from the number of bays and the space there is, without a window. */
class BayGridTest {

    /** The tiles' part of a 1920×1080 window: less the header, tabs, the site's load row and margins. */
    private static final double WIDTH = 1900;
    private static final double HEIGHT = 780;

    @Test
    void fiftyBaysFitFullHdInReadableTiles() {
        BayGrid.Fit fit = BayGrid.fit(List.of(50), false, WIDTH, HEIGHT);

        assertThat(fit.height()).as("no scrolling").isLessThanOrEqualTo(HEIGHT);
        assertThat(fit.tileWidth()).isGreaterThanOrEqualTo(BayGrid.MIN_WIDTH);
        assertThat(fit.tileHeight()).isGreaterThanOrEqualTo(BayGrid.MIN_HEIGHT);
        assertThat(fit.columns() * fit.tileWidth() + (fit.columns() - 1) * BayGrid.GAP).isLessThanOrEqualTo(WIDTH);
    }

    @Test
    void fewBaysGetLargeTiles() {
        BayGrid.Fit six = BayGrid.fit(List.of(6), false, WIDTH, HEIGHT);
        BayGrid.Fit fifty = BayGrid.fit(List.of(50), false, WIDTH, HEIGHT);

        assertThat(six.tileWidth()).isEqualTo(BayGrid.MAX_WIDTH);
        assertThat(six.tileHeight()).isGreaterThan(fifty.tileHeight() * 1.5);
    }

    @Test
    void groupsStartOnANewRowUnderTheirHeading() {
        BayGrid.Fit grouped = BayGrid.fit(List.of(20, 20), true, WIDTH, HEIGHT);

        assertThat(grouped.height()).isLessThanOrEqualTo(HEIGHT);
        int rows = 2 * ((20 + grouped.columns() - 1) / grouped.columns());
        assertThat(grouped.height()).isEqualTo(2 * BayGrid.HEADING + rows * grouped.tileHeight()
                + (rows - 1) * BayGrid.GAP);
    }

    @Test
    void whenEvenTheSmallestTilesDoNotFitTheGridAsksForTheHeightToScroll() {
        BayGrid.Fit fit = BayGrid.fit(List.of(50), false, 800, 300);

        assertThat(fit.tileHeight()).isEqualTo(BayGrid.MIN_HEIGHT);
        assertThat(fit.height()).isGreaterThan(300);
    }

    @Test
    void baysWithAnAreaAreGroupedByItAndTheRestComeLastAsOtherBays() {
        List<BayTileModel> bays = List.of(tile("A1", "bus1", "Car park P2"), tile("A2", "bus2", ""),
                tile("A3", "bus1", "Workshop"), tile("A4", "bus2", "Car park P2"));

        List<TileGroups.Group> english = TileGroups.of(bays, Messages.of(Locale.ENGLISH));
        assertThat(english).extracting(TileGroups.Group::heading).containsExactly(Optional.of("Car park P2"),
                Optional.of("Workshop"), Optional.of("Other bays"));
        assertThat(english).extracting(g -> g.tiles().stream().map(BayTileModel::bayId).toList())
                .containsExactly(List.of("A1", "A4"), List.of("A3"), List.of("A2"));
        assertThat(TileGroups.of(bays, Messages.of(Locale.GERMAN)).get(2).heading())
                .contains("Weitere Ladepunkte");
    }

    @Test
    void withoutAreasBaysAreGroupedByBusAndOneBusNeedsNoHeading() {
        Messages text = Messages.of(Locale.ENGLISH);
        List<TileGroups.Group> twoBuses = TileGroups.of(List.of(tile("A1", "bus1", ""), tile("A2", "bus2", ""),
                tile("A3", "bus1", "")), text);
        assertThat(twoBuses).extracting(TileGroups.Group::heading)
                .containsExactly(Optional.of("Bus bus1"), Optional.of("Bus bus2"));

        assertThat(TileGroups.of(List.of(tile("A1", "bus1", ""), tile("A2", "bus1", "")), text))
                .singleElement().satisfies(g -> assertThat(g.heading()).isEmpty());
    }

    private static BayTileModel tile(String id, String bus, String area) {
        return new BayTileModel(id, id, bus, Optional.of(area).filter(a -> !a.isEmpty()), 22, "Offline");
    }
}
