package io.chargedesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryReportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate D1 = LocalDate.of(2026, 3, 28);
    private static final LocalDate D2 = LocalDate.of(2026, 3, 29); // 23 hours long in Berlin

    private final HistoryReport report = new HistoryReport(D1, D2, BERLIN, List.of("A1", "A2", "A3"),
            List.of(new HistoryBatch.DayTotals("A1", D1, 30_000, 2, 29_000, 12 * 3600),
                    new HistoryBatch.DayTotals("A1", D2, 20_000, 1, 20_000, 23 * 3600),
                    new HistoryBatch.DayTotals("A2", D2, 5_000, 1, 5_000, 3600),
                    new HistoryBatch.DayTotals("A2", LocalDate.of(2026, 4, 2), 9_999, 9, 9_999, 3600)),
            List.of(new HistoryBatch.IntervalEnergy("A1", Instant.parse("2026-03-28T17:00:00Z"), 4_000),
                    new HistoryBatch.IntervalEnergy("A2", Instant.parse("2026-03-29T16:15:00Z"), 6_000),
                    new HistoryBatch.IntervalEnergy("A1", Instant.parse("2026-03-28T07:00:00Z"), 1_000)));

    @Test
    void sumsPerDayAndMonthWithinTheRangeOnly() {
        assertThat(report.energyPerDay()).containsExactly(
                java.util.Map.entry(D1, Energy.ofWattHours(30_000)), java.util.Map.entry(D2, Energy.ofWattHours(25_000)));
        assertThat(report.sessionsPerDay()).containsEntry(D2, 2);
        assertThat(report.totalSessions()).isEqualTo(4);
        assertThat(report.energyPerMonth()).containsExactly(java.util.Map.entry(YearMonth.of(2026, 3),
                Energy.ofWattHours(55_000)));
    }

    @Test
    void loadByHourIsTheAverageOverTheDaysInSiteTime() {
        assertThat(report.loadByHour()).hasSize(24);
        // 18:00 Berlin on the 28th (UTC+1) and 18:15 on the 29th (UTC+2): 10 kWh in that hour over 2 days.
        assertThat(report.loadByHour().get(18)).isEqualTo(Power.ofWatts(5_000));
        assertThat(report.loadByHour().get(8)).isEqualTo(Power.ofWatts(500));
        assertThat(report.peakHours()).startsWith(18, 8);
    }

    @Test
    void utilisationCountsTheShortDayAsItIs() {
        // 35 charging hours of A1 over 24 + 23 hours.
        assertThat(report.utilisation().get("A1")).isEqualByComparingTo(new BigDecimal("0.7447"));
        assertThat(report.utilisation().get("A3")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(report.insights()).anyMatch(s -> s.startsWith("Bay A1 charged 74 % of the time"))
                .anyMatch(s -> s.startsWith("Bay A3 was not used at all"));
    }

    @Test
    void refusesABackwardsRange() {
        assertThatThrownBy(() -> new HistoryReport(D2, D1, BERLIN, List.of(), List.of(), List.of()))
                .hasMessageContaining("before it starts");
    }
}
