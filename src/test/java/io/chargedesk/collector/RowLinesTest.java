package io.chargedesk.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.PollFailure;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Gap;
import io.chargedesk.session.Session;
import io.chargedesk.store.RecordBatch;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every row the collector keeps on disk reads back exactly as it was, whatever text it holds. */
class RowLinesTest {

    private static final Instant T = Instant.parse("2026-06-01T08:00:00.123456789Z");

    @Test
    void everyKindOfRowReadsBackExactly() {
        String awkward = "Zoë \\ O'Brien\tand\nnew line\r東京 🚗 \\t";
        // A customer is one line of printable text (Customer refuses the rest); the journal must keep every
        // character it may hold, escapes and all.
        String awkwardLine = "Zoë \\ O'Brien \\t 東京 🚗 \\n";
        Session closed = new Session(UUID.randomUUID(), "A1", "SN 7\t7", T, Optional.of(T.plusSeconds(3_600)),
                Energy.ofWattHours(1_000), Energy.ofWattHours(12_345), Power.ofWatts(11_040),
                Duration.ofSeconds(3_000, 500), T.plusSeconds(3_000), true, new Customer(awkwardLine, "HH-AB 1", awkwardLine),
                Optional.of(EndReason.MANUAL), List.of(new Gap(T.plusSeconds(60), T.plusSeconds(120))),
                List.of(new Anomaly(AnomalyCode.METER_OFFLINE, T.plusSeconds(61),
                        Reason.of(PollFailure.Said.WITH_DETAIL, Reason.of(FaultKind.TIMEOUT), awkward))),
                Map.of(FaultKind.CRC, 2, FaultKind.TIMEOUT, 5));
        Session open = new Session(UUID.randomUUID(), "A2", "", T, Optional.empty(), Energy.ZERO, Energy.ZERO,
                Power.ZERO, Duration.ZERO, T, false, Customer.NONE, Optional.empty(), List.of(), List.of());
        RecordBatch batch = new RecordBatch(
                List.of(new Reading("A1", T, Energy.ofWattHours(12_345), Power.ofWatts(-20), awkward),
                        new Reading("A2", Instant.ofEpochSecond(1_780_000_000), Energy.ZERO, Power.ZERO)),
                List.of(closed, open),
                new HistoryBatch(List.of(new HistoryBatch.IntervalEnergy("A1", T, 42)),
                        List.of(new HistoryBatch.DayTotals("A1", LocalDate.of(2026, 6, 1), 11_345, 1, 11_345, 3_000)),
                        List.of(new HistoryBatch.SessionMinute(closed.id(), T, 1_180, 11_000, 66_000, 6)),
                        List.of(new HistoryBatch.SessionPrice(closed.id(), Money.of("5.56", "EUR")))));

        List<String> lines = RowLines.write(batch);

        assertThat(lines).hasSize(8).noneMatch(l -> l.contains("\n") || l.contains("\r"));
        assertThat(RowLines.read(lines)).isEqualTo(batch);
    }

    @Test
    void aLineOfAnotherFormatIsAnError() {
        assertThatThrownBy(() -> RowLines.read(List.of("x\t1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowLines.read(List.of("i\tA1\t1\t2\t3"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too many fields");
    }
}
