package io.chargedesk.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BusDiagnosticsTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");
    private final AtomicLong nanos = new AtomicLong();
    private final BusDiagnostics bus = new BusDiagnostics("bus1", "/dev/ttyUSB0", nanos::get);

    @Test
    void countsPollsFaultsByKindAndRoundTripPerBayAndForTheBus() {
        bus.addBay("A1", 1, "sdm630", 3);
        bus.addBay("A2", 2, "sdm630", 3);
        poll(new Reading("A1", T, Energy.ofWattHours(5), Power.ofWatts(7)), 20);
        poll(new PollFailure("A2", T, FaultKind.TIMEOUT, "no answer"), 300);
        poll(new PollFailure("A2", T, FaultKind.CRC, "crc"), 30);
        poll(new PollFailure("A1", T, FaultKind.TIMEOUT, "no answer"), 300);

        BusStats stats = bus.snapshot();
        assertThat(stats.polls()).isEqualTo(4);
        assertThat(stats.faultCount(FaultKind.TIMEOUT)).isEqualTo(2);
        assertThat(stats.faultCount(FaultKind.CRC)).isEqualTo(1);
        BayStats a1 = stats.bays().get(0);
        assertThat(a1.bayId()).isEqualTo("A1");
        assertThat(a1.lastGood()).map(Reading::importRegister).contains(Energy.ofWattHours(5));
        assertThat(a1.lastRoundTrip()).isEqualTo(Duration.ofMillis(300));
        assertThat(a1.consecutiveFailures()).isEqualTo(1);
        assertThat(stats.bays().get(1).failures()).isEqualTo(2);
    }

    @Test
    void bayIsOfflineAfterItsThresholdOfConsecutiveFailuresAndBackWithOneGoodPoll() {
        bus.addBay("A1", 1, "sdm630", 2);
        poll(new PollFailure("A1", T, FaultKind.TIMEOUT, ""), 1);
        assertThat(bus.bay("A1").orElseThrow().offline()).isFalse();
        poll(new PollFailure("A1", T, FaultKind.TIMEOUT, ""), 1);
        assertThat(bus.bay("A1").orElseThrow().offline()).isTrue();
        poll(new Reading("A1", T, Energy.ofWattHours(5), Power.ofWatts(7)), 1);
        assertThat(bus.bay("A1").orElseThrow().offline()).isFalse();
    }

    @Test
    void pollsPerSecondOverTheLastWindow() {
        bus.addBay("A1", 1, "sdm630", 3);
        for (int i = 0; i < 21; i++) {
            poll(new Reading("A1", T, Energy.ofWattHours(5), Power.ofWatts(7)), 0);
            nanos.addAndGet(Duration.ofMillis(250).toNanos());
        }
        nanos.addAndGet(-Duration.ofMillis(250).toNanos());
        // 21 polls 250 ms apart: 4 a second.
        assertThat(bus.snapshot().pollsPerSecond()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(bus.snapshot().pollsPerSecond()).as("stale polls fall out of the window").isZero();
    }

    @Test
    void portStateAndReopensAreTracked() {
        bus.portState(true);
        bus.portState(false);
        bus.reopened();
        assertThat(bus.snapshot().portOpen()).isTrue();
        assertThat(bus.snapshot().reopens()).isEqualTo(1);
    }

    @Test
    void siteDiagnosticsFindsBaysAcrossBuses() {
        BusDiagnostics other = new BusDiagnostics("bus2", "/dev/ttyUSB1");
        other.addBay("B1", 4, "abb_b23", 3);
        bus.addBay("A1", 1, "sdm630", 3);
        Diagnostics site = new Diagnostics(List.of(bus, other));
        assertThat(site.bay("B1").orElseThrow().busId()).isEqualTo("bus2");
        assertThat(site.bay("B1").orElseThrow().slaveId()).isEqualTo(4);
        assertThat(site.buses()).extracting(BusStats::busId).containsExactly("bus1", "bus2");
        assertThat(site.bay("Z9")).isEmpty();
    }

    private void poll(PollResult r, long roundTripMs) {
        bus.polled(r, Duration.ofMillis(roundTripMs));
    }
}
