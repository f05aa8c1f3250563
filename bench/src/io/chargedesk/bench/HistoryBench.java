package io.chargedesk.bench;

import io.chargedesk.app.UseCases;
import io.chargedesk.store.Database;
import io.chargedesk.store.HistoryRebuild;
import io.chargedesk.store.HistoryRollups;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryFacts.Period;
import io.chargedesk.usecase.port.HistoryRange;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The History screen's queries ({@link HistoryFacts}) over three years of a 50-bay site: sessions on every bay every
 * day, with their 15-minute energy either only while charging (sparse) or in every interval (meters reporting standby
 * power). The rollups are filled by rebuild-history, through the collector's own rollup code. Each chart query and the
 * whole screen's load are timed over ranges and bay filters varied run by run, so H2's result cache cannot answer.
 * A plain main, run on demand (bench/README.md); {@code -Dexec.args="1"} for one year while developing, a second
 * argument {@code sparse} or {@code filled} for one of the two cases.
 */
public final class HistoryBench {

    private static final int BAYS = 50;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int RUNS = 15;
    private static final long[] RANGE_DAYS = {7, 30, 90, 365, 1095};
    /** What a screen's load allocates on its thread: memory that grows with the range would show here. */
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String only = args.length > 1 ? args[1] : "";
        for (boolean dense : new boolean[] {false, true}) {
            if (!only.isEmpty() && only.equals("filled") != dense) {
                continue;
            }
            String kept = System.getProperty("bench.db", "");
            try (TempFolder dir = new TempFolder("history-bench")) {
                String location = kept.isEmpty() ? dir.path().resolve("db").toString()
                        : kept + "-" + years + "y-" + (dense ? "filled" : "sparse");
                LocalDate last = LocalDate.of(2026, 10, 31);
                LocalDate first = last.minusYears(years).plusDays(1);
                try (Database db = Database.open(location)) {
                    if (rebuilt(db, last)) {
                        System.out.printf("%n%s, %d years, %d bays: reusing %s%n", dense ? "every interval filled"
                                : "sparse", years, BAYS, db.url());
                    } else {
                        clear(db);
                        long t0 = System.nanoTime();
                        long[] rows = generate(db, first, last, dense);
                        long t1 = System.nanoTime();
                        new HistoryRebuild(db).rebuild(UseCases.sessionPrices(db, Clock.systemUTC()), (d, l) -> { });
                        long t2 = System.nanoTime();
                        System.out.printf("%n%s, %d years, %d bays: %,d sessions, %,d bay_interval rows; generated in "
                                        + "%.0f s, rollups rebuilt in %.0f s%n", dense ? "every interval filled"
                                        : "sparse", years, BAYS, rows[0], rows[1], (t1 - t0) / 1e9, (t2 - t1) / 1e9);
                        compact(db);
                    }
                }
                try (Database db = Database.open(location)) {
                    measure(new HistoryRollups(db), first, last);
                }
            }
        }
    }

    /**
     * Rewrites the file full. The rebuild leaves much of it empty (the filled case: 1.5 GB, 294 MB compacted), and H2
     * compacts such a file in the background for minutes after it opens, so the first runs would share the machine
     * with that; a site's database that grew day by day is kept compact by the same background work.
     */
    private static void compact(Database db) throws Exception {
        long start = System.nanoTime();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        System.out.printf("compacted in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Whether a database kept with {@code -Dbench.db} was generated and rebuilt to the end: the rebuild runs only after
     * the whole generation and commits week by week up to the last day, so a rollup of the last day means both finished.
     */
    private static boolean rebuilt(Database db, LocalDate last) throws Exception {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM site_day WHERE local_day = ?")) {
            ps.setObject(1, last);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** What a generation stopped half-way left behind, so the next one starts from nothing. */
    private static void clear(Database db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : new String[] {"bay_interval", "bay_day", "charging_session", "bay", "tariff", "site"}) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    /** Sessions on every bay every day, more on weekdays and in winter; returns sessions and interval rows. */
    private static long[] generate(Database db, LocalDate first, LocalDate last, boolean dense) throws Exception {
        Random random = new Random(42);
        long sessions = 0;
        long intervals = 0;
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO site (id, name, timezone, currency, grid_limit_w, operator_name, "
                        + "operator_address, operator_vat_id) VALUES (1, 'Bench', 'Europe/Berlin', 'EUR', 500000, 'Op', "
                        + "'Street', 'DE1')");
                s.executeUpdate("INSERT INTO tariff (id, effective_from_utc, name, currency, energy_per_kwh, per_minute, "
                        + "minute_basis, session_fee, idle_per_minute, idle_grace_s, vat_percent) VALUES ('std', "
                        + "TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00Z', 'Standard', 'EUR', 0.39, 0, 'CONNECTED', "
                        + "0.50, 0, 0, 19)");
                for (int b = 0; b < BAYS; b++) {
                    s.executeUpdate("INSERT INTO bay (id, name, bus_id, address, meter_model, max_power_w, tariff_id) "
                            + "VALUES ('B" + b + "', 'Bay " + b + "', 'bus', " + (b + 1) + ", 'sim', 22000, 'std')");
                }
            }
            try (PreparedStatement session = c.prepareStatement("INSERT INTO charging_session (id, bay_id, status, "
                    + "start_utc, end_utc, start_register_wh, end_register_wh, energy_wh, peak_power_w, charging_ms, "
                    + "last_charging_utc, manual, tariff_id, tariff_from_utc) VALUES (?, ?, 'closed', ?, ?, 0, ?, ?, ?, "
                    + "?, ?, FALSE, 'std', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00Z')");
                 PreparedStatement interval = c.prepareStatement(
                         "INSERT INTO bay_interval (bay_id, interval_utc, energy_wh) VALUES (?, ?, ?)")) {
                for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                    long dayStart = day.atStartOfDay(ZONE).toEpochSecond();
                    long dayEnd = day.plusDays(1).atStartOfDay(ZONE).toEpochSecond();
                    boolean weekend = day.getDayOfWeek().getValue() >= 6;
                    double winter = 1 + 0.3 * Math.cos((day.getDayOfYear() - 15) * 2 * Math.PI / 365);
                    for (int b = 0; b < BAYS; b++) {
                        String bay = "B" + b;
                        long[] energy = new long[(int) ((dayEnd - dayStart) / 900)];
                        long free = dayStart + 6 * 3600 + random.nextInt(3600);
                        int count = (int) Math.round((weekend ? 2 : 4) * winter * (0.5 + random.nextDouble()));
                        for (int n = 0; n < count && free < dayEnd - 3 * 3600; n++) {
                            long start = free + random.nextInt(3 * 3600);
                            long duration = 1800 + random.nextInt(5 * 3600);
                            long watts = 3700 + random.nextInt(7300);
                            long wh = watts * Math.min(duration, 3 * 3600) / 3600;
                            long charging = wh * 3600 / watts;
                            session.setObject(1, UUID.randomUUID());
                            session.setString(2, bay);
                            session.setObject(3, Instant.ofEpochSecond(start).atOffset(ZoneOffset.UTC));
                            session.setObject(4, Instant.ofEpochSecond(start + duration).atOffset(ZoneOffset.UTC));
                            session.setLong(5, wh);
                            session.setLong(6, wh);
                            session.setLong(7, watts);
                            session.setLong(8, charging * 1000);
                            session.setObject(9, Instant.ofEpochSecond(start + charging).atOffset(ZoneOffset.UTC));
                            session.addBatch();
                            sessions++;
                            for (long t = start; t < start + charging && t < dayEnd; t += 900) {
                                energy[(int) ((t - dayStart) / 900)] += watts / 4;
                            }
                            free = start + duration;
                        }
                        for (int i = 0; i < energy.length; i++) {
                            long wh = energy[i] > 0 ? energy[i] : dense ? 1 + random.nextInt(3) : 0;
                            if (wh > 0) {
                                interval.setString(1, bay);
                                interval.setObject(2, Instant.ofEpochSecond(dayStart + 900L * i)
                                        .atOffset(ZoneOffset.UTC));
                                interval.setLong(3, wh);
                                interval.addBatch();
                                intervals++;
                            }
                        }
                    }
                    session.executeBatch();
                    interval.executeBatch();
                    // Fewer, bigger commits: each one waits for an fsync.
                    if (day.getDayOfMonth() == 1 || day.equals(last)) {
                        c.commit();
                        System.out.printf("  generated up to %s: %,d sessions, %,d intervals%n", day, sessions,
                                intervals);
                    }
                }
            }
        }
        return new long[] {sessions, intervals};
    }

    private interface Chart {
        Object load(HistoryFacts facts, HistoryRange range) throws Exception;
    }

    private static Map<String, Chart> charts() {
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("recorded days", (f, r) -> f.recordedDays());
        charts.put("totals per day/week/month", (f, r) -> f.totals(r, Period.forDays(r.days())));
        charts.put("totals, previous period", (f, r) -> f.totals(r.previousPeriod(), Period.forDays(r.days())));
        charts.put("totals, last year", (f, r) -> f.totals(r.sameTimeLastYear(), Period.forDays(r.days())));
        charts.put("peaks per day", (f, r) -> f.peaks(r, Period.DAY));
        charts.put("peaks per month", (f, r) -> f.peaks(r, Period.MONTH));
        charts.put("top 10 peaks with bays", (f, r) -> f.topPeaks(r, 10));
        charts.put("weekday x hour", HistoryFacts::weekHours);
        charts.put("per bay", HistoryFacts::bays);
        charts.put("distributions", HistoryFacts::distributions);
        charts.put("anomalies", (f, r) -> f.anomalies(r, Period.forDays(r.days())));
        return charts;
    }

    private static void measure(HistoryFacts facts, LocalDate first, LocalDate last) throws Exception {
        Random random = new Random(7);
        Map<String, Chart> charts = charts();
        // A fresh program's first load reads a cold file and runs code not yet compiled; the console does it in the
        // background after start (ChargeDeskApp), so the screen's first open is the load after it. Both read the last
        // 30 days, the range the screen opens on, ending on different days.
        double cold = screenLoad(facts, charts, new HistoryRange(last.minusDays(29), last, Set.of()));
        double firstOpen = screenLoad(facts, charts, new HistoryRange(last.minusDays(30), last.minusDays(1), Set.of()));
        System.out.printf("%nFirst load in this JVM (the console's read after start) %.0f ms; the screen's first open "
                + "after it %.0f ms%n", cold, firstOpen);
        for (boolean filtered : new boolean[] {false, true}) {
            for (long days : RANGE_DAYS) {
                Map<String, double[]> times = new LinkedHashMap<>();
                double[] screen = new double[RUNS];
                double[] allocated = new double[RUNS];
                for (int run = 0; run < RUNS; run++) {
                    long slack = Math.max(0, last.toEpochDay() - first.toEpochDay() + 1 - days);
                    LocalDate end = last.minusDays(random.nextInt((int) Math.min(slack, 60) + 1));
                    Set<String> bays = new HashSet<>();
                    while (filtered && bays.size() < 5) {
                        bays.add("B" + random.nextInt(BAYS));
                    }
                    HistoryRange range = new HistoryRange(end.minusDays(days - 1), end, bays);
                    long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
                    long screenStart = System.nanoTime();
                    for (Map.Entry<String, Chart> chart : charts.entrySet()) {
                        long t = System.nanoTime();
                        chart.getValue().load(facts, range);
                        times.computeIfAbsent(chart.getKey(), k -> new double[RUNS])[run] = (System.nanoTime() - t) / 1e6;
                    }
                    screen[run] = (System.nanoTime() - screenStart) / 1e6;
                    allocated[run] = (THREADS.getCurrentThreadAllocatedBytes() - bytesBefore) / 1e6;
                }
                System.out.printf("%n%d days, %s (min / median / max ms over %d runs)%n", days,
                        filtered ? "5 random bays" : "all bays", RUNS);
                times.forEach((name, t) -> System.out.println(stats(name, t)));
                System.out.println(stats("ALL CHARTS (the screen's load)", screen));
                System.out.println(stats("MB allocated by the screen's load", allocated));
            }
        }
    }

    private static double screenLoad(HistoryFacts facts, Map<String, Chart> charts, HistoryRange range)
            throws Exception {
        long start = System.nanoTime();
        for (Chart chart : charts.values()) {
            chart.load(facts, range);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static String stats(String name, double[] t) {
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        return String.format("  %-32s %7.1f %7.1f %7.1f", name, sorted[0], sorted[sorted.length / 2],
                sorted[sorted.length - 1]);
    }
}
