package io.chargedesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.meter.Reading;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HistoryAccumulatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void splitsEnergyAcrossIntervalsByTimeAndTheSplitAddsUpExactly() {
        Instant from = Instant.parse("2026-05-01T10:10:00Z");
        List<IntervalSplit.Part> parts = IntervalSplit.split(from, from.plus(Duration.ofMinutes(30)), 1001,
                Duration.ofMinutes(15));
        assertThat(parts).extracting(IntervalSplit.Part::intervalStart).containsExactly(
                Instant.parse("2026-05-01T10:00:00Z"), Instant.parse("2026-05-01T10:15:00Z"),
                Instant.parse("2026-05-01T10:30:00Z"));
        assertThat(parts).extracting(IntervalSplit.Part::wattHours).containsExactly(167L, 500L, 334L);
        assertThat(parts.stream().mapToLong(IntervalSplit.Part::wattHours).sum()).isEqualTo(1001);
    }

    @Test
    void intervalsAndDaysFollowTheRegisterAndIgnoreAResetOrAnImplausibleJump() {
        Instant t = Instant.parse("2026-10-24T21:50:00Z"); // 23:50 in Berlin: the day changes mid-step
        HistoryAccumulator acc = new HistoryAccumulator(BERLIN, Map.of("A1", Power.ofWatts(11_000)), Map.of());
        acc.add(new Reading("A1", t, Energy.ofWattHours(1000), Power.ofWatts(6000)), Optional.empty());
        acc.add(new Reading("A1", t.plus(Duration.ofMinutes(20)), Energy.ofWattHours(3000), Power.ofWatts(6000)),
                Optional.empty());
        acc.add(new Reading("A1", t.plus(Duration.ofMinutes(21)), Energy.ofWattHours(5), Power.ofWatts(6000)),
                Optional.empty());
        acc.add(new Reading("A1", t.plus(Duration.ofMinutes(22)), Energy.ofWattHours(900_000), Power.ofWatts(6000)),
                Optional.empty());
        HistoryBatch batch = acc.pending();
        assertThat(batch.intervals().stream().mapToLong(HistoryBatch.IntervalEnergy::energyWh).sum()).isEqualTo(2000);
        assertThat(batch.days()).extracting(HistoryBatch.DayTotals::day, HistoryBatch.DayTotals::energyWh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 24), 1000L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 25), 1000L));
        acc.clear();
        assertThat(acc.pending().isEmpty()).isTrue();
    }

    @Test
    void keepsEachSessionsMinutesAndCountsClosedSessionsOnTheirStartDay() {
        Instant t = Instant.parse("2026-05-01T10:00:10Z");
        UUID id = UUID.randomUUID();
        HistoryAccumulator acc = new HistoryAccumulator(BERLIN, Map.of(), Map.of("A1",
                new Reading("A1", t.minusSeconds(10), Energy.ofWattHours(1000), Power.ZERO)));
        acc.add(new Reading("A1", t, Energy.ofWattHours(1010), Power.ofWatts(7000)), Optional.of(id));
        acc.add(new Reading("A1", t.plusSeconds(30), Energy.ofWattHours(1070), Power.ofWatts(7400)), Optional.of(id));
        acc.add(new Reading("A1", t.plusSeconds(60), Energy.ofWattHours(1130), Power.ofWatts(7200)), Optional.of(id));
        acc.sessionEnded(new Session(id, "A1", "", t, Optional.of(t.plusSeconds(60)), Energy.ofWattHours(1000),
                Energy.ofWattHours(1130), Power.ofWatts(7400), Duration.ofSeconds(60), t.plusSeconds(60), false,
                Customer.NONE, Optional.of(EndReason.MANUAL), List.of(), List.of()));
        HistoryBatch batch = acc.pending();
        assertThat(batch.minutes()).containsExactly(
                new HistoryBatch.SessionMinute(id, Instant.parse("2026-05-01T10:00:00Z"), 1070, 7400, 14_400, 2),
                new HistoryBatch.SessionMinute(id, Instant.parse("2026-05-01T10:01:00Z"), 1130, 7200, 7200, 1));
        assertThat(batch.days()).singleElement().satisfies(d -> {
            assertThat(d.energyWh()).as("from the stored reading on").isEqualTo(130);
            assertThat(d.sessions()).isEqualTo(1);
            assertThat(d.sessionEnergyWh()).isEqualTo(130);
            assertThat(d.chargingSeconds()).isEqualTo(60);
        });
    }
}
