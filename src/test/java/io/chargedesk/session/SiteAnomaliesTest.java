package io.chargedesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SiteAnomaliesTest {

    private static final Instant T = Instant.parse("2026-06-01T12:00:00Z");

    private static Session ended(Instant start, Duration length) {
        return new Session(UUID.randomUUID(), "A1", "", start, Optional.of(start.plus(length)), Energy.ofWattHours(0),
                Energy.ofWattHours(10), Power.ofWatts(7000), length, start.plus(length), false, Customer.NONE,
                Optional.of(EndReason.TIMEOUT), List.of(), List.of());
    }

    @Test
    void theThirdShortSessionWithinAnHourIsFlagged() {
        ShortSessionPattern pattern = ShortSessionPattern.defaults();
        assertThat(pattern.check(ended(T, Duration.ofSeconds(40))).anomalies()).isEmpty();
        assertThat(pattern.check(ended(T.plusSeconds(600), Duration.ofHours(2))).anomalies())
                .as("a long session is no part of the pattern").isEmpty();
        assertThat(pattern.check(ended(T.plusSeconds(900), Duration.ofSeconds(50))).anomalies()).isEmpty();
        Session third = pattern.check(ended(T.plusSeconds(1200), Duration.ofSeconds(30)));
        assertThat(third.hasAnomaly(AnomalyCode.SHORT_SESSIONS)).isTrue();
    }

    @Test
    void shortSessionsFarApartAreNoPattern() {
        ShortSessionPattern pattern = ShortSessionPattern.defaults();
        pattern.check(ended(T, Duration.ofSeconds(40)));
        pattern.check(ended(T.plus(Duration.ofHours(2)), Duration.ofSeconds(40)));
        assertThat(pattern.check(ended(T.plus(Duration.ofHours(4)), Duration.ofSeconds(40))).anomalies()).isEmpty();
    }

    @Test
    void gridLimitIsReportedOncePerEpisode() {
        SiteWatch watch = new SiteWatch(Power.ofWatts(100_000), Duration.ofDays(3), Map.of());
        assertThat(watch.sitePower(Power.ofWatts(94_000), T)).isEmpty();
        assertThat(watch.sitePower(Power.ofWatts(96_000), T)).hasValueSatisfying(a ->
                assertThat(a.anomaly().code()).isEqualTo(AnomalyCode.GRID_LIMIT));
        assertThat(watch.sitePower(Power.ofWatts(99_000), T)).isEmpty();
        assertThat(watch.sitePower(Power.ofWatts(92_000), T)).as("not yet cleared").isEmpty();
        assertThat(watch.sitePower(Power.ofWatts(89_000), T)).isEmpty();
        assertThat(watch.sitePower(Power.ofWatts(97_000), T)).isPresent();
    }

    @Test
    void aBaySilentForDaysIsReportedUntilItIsUsedAgain() {
        SiteWatch watch = new SiteWatch(Power.ZERO, Duration.ofDays(3), Map.of("A1", T, "A2", T));
        watch.activity("A2", T.plus(Duration.ofDays(2)));
        List<SiteAnomaly> silent = watch.silentBays(T.plus(Duration.ofDays(4)));
        assertThat(silent).extracting(a -> a.bayId().orElseThrow()).containsExactly("A1");
        assertThat(watch.silentBays(T.plus(Duration.ofDays(4)).plusSeconds(43_200))).as("reported once").isEmpty();
        watch.activity("A1", T.plus(Duration.ofDays(6)));
        assertThat(watch.silentBays(T.plus(Duration.ofDays(10)))).extracting(a -> a.bayId().orElseThrow())
                .containsExactlyInAnyOrder("A1", "A2");
    }
}
