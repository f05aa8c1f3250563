package io.chargedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
