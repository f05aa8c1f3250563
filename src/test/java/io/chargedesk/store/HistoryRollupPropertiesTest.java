package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.history.HistoryAccumulator;
import io.chargedesk.history.IntervalSplit;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Session;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * The rollups the recorder keeps batch by batch equal a recomputation straight from the raw readings and sessions, for
 * random reading streams across midnight and both of Berlin's clock changes; and rebuild-history gives the same rows.
 */
class HistoryRollupPropertiesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Two hours before midnight before each clock change, an ordinary midnight and a new year. */
    private static final List<Instant> STARTS = List.of(Instant.parse("2026-03-28T21:00:00Z"),
            Instant.parse("2026-10-24T20:00:00Z"), Instant.parse("2026-06-14T20:30:00Z"),
            Instant.parse("2026-12-31T21:00:00Z"));
    private static final List<String> ROLLUPS = List.of(
            "SELECT interval_utc, energy_wh FROM site_interval ORDER BY 1",
            "SELECT local_day, energy_wh, sessions, revenue_minor, peak_wh, peak_utc FROM site_day ORDER BY 1",
            "SELECT hour_utc, local_day, weekday, local_hour, energy_wh, occupied_s FROM site_hour ORDER BY 1",
            "SELECT bay_id, hour_utc, local_day, local_hour, energy_wh, occupied_s FROM bay_hour ORDER BY 1, 2",
            "SELECT bay_id, local_day, revenue_minor, occupied_s FROM bay_day ORDER BY 1, 2",
            "SELECT * FROM session_fact ORDER BY 1",
            "SELECT * FROM session_day_bucket ORDER BY 1, 2, 3",
            "SELECT * FROM bay_month ORDER BY 1, 2",
            "SELECT * FROM site_month_hour ORDER BY 1, 2, 3",
            "SELECT * FROM bay_month_hour ORDER BY 1, 2, 3, 4",
            "SELECT * FROM site_month_bucket ORDER BY 1, 2, 3",
            "SELECT * FROM bay_month_bucket ORDER BY 1, 2, 3, 4",
            "SELECT * FROM bay_year_hour ORDER BY 1, 2, 3, 4");
    /**
     * A month or year rollup and the day or hour rollup it sums: both select their keys first (the local day, or the
     * first day of its month or year, at {@code dayColumn}), then the numbers summed.
     */
    private record MonthSum(String months, String days, int dayColumn, int keys, TemporalAdjuster period) {

        MonthSum(String months, String days, int dayColumn, int keys) {
            this(months, days, dayColumn, keys, TemporalAdjusters.firstDayOfMonth());
        }
    }

    private static final List<MonthSum> MONTH_SUMS = List.of(
            new MonthSum("SELECT bay_id, month_start, energy_wh, sessions, charging_s, revenue_minor, occupied_s "
                    + "FROM bay_month ORDER BY 1, 2", "SELECT bay_id, local_day, energy_wh, sessions, charging_s, "
                    + "revenue_minor, occupied_s FROM bay_day", 1, 2),
            new MonthSum("SELECT month_start, weekday, local_hour, energy_wh, occupied_s FROM site_month_hour "
                    + "ORDER BY 1, 2, 3", "SELECT local_day, weekday, local_hour, energy_wh, occupied_s FROM site_hour",
                    0, 3),
            new MonthSum("SELECT bay_id, month_start, weekday, local_hour, energy_wh, occupied_s FROM bay_month_hour "
                    + "ORDER BY 1, 2, 3, 4", "SELECT bay_id, local_day, weekday, local_hour, energy_wh, occupied_s "
                    + "FROM bay_hour", 1, 4),
            new MonthSum("SELECT month_start, kind, bucket, sessions FROM site_month_bucket ORDER BY 1, 2, 3",
                    "SELECT local_day, kind, bucket, sessions FROM session_day_bucket", 0, 3),
            new MonthSum("SELECT bay_id, year_start, weekday, local_hour, energy_wh, occupied_s FROM bay_year_hour "
                    + "ORDER BY 1, 2, 3, 4", "SELECT bay_id, local_day, weekday, local_hour, energy_wh, occupied_s "
                    + "FROM bay_hour", 1, 4, TemporalAdjusters.firstDayOfYear()));

    private static Database db;

    @BeforeContainer
    static void open() throws Exception {
        db = Database.open("jdbc:h2:mem:rollup-properties-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        HistoryRollupsTest.berlinSite(db, "A1", "A2", "A3");
    }

    @BeforeTry
    void empty() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("session_fact", "session_day_bucket", "site_interval", "site_day",
                    "site_hour", "bay_hour", "bay_day", "bay_interval", "reading", "charging_session", "bay_month",
                    "site_month_hour", "bay_month_hour", "site_month_bucket", "bay_month_bucket", "bay_year_hour")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    /** One reading: which bay, seconds after the previous reading of the stream, and Wh the register rose. */
    record Step(int bay, int seconds, int wh) {}

    @Provide
    Arbitrary<List<Step>> streams() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(5, 2400), Arbitraries.integers().between(0, 900)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(120);
    }

    @Property(tries = 15)
    void rollupsEqualARecomputationFromTheReadings(@ForAll("streams") List<Step> steps,
                                                   @ForAll("starts") Instant start,
                                                   @ForAll("batchSizes") int batch) throws Exception {
        HistoryAccumulator accumulator = new HistoryAccumulator(BERLIN, Map.of(), Map.of());
        Recorder recorder = new Recorder(db);
        List<Reading> all = new ArrayList<>();
        List<Reading> unsaved = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        long[] registers = new long[3];
        Instant[] firstOf = new Instant[3];
        Instant t = start;
        for (Step s : steps) {
            t = t.plusSeconds(s.seconds());
            registers[s.bay()] += s.wh();
            String bay = "A" + (s.bay() + 1);
            Reading r = new Reading(bay, t, Energy.ofWattHours(registers[s.bay()]), Power.ofWatts(11_000), "S");
            accumulator.add(r, Optional.empty());
            all.add(r);
            unsaved.add(r);
            if (firstOf[s.bay()] == null) {
                firstOf[s.bay()] = t;
            } else if (s.wh() % 7 == 0) {
                // Now and then the bay's car leaves: a closed session from its first reading to this one.
                Session closed = HistoryRollupsTest.closed(bay, firstOf[s.bay()], t, s.wh());
                sessions.add(closed);
                accumulator.sessionEnded(closed, Optional.empty());
                firstOf[s.bay()] = t;
            }
            if (unsaved.size() >= batch) {
                recorder.record(unsaved, sessions, accumulator.pending());
                accumulator.clear();
                unsaved.clear();
                sessions.clear();
            }
        }
        recorder.record(unsaved, sessions, accumulator.pending());

        assertThat(rows("SELECT bay_id, hour_utc, energy_wh FROM bay_hour WHERE energy_wh > 0 ORDER BY 1, 2"))
                .isEqualTo(expectedBayHours(all));
        assertThat(rows("SELECT local_day, energy_wh, peak_wh FROM site_day WHERE energy_wh > 0 ORDER BY 1"))
                .isEqualTo(expectedDays(all));
        assertThat(rows("SELECT COUNT(*) FROM bay_hour WHERE occupied_s > 3600")).as("hours over-occupied")
                .containsExactly(List.of("0"));
        assertThat(rows("SELECT COALESCE(SUM(occupied_s), 0) FROM bay_hour")).as("occupied seconds of all sessions")
                .isEqualTo(rows("SELECT COALESCE(SUM(duration_s), 0) FROM session_fact"));

        for (MonthSum sum : MONTH_SUMS) {
            assertThat(rows(sum.months())).as(sum.months()).isEqualTo(byMonth(rows(sum.days()), sum));
        }
        assertThat(rows("SELECT bay_id, SUM(sessions) FROM bay_month_bucket GROUP BY bay_id ORDER BY 1"))
                .as("each bay's sessions in each distribution").isEqualTo(rows("SELECT bay_id, 3 * COUNT(*) FROM "
                        + "session_fact GROUP BY bay_id ORDER BY 1"));

        List<List<List<String>>> incremental = new ArrayList<>();
        for (String sql : ROLLUPS) {
            incremental.add(rows(sql));
        }
        new HistoryRebuild(db).rebuild(s -> Optional.empty(), (done, last) -> { });
        for (int i = 0; i < ROLLUPS.size(); i++) {
            assertThat(rows(ROLLUPS.get(i))).as(ROLLUPS.get(i)).isEqualTo(incremental.get(i));
        }
    }

    /** The day rows summed per month, ordered as the month rollup's query orders its rows. */
    private static List<List<String>> byMonth(List<List<String>> rows, MonthSum sum) {
        Map<List<String>, long[]> sums = new TreeMap<>(HistoryRollupPropertiesTest::compareRows);
        for (List<String> row : rows) {
            List<String> key = new ArrayList<>(row.subList(0, sum.keys()));
            key.set(sum.dayColumn(), LocalDate.parse(row.get(sum.dayColumn())).with(sum.period()).toString());
            long[] s = sums.computeIfAbsent(key, k -> new long[row.size() - sum.keys()]);
            for (int i = sum.keys(); i < row.size(); i++) {
                s[i - sum.keys()] += Long.parseLong(row.get(i));
            }
        }
        List<List<String>> out = new ArrayList<>();
        sums.forEach((k, s) -> {
            List<String> row = new ArrayList<>(k);
            for (long n : s) {
                row.add(Long.toString(n));
            }
            out.add(row);
        });
        return out;
    }

    /** Orders rows as the database does: column by column, numbers by value. */
    private static int compareRows(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).matches("-?\\d+") && b.get(i).matches("-?\\d+")
                    ? Long.compare(Long.parseLong(a.get(i)), Long.parseLong(b.get(i))) : a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Provide
    Arbitrary<Instant> starts() {
        return Arbitraries.of(STARTS);
    }

    @Provide
    Arbitrary<Integer> batchSizes() {
        return Arbitraries.integers().between(1, 40);
    }

    /** Energy between each bay's consecutive readings, split over 15 minutes by time, summed per local hour. */
    private static List<List<String>> expectedBayHours(List<Reading> readings) {
        Map<String, Long> hours = new TreeMap<>();
        forEachInterval(readings, (bay, interval, wh) -> hours.merge(bay + "|" + localHour(interval), wh, Long::sum));
        List<List<String>> out = new ArrayList<>();
        hours.forEach((k, wh) -> {
            if (wh > 0) {
                String[] parts = k.split("\\|");
                out.add(List.of(parts[0], parts[1], Long.toString(wh)));
            }
        });
        return out;
    }

    /** The site's energy per local day, and its highest 15 minutes. */
    private static List<List<String>> expectedDays(List<Reading> readings) {
        Map<Instant, Long> site = new TreeMap<>();
        forEachInterval(readings, (bay, interval, wh) -> site.merge(interval, wh, Long::sum));
        Map<LocalDate, long[]> days = new TreeMap<>();
        site.forEach((interval, wh) -> {
            long[] d = days.computeIfAbsent(LocalDate.ofInstant(interval, BERLIN), k -> new long[2]);
            d[0] += wh;
            d[1] = Math.max(d[1], wh);
        });
        List<List<String>> out = new ArrayList<>();
        days.forEach((day, d) -> {
            if (d[0] > 0) {
                out.add(List.of(day.toString(), Long.toString(d[0]), Long.toString(d[1])));
            }
        });
        return out;
    }

    private interface IntervalEnergy {
        void add(String bay, Instant interval, long wh);
    }

    private static void forEachInterval(List<Reading> readings, IntervalEnergy sink) {
        Map<String, Reading> previous = new HashMap<>();
        for (Reading r : readings) {
            Reading prev = previous.put(r.bayId(), r);
            long delta = prev == null ? 0 : r.importRegister().wattHours() - prev.importRegister().wattHours();
            if (delta > 0) {
                for (IntervalSplit.Part p : IntervalSplit.split(prev.at(), r.at(), delta, Duration.ofMinutes(15))) {
                    sink.add(r.bayId(), p.intervalStart(), p.wattHours());
                }
            }
        }
    }

    /** The start of the local hour holding {@code t}, as the database prints an instant. */
    private static String localHour(Instant t) {
        ZonedDateTime hour = t.atZone(BERLIN).truncatedTo(ChronoUnit.HOURS);
        return hour.toInstant().toString();
    }

    private static List<List<String>> rows(String sql) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof java.time.OffsetDateTime o ? o.toInstant().toString() : String.valueOf(v));
                }
                out.add(row);
            }
        }
        return out;
    }
}
