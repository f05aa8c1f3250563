package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.HistoryFacts.BayDemand;
import io.chargedesk.usecase.port.HistoryFacts.Period;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryRange;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Every chart query on a small site in Berlin whose answers are worked out by hand. */
@OnEveryDatabase
class HistoryRollupsTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUE = MON.plusDays(1);
    private static final Instant MON_PEAK = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUE_PEAK = Instant.parse("2026-03-03T17:00:00Z");

    @Parameter
    TestDatabase database;
    private Database db;
    private HistoryFacts facts;
    private Session s1;
    private Session s2;

    static void berlinSite(Database db, String... bays) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO site (id, name, timezone, currency, grid_limit_w, operator_name, "
                    + "operator_address, operator_vat_id) VALUES (1, 'Test', 'Europe/Berlin', 'EUR', 50000, 'Op', "
                    + "'Street 1', 'DE1')");
            for (String bay : bays) {
                s.executeUpdate("INSERT INTO bay (id, name, bus_id, address, meter_model, max_power_w) VALUES ('"
                        + bay + "', '" + bay + "', 'bus', 1, 'sim', 22000)");
            }
        }
    }

    static Session closed(String bay, Instant start, Instant end, long wh) {
        return new Session(UUID.randomUUID(), bay, "S", start, Optional.of(end), Energy.ofWattHours(1000),
                Energy.ofWattHours(1000 + wh), Power.ofWatts(11_000), Duration.ofMinutes(30), end, false,
                Customer.NONE, Optional.of(EndReason.TIMEOUT), List.of(), List.of());
    }

    @AfterEach
    void close() throws Exception {
        // Closed before the temporary folder is deleted: H2 may still be writing its file otherwise.
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void record() throws Exception {
        db = database.open();
        berlinSite(db, "A1", "A2");
        facts = new HistoryRollups(db);
        // S1: Monday 10:00 to 11:30 local on A1, 2.5 kWh for 12.34 EUR; S2: Tuesday 17:50 to 19:10 on A2, 4 kWh, 5 EUR.
        s1 = closed("A1", MON_PEAK, MON_PEAK.plus(Duration.ofMinutes(90)), 2500);
        s2 = closed("A2", Instant.parse("2026-03-03T16:50:00Z"), Instant.parse("2026-03-03T18:10:00Z"), 4000);
        new Recorder(db).record(List.of(), List.of(s1, s2), new HistoryBatch(
                List.of(new HistoryBatch.IntervalEnergy("A1", MON_PEAK, 2000),
                        new HistoryBatch.IntervalEnergy("A2", MON_PEAK, 1000),
                        new HistoryBatch.IntervalEnergy("A1", MON_PEAK.plus(Duration.ofMinutes(15)), 500),
                        new HistoryBatch.IntervalEnergy("A2", TUE_PEAK, 4000)),
                List.of(new HistoryBatch.DayTotals("A1", MON, 2500, 1, 2500, 3600),
                        new HistoryBatch.DayTotals("A2", MON, 1000, 0, 0, 0),
                        new HistoryBatch.DayTotals("A2", TUE, 4000, 1, 4000, 3000)),
                List.of(),
                List.of(new HistoryBatch.SessionPrice(s1.id(), Money.of("12.34", "EUR")),
                        new HistoryBatch.SessionPrice(s2.id(), Money.of("5.00", "EUR")))));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void theRecordedDaysBoundEveryRange() throws Exception {
        assertThat(facts.recordedDays()).contains(new HistoryFacts.RecordedDays(MON, TUE));
    }

    @Test
    void totalsHaveABarForEveryDayEvenWithoutData() throws Exception {
        assertThat(facts.totals(HistoryRange.of(MON.minusDays(1), TUE), Period.DAY)).containsExactly(
                new HistoryFacts.PeriodTotals(MON.minusDays(1), Energy.ZERO, 0, eur("0")),
                new HistoryFacts.PeriodTotals(MON, Energy.ofWattHours(3500), 1, eur("12.34")),
                new HistoryFacts.PeriodTotals(TUE, Energy.ofWattHours(4000), 1, eur("5.00")));
        assertThat(facts.totals(new HistoryRange(MON, TUE, Set.of("A1")), Period.MONTH)).containsExactly(
                new HistoryFacts.PeriodTotals(MON.withDayOfMonth(1), Energy.ofWattHours(2500), 1, eur("12.34")));
    }

    @Test
    void peaksAreTheHighestQuarterHourOfTheSite() throws Exception {
        HistoryRange range = HistoryRange.of(MON, TUE);
        assertThat(facts.peaks(range, Period.DAY)).containsExactly(
                new HistoryFacts.DemandPeak(MON, MON_PEAK, Power.ofWatts(12_000)),
                new HistoryFacts.DemandPeak(TUE, TUE_PEAK, Power.ofWatts(16_000)));
        assertThat(facts.peaks(range, Period.MONTH)).containsExactly(
                new HistoryFacts.DemandPeak(MON.withDayOfMonth(1), TUE_PEAK, Power.ofWatts(16_000)));
        assertThat(facts.topPeaks(range, 5)).containsExactly(
                new HistoryFacts.TopPeak(TUE_PEAK, Power.ofWatts(16_000),
                        List.of(new BayDemand("A2", Power.ofWatts(16_000)))),
                new HistoryFacts.TopPeak(MON_PEAK, Power.ofWatts(12_000),
                        List.of(new BayDemand("A1", Power.ofWatts(8_000)), new BayDemand("A2", Power.ofWatts(4_000)))));
    }

    @Test
    void theWeekPatternAveragesOverTheRecordedDaysOnly() throws Exception {
        // The range starts a week early: those days hold no record and must not dilute the averages.
        Map<String, HistoryFacts.WeekHour> cells = facts.weekHours(HistoryRange.of(MON.minusDays(7), TUE)).stream()
                .collect(Collectors.toMap(w -> w.weekday() + " " + w.hour(), Function.identity()));
        assertThat(cells).hasSize(168);
        assertThat(cells.get("MONDAY 10")).isEqualTo(new HistoryFacts.WeekHour(DayOfWeek.MONDAY, 10,
                Power.ofWatts(3500), new BigDecimal("0.5000")));
        assertThat(cells.get("MONDAY 11").occupancy()).isEqualByComparingTo("0.25");
        assertThat(cells.get("TUESDAY 17").occupancy()).isEqualByComparingTo("0.0833");
        assertThat(cells.get("TUESDAY 18")).isEqualTo(new HistoryFacts.WeekHour(DayOfWeek.TUESDAY, 18,
                Power.ofWatts(4000), new BigDecimal("0.5000")));
        assertThat(cells.get("WEDNESDAY 18").averageLoad()).isEqualTo(Power.ZERO);
    }

    @Test
    void aBayFilterOverYearsSumsTheSameWeekPatternAsTheWholeSiteAndItsMonthsAsItsDays() throws Exception {
        // Both bays' energy and sessions every few days for two years: filtered by both bays, the years, months and
        // days the pattern reads per bay must add up to what the site's months and hours hold.
        List<HistoryBatch.IntervalEnergy> intervals = new ArrayList<>();
        List<HistoryBatch.DayTotals> days = new ArrayList<>();
        List<HistoryBatch.SessionPrice> prices = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        for (Instant t = Instant.parse("2024-06-01T05:45:00Z"); t.isBefore(Instant.parse("2026-02-20T00:00:00Z"));
             t = t.plus(Duration.ofHours(83))) {
            intervals.add(new HistoryBatch.IntervalEnergy("A1", t, 700));
            intervals.add(new HistoryBatch.IntervalEnergy("A2", t.plus(Duration.ofMinutes(45)), 300));
            Session s = closed("A1", t, t.plus(Duration.ofMinutes(100)), 700);
            sessions.add(s);
            prices.add(new HistoryBatch.SessionPrice(s.id(), eur("1.25")));
            days.add(new HistoryBatch.DayTotals("A2", LocalDate.ofInstant(t, ZoneId.of("Europe/Berlin")), 300, 1, 300,
                    60));
        }
        new Recorder(db).record(List.of(), sessions, new HistoryBatch(intervals, days, List.of(), prices));
        Set<String> both = Set.of("A1", "A2");
        for (LocalDate[] r : new LocalDate[][] {{LocalDate.of(2024, 11, 15), TUE},
            {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)}, {LocalDate.of(2024, 12, 31), LocalDate.of(2026, 1, 1)},
            {LocalDate.of(2024, 1, 1), LocalDate.of(2026, 2, 14)}, {LocalDate.of(2025, 3, 9), LocalDate.of(2025, 5, 20)}}) {
            HistoryRange filtered = new HistoryRange(r[0], r[1], both);
            assertThat(facts.weekHours(filtered)).as("%s to %s", r[0], r[1])
                    .isEqualTo(facts.weekHours(HistoryRange.of(r[0], r[1])));
            // Monthly bars with a bay filter read the bays' month rows: the same as their day rows added up.
            Map<LocalDate, HistoryFacts.PeriodTotals> months = new TreeMap<>();
            for (HistoryFacts.PeriodTotals d : facts.totals(filtered, Period.DAY)) {
                months.merge(d.start().withDayOfMonth(1), new HistoryFacts.PeriodTotals(d.start().withDayOfMonth(1),
                        d.energy(), d.sessions(), d.revenue()), (a, b) -> new HistoryFacts.PeriodTotals(a.start(),
                        a.energy().plus(b.energy()), a.sessions() + b.sessions(), a.revenue().plus(b.revenue())));
            }
            assertThat(facts.totals(filtered, Period.MONTH)).as("%s to %s", r[0], r[1]).containsExactlyElementsOf(
                    months.values());
        }
    }

    @Test
    void eachBayHasItsEnergyRevenueAndShares() throws Exception {
        assertThat(facts.bays(HistoryRange.of(MON, TUE.plusDays(30)))).containsExactly(
                new HistoryFacts.BayFacts("A1", Energy.ofWattHours(2500), 1, eur("12.34"), new BigDecimal("0.0208"),
                        new BigDecimal("0.0313")),
                new HistoryFacts.BayFacts("A2", Energy.ofWattHours(5000), 1, eur("5.00"), new BigDecimal("0.0174"),
                        new BigDecimal("0.0278")));
    }

    @Test
    void distributionsCountEachSessionOnce() throws Exception {
        // Recording the closed sessions again (a later save of the same version) changes nothing.
        new Recorder(db).record(List.of(), List.of(s1, s2), HistoryBatch.EMPTY);
        HistoryFacts.Distributions all = facts.distributions(HistoryRange.of(MON, TUE));
        assertThat(all.duration().get(3)).isEqualTo(new HistoryFacts.Bucket<>(Duration.ofHours(1),
                Optional.of(Duration.ofHours(2)), 2));
        assertThat(all.energy().get(0).sessions()).isEqualTo(2);
        assertThat(all.arrival().get(10).sessions()).isEqualTo(1);
        assertThat(all.arrival().get(17).sessions()).isEqualTo(1);
        assertThat(all.duration().stream().mapToInt(HistoryFacts.Bucket::sessions).sum()).isEqualTo(2);
        HistoryFacts.Distributions a1 = facts.distributions(new HistoryRange(MON, TUE, Set.of("A1")));
        assertThat(a1.duration().get(3).sessions()).isEqualTo(1);
        assertThat(a1.arrival().get(10).sessions()).isEqualTo(1);
        assertThat(a1.arrival().get(17).sessions()).isZero();
        assertThat(facts.totals(HistoryRange.of(MON, TUE), Period.WEEK).get(0).sessions()).isEqualTo(2);
    }

    @Test
    void aRebuildGivesTheSameAnswers() throws Exception {
        HistoryRange range = HistoryRange.of(MON, TUE);
        var totals = facts.totals(range, Period.DAY);
        var hours = facts.weekHours(range);
        var bays = facts.bays(range);
        var top = facts.topPeaks(range, 3);
        Map<UUID, Money> prices = Map.of(s1.id(), eur("12.34"), s2.id(), eur("5.00"));
        new HistoryRebuild(db).rebuild(s -> Optional.ofNullable(prices.get(s.id())), (done, last) -> { });
        assertThat(facts.totals(range, Period.DAY)).isEqualTo(totals);
        assertThat(facts.weekHours(range)).isEqualTo(hours);
        assertThat(facts.bays(range)).isEqualTo(bays);
        assertThat(facts.topPeaks(range, 3)).isEqualTo(top);
    }
}
