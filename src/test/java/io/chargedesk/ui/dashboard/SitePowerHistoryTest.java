package io.chargedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The site's last hour, as the chart draws it, and the chart's fixed scale. */
class SitePowerHistoryTest {

    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");

    private static List<double[]> points(SitePowerHistory history) {
        List<double[]> points = new ArrayList<>();
        history.forEach((minutesAgo, kw) -> points.add(new double[] {minutesAgo, kw}));
        return points;
    }

    @Test
    void keepsTheHoursHighestTotalPerStepAndForgetsOlderPoints() {
        SitePowerHistory history = new SitePowerHistory();
        assertThat(history.add(T0, 40)).isTrue();
        assertThat(history.add(T0.plusSeconds(1), 55)).as("a new peak in the step changes the curve").isTrue();
        assertThat(history.add(T0.plusSeconds(2), 41)).as("a lower total in the step does not").isFalse();
        assertThat(points(history)).hasSize(1);
        assertThat(points(history).get(0)[1]).as("a short peak is not averaged away").isEqualTo(55);

        history.add(T0.plus(Duration.ofMinutes(30)), 20);
        assertThat(points(history).get(0)[0]).isCloseTo(30, within(0.01));
        assertThat(history.peakKw()).isEqualTo(55);

        history.add(T0.plus(Duration.ofMinutes(61)), 10);
        assertThat(history.peakKw()).as("the 55 kW of over an hour ago is gone").isEqualTo(20);
        assertThat(points(history)).hasSize(2);
        assertThat(points(history).get(1)[0]).as("the newest point is now").isZero();
    }

    @Test
    void theScaleIsFixedByTheGridLimitNotRescaledToNoise() {
        assertThat(SitePowerChart.scale(60, 0.1)).isEqualTo(100);
        assertThat(SitePowerChart.scale(60, 59)).isEqualTo(100);
        assertThat(SitePowerChart.scale(400, 248.7)).as("the 50-bay rig").isEqualTo(500);
        assertThat(SitePowerChart.scale(60, 120)).as("a peak above the limit stays in sight").isEqualTo(200);
    }
}
