package io.chargedesk.store;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryRange;
import io.chargedesk.usecase.port.StoreException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Answers the History screen's charts with SQL over the rollups {@link HistoryRollupWriter} keeps: a day-level table
 * for the whole site or, with a bay filter, the bays' day and hour rows, so each answer costs about the same for a
 * month as for years and only the bars of the chart reach the heap.
 */
public final class HistoryRollups implements HistoryFacts {

    /** A 15-minute interval's energy in Wh, times four, is its average power in W. */
    private static final int INTERVALS_PER_HOUR = 4;
    private static final int SHARE_SCALE = 4;

    private final Database db;

    public HistoryRollups(Database db) {
        this.db = db;
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(String what, Query<T> query) throws StoreException {
        try (Connection c = db.connect()) {
            return query.run(c);
        } catch (SQLException e) {
            throw new StoreException("Could not read " + what + " from the history: " + Database.rootMessage(e)
                    + ". Check that the database is reachable, then show the range again.", e);
        }
    }

    @Override
    public Optional<RecordedDays> recordedDays() throws StoreException {
        return read("the recorded days", HistoryRollups::recordedDays);
    }

    private static Optional<RecordedDays> recordedDays(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(local_day), MAX(local_day) FROM site_day");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            LocalDate first = rs.getObject(1, LocalDate.class);
            return first == null ? Optional.empty() : Optional.of(new RecordedDays(first,
                    rs.getObject(2, LocalDate.class)));
        }
    }

    @Override
    public List<PeriodTotals> totals(HistoryRange range, Period by) throws StoreException {
        return read("the totals", c -> {
            HistoryRollupWriter.SiteClock site = HistoryRollupWriter.SiteClock.of(c);
            Map<LocalDate, long[]> periods = new LinkedHashMap<>();
            for (LocalDate p = by.start(range.from()); !p.isAfter(range.to()); p = by.next(p)) {
                periods.put(p, new long[3]);
            }
            RowSink add = rs -> {
                long[] sums = periods.get(by.start(rs.getObject(1, LocalDate.class)));
                sums[0] += rs.getLong(2);
                sums[1] += rs.getLong(3);
                sums[2] += rs.getLong(4);
            };
            for (HistoryRange one : perBay(range)) {
                String days = one.allBays()
                        ? "SELECT local_day, energy_wh, sessions, revenue_minor FROM site_day "
                                + "WHERE local_day BETWEEN ? AND ? ORDER BY local_day"
                        : "SELECT local_day, SUM(energy_wh), SUM(sessions), SUM(revenue_minor) FROM bay_day "
                                + "WHERE local_day BETWEEN ? AND ?" + bayFilter(one) + " GROUP BY local_day";
                if (!one.allBays() && by == Period.MONTH) {
                    // Bars per month from a bay's month rows: 36 over three years rather than 1,095 days.
                    sum(c, MonthSplit.of(one), "SELECT month_start, SUM(energy_wh), SUM(sessions), SUM(revenue_minor) "
                            + "FROM bay_month WHERE month_start BETWEEN ? AND ?" + bayFilter(one)
                            + " GROUP BY month_start", days, add);
                } else {
                    run(c, List.of(Map.entry(days, one)), add);
                }
            }
            List<PeriodTotals> out = new ArrayList<>(periods.size());
            periods.forEach((start, s) -> out.add(new PeriodTotals(start, Energy.ofWattHours(s[0]), (int) s[1],
                    Money.ofMinor(s[2], site.currency()))));
            return out;
        });
    }

    @Override
    public List<DemandPeak> peaks(HistoryRange range, Period by) throws StoreException {
        return read("the peak demand", c -> {
            Map<LocalDate, DemandPeak> peaks = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT local_day, peak_wh, peak_utc FROM site_day "
                    + "WHERE local_day BETWEEN ? AND ? AND peak_utc IS NOT NULL ORDER BY local_day")) {
                ps.setObject(1, range.from());
                ps.setObject(2, range.to());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate start = by.start(rs.getObject(1, LocalDate.class));
                        DemandPeak day = new DemandPeak(start, Jdbc.getInstant(rs, "peak_utc"), demand(rs.getLong(2)));
                        // Days come in order: on a tie the earlier peak stays.
                        peaks.merge(start, day, (a, b) -> b.demand().compareTo(a.demand()) > 0 ? b : a);
                    }
                }
            }
            return List.copyOf(peaks.values());
        });
    }

    @Override
    public List<TopPeak> topPeaks(HistoryRange range, int count) throws StoreException {
        if (count < 1 || count > 100) {
            throw new IllegalArgumentException("The number of top peaks must be 1 to 100, not " + count + ".");
        }
        return read("the highest peaks", c -> {
            List<TopPeak> out = new ArrayList<>(count);
            try (PreparedStatement ps = c.prepareStatement("SELECT peak_wh, peak_utc FROM site_day WHERE local_day "
                    + "BETWEEN ? AND ? AND peak_utc IS NOT NULL ORDER BY peak_wh DESC, peak_utc FETCH FIRST ? ROWS ONLY");
                 PreparedStatement bays = c.prepareStatement("SELECT bay_id, energy_wh FROM bay_interval "
                         + "WHERE interval_utc = ? AND energy_wh > 0 ORDER BY energy_wh DESC, bay_id")) {
                ps.setObject(1, range.from());
                ps.setObject(2, range.to());
                ps.setInt(3, count);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant at = Jdbc.getInstant(rs, "peak_utc");
                        out.add(new TopPeak(at, demand(rs.getLong(1)), contributions(bays, at)));
                    }
                }
            }
            return out;
        });
    }

    private static List<BayDemand> contributions(PreparedStatement bays, Instant at) throws SQLException {
        Jdbc.setInstant(bays, 1, at);
        List<BayDemand> out = new ArrayList<>();
        try (ResultSet rs = bays.executeQuery()) {
            while (rs.next()) {
                out.add(new BayDemand(rs.getString(1), demand(rs.getLong(2))));
            }
        }
        return out;
    }

    @Override
    public List<WeekHour> weekHours(HistoryRange range) throws StoreException {
        return read("the weekly pattern", c -> {
            HistoryRollupWriter.SiteClock site = HistoryRollupWriter.SiteClock.of(c);
            int bays = range.allBays() ? allBays(c).size() : range.bays().size();
            long[][] energy = new long[7][24];
            long[][] occupied = new long[7][24];
            Optional<HistoryRange> recorded = recordedDays(c).flatMap(range::within);
            String from = range.allBays() ? " FROM site_" : " FROM bay_";
            RowSink cell = rs -> {
                energy[rs.getInt(1) - 1][rs.getInt(2)] += rs.getLong(3);
                occupied[rs.getInt(1) - 1][rs.getInt(2)] += rs.getLong(4);
            };
            for (HistoryRange one : recorded.map(HistoryRollups::perBay).orElse(List.of())) {
                String sums = "SELECT weekday, local_hour, SUM(energy_wh), SUM(occupied_s)" + from;
                String byCell = bayFilter(one) + " GROUP BY weekday, local_hour";
                String months = sums + "month_hour WHERE month_start BETWEEN ? AND ?" + byCell;
                String days = sums + "hour WHERE local_day BETWEEN ? AND ?" + byCell;
                // A bay's years: its month rows alone were 168 a month, most of the screen's time with a bay filter.
                run(c, one.allBays() ? MonthSplit.of(one).queries(months, days) : YearSplit.of(one)
                        .queries(sums + "year_hour WHERE year_start BETWEEN ? AND ?" + byCell, months, days), cell);
            }
            long[][] hours = recorded.map(r -> hoursIn(r, site.zone())).orElse(new long[7][24]);
            List<WeekHour> out = new ArrayList<>(7 * 24);
            for (int d = 0; d < 7; d++) {
                for (int h = 0; h < 24; h++) {
                    long n = hours[d][h];
                    Power load = n == 0 ? Power.ZERO : Power.ofWatts(Math.round((double) energy[d][h] / n));
                    out.add(new WeekHour(DayOfWeek.of(d + 1), h, load, share(occupied[d][h], n * 3600 * bays)));
                }
            }
            return out;
        });
    }

    /**
     * How often each weekday and local hour occurs in the range: each weekday's days counted, 24 hours each, then each
     * day with a clock change in the range counted hour by hour instead (23 or 25 hours, or fewer for a skipped day).
     * Stepping through every hour of three years took longer than the queries.
     */
    static long[][] hoursIn(HistoryRange range, ZoneId zone) {
        long[][] n = new long[7][24];
        long days = range.days();
        for (int i = 0; i < 7 && i < days; i++) {
            Arrays.fill(n[range.from().plusDays(i).getDayOfWeek().getValue() - 1], (days - i + 6) / 7);
        }
        ZoneRules rules = zone.getRules();
        Instant end = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        Set<LocalDate> changed = new TreeSet<>();
        for (ZoneOffsetTransition t = rules.nextTransition(range.from().atStartOfDay(zone).toInstant().minusSeconds(1));
             t != null && t.getInstant().isBefore(end); t = rules.nextTransition(t.getInstant())) {
            changed.add(t.getDateTimeBefore().toLocalDate());
            changed.add(t.getDateTimeAfter().toLocalDate());
        }
        for (LocalDate day : changed) {
            if (!day.isBefore(range.from()) && !day.isAfter(range.to())) {
                long[] hours = n[day.getDayOfWeek().getValue() - 1];
                for (int h = 0; h < 24; h++) {
                    hours[h]--;
                }
                ZonedDateTime next = day.plusDays(1).atStartOfDay(zone);
                for (ZonedDateTime t = day.atStartOfDay(zone); t.isBefore(next); t = t.plusHours(1)) {
                    hours[t.getHour()]++;
                }
            }
        }
        return n;
    }

    @Override
    public List<BayFacts> bays(HistoryRange range) throws StoreException {
        return read("the bays' totals", c -> {
            HistoryRollupWriter.SiteClock site = HistoryRollupWriter.SiteClock.of(c);
            List<String> ids = range.allBays() ? allBays(c) : range.bays().stream().sorted().toList();
            Map<String, long[]> sums = new TreeMap<>();
            ids.forEach(id -> sums.put(id, new long[5]));
            Optional<HistoryRange> recorded = recordedDays(c).flatMap(range::within);
            long seconds = recorded.map(r -> Duration.between(r.from().atStartOfDay(site.zone()),
                    r.to().plusDays(1).atStartOfDay(site.zone())).toSeconds()).orElse(0L);
            String sums5 = "SELECT bay_id, SUM(energy_wh), SUM(sessions), SUM(revenue_minor), SUM(charging_s), "
                    + "SUM(occupied_s) FROM ";
            for (HistoryRange one : perBay(range)) {
                sum(c, MonthSplit.of(one), sums5 + "bay_month WHERE month_start BETWEEN ? AND ?" + bayFilter(one)
                        + " GROUP BY bay_id", sums5 + "bay_day WHERE local_day BETWEEN ? AND ?" + bayFilter(one)
                        + " GROUP BY bay_id", rs -> {
                            long[] s = sums.computeIfAbsent(rs.getString(1), id -> new long[5]);
                            for (int i = 0; i < 5; i++) {
                                s[i] += rs.getLong(i + 2);
                            }
                        });
            }
            List<BayFacts> out = new ArrayList<>(sums.size());
            sums.forEach((id, s) -> out.add(new BayFacts(id, Energy.ofWattHours(s[0]), (int) s[1],
                    Money.ofMinor(s[2], site.currency()), share(s[3], seconds), share(s[4], seconds))));
            return out;
        });
    }

    @Override
    public Distributions distributions(HistoryRange range) throws StoreException {
        return read("the session distributions", c -> {
            int[] duration = new int[SessionBuckets.DURATION_S.length];
            int[] energy = new int[SessionBuckets.ENERGY_WH.length];
            int[] arrival = new int[SessionBuckets.HOURS];
            RowSink bucket = rs -> {
                int[] counts = switch (rs.getString(1)) {
                    case "D" -> duration;
                    case "E" -> energy;
                    default -> arrival;
                };
                counts[rs.getInt(2)] += rs.getInt(3);
            };
            for (HistoryRange one : perBay(range)) {
                MonthSplit split = MonthSplit.of(one);
                String months = "SELECT kind, bucket, SUM(sessions) FROM " + (one.allBays() ? "site" : "bay")
                        + "_month_bucket WHERE month_start BETWEEN ? AND ?" + bayFilter(one) + " GROUP BY kind, bucket";
                if (one.allBays()) {
                    sum(c, split, months, "SELECT kind, bucket, SUM(sessions) FROM session_day_bucket WHERE local_day "
                            + "BETWEEN ? AND ? GROUP BY kind, bucket", bucket);
                } else {
                    // A bay's days are counted from its sessions' facts: a bucket table per bay and day would be as
                    // long.
                    sum(c, split, months, null, bucket);
                    for (HistoryRange days : split.days()) {
                        countBays(c, days, bucketOf("duration_s", SessionBuckets.DURATION_S), duration);
                        countBays(c, days, bucketOf("energy_wh", SessionBuckets.ENERGY_WH), energy);
                        countBays(c, days, "arrival_hour", arrival);
                    }
                }
            }
            return new Distributions(SessionBuckets.durations(duration), SessionBuckets.energies(energy),
                    SessionBuckets.arrivals(arrival));
        });
    }

    /** The bucket index of {@code column} as SQL, from the same bounds the rollup writer uses. */
    private static String bucketOf(String column, long[] bounds) {
        StringBuilder b = new StringBuilder("CASE");
        for (int i = bounds.length - 1; i > 0; i--) {
            b.append(" WHEN ").append(column).append(" >= ").append(bounds[i]).append(" THEN ").append(i);
        }
        return b.append(" ELSE 0 END").toString();
    }

    private static void countBays(Connection c, HistoryRange range, String bucket, int[] counts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + bucket + " AS b, COUNT(*) FROM session_fact "
                + "WHERE local_day BETWEEN ? AND ? AND bay_id IN (" + marks(range) + ") GROUP BY b")) {
            bindRange(ps, range);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts[rs.getInt(1)] += rs.getInt(2);
                }
            }
        }
    }

    @Override
    public List<AnomalyCount> anomalies(HistoryRange range, Period by) throws StoreException {
        return read("the anomalies", c -> {
            ZoneId zone = HistoryRollupWriter.SiteClock.of(c).zone();
            // Both parts bounded by their index on the time; the bays are picked here, since a bay condition in SQL
            // made the database read each chosen bay's every session ever to join its anomalies.
            String sql = "SELECT a.code, a.at_utc, s.bay_id FROM session_anomaly a JOIN charging_session s "
                    + "ON s.id = a.session_id WHERE a.at_utc >= ? AND a.at_utc < ? UNION ALL SELECT s.code, s.at_utc, "
                    + "s.bay_id FROM site_anomaly s WHERE s.at_utc >= ? AND s.at_utc < ?";
            Map<List<Object>, Integer> counts = new TreeMap<>((a, b) -> {
                int byDay = ((LocalDate) a.get(0)).compareTo((LocalDate) b.get(0));
                return byDay != 0 ? byDay : ((String) a.get(1)).compareTo((String) b.get(1));
            });
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int p = 1; p <= 4; p += 2) {
                    Jdbc.setInstant(ps, p, range.from().atStartOfDay(zone).toInstant());
                    Jdbc.setInstant(ps, p + 1, range.to().plusDays(1).atStartOfDay(zone).toInstant());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    // Anomalies are few (a handful a day at most): only their counts per period are kept.
                    while (rs.next()) {
                        String bay = rs.getString(3);
                        if (range.allBays() || bay == null || range.bays().contains(bay)) {
                            LocalDate day = LocalDate.ofInstant(Jdbc.getInstant(rs, "at_utc"), zone);
                            counts.merge(List.of(by.start(day), rs.getString(1)), 1, Integer::sum);
                        }
                    }
                }
            }
            List<AnomalyCount> out = new ArrayList<>(counts.size());
            counts.forEach((k, n) -> out.add(new AnomalyCount((LocalDate) k.get(0), (String) k.get(1), n)));
            return out;
        });
    }

    /** Reads one row of a query's result. */
    private interface RowSink {
        void add(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code monthSql} over the split's whole months and {@code daySql} (unless null) over each of its runs of
     * days, each bound with its first and last day and the range's bays, and hands every row to {@code sink}.
     */
    private static void sum(Connection c, MonthSplit split, String monthSql, String daySql, RowSink sink)
            throws SQLException {
        run(c, split.queries(monthSql, daySql), sink);
    }

    /** Runs each query bound with its range's first and last day and bays, and hands every row to {@code sink}. */
    private static void run(Connection c, List<Map.Entry<String, HistoryRange>> queries, RowSink sink)
            throws SQLException {
        for (Map.Entry<String, HistoryRange> q : queries) {
            try (PreparedStatement ps = c.prepareStatement(q.getKey())) {
                bindRange(ps, q.getValue());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.add(rs);
                    }
                }
            }
        }
    }

    /**
     * A range of days cut at the bounds of a calendar unit: its whole months or years (from the first day of the first
     * to that of the last, as their rollups key them) and the runs of days before and after them.
     */
    private record Cut(Optional<HistoryRange> whole, List<HistoryRange> ends) {

        static Cut of(HistoryRange r, UnaryOperator<LocalDate> startOf, ChronoUnit unit) {
            LocalDate firstWhole = startOf.apply(r.from()).equals(r.from()) ? r.from()
                    : startOf.apply(r.from()).plus(1, unit);
            LocalDate afterWhole = startOf.apply(r.to().plusDays(1));
            if (!firstWhole.isBefore(afterWhole)) {
                return new Cut(Optional.empty(), List.of(r));
            }
            List<HistoryRange> ends = new ArrayList<>(2);
            if (r.from().isBefore(firstWhole)) {
                ends.add(new HistoryRange(r.from(), firstWhole.minusDays(1), r.bays()));
            }
            if (!afterWhole.isAfter(r.to())) {
                ends.add(new HistoryRange(afterWhole, r.to(), r.bays()));
            }
            return new Cut(Optional.of(new HistoryRange(firstWhole, afterWhole.minus(1, unit), r.bays())), ends);
        }
    }

    /**
     * A range of days as the whole local months in it and the runs of days before and after them, so a chart over
     * years reads month rows.
     */
    record MonthSplit(Optional<HistoryRange> months, List<HistoryRange> days) {

        static MonthSplit of(HistoryRange r) {
            Cut cut = Cut.of(r, HistoryRollupWriter::month, ChronoUnit.MONTHS);
            return new MonthSplit(cut.whole(), cut.ends());
        }

        /** {@code monthSql} over the whole months, then {@code daySql} (unless null) over each run of days. */
        List<Map.Entry<String, HistoryRange>> queries(String monthSql, String daySql) {
            List<Map.Entry<String, HistoryRange>> queries = new ArrayList<>();
            months.ifPresent(m -> queries.add(Map.entry(monthSql, m)));
            if (daySql != null) {
                days.forEach(d -> queries.add(Map.entry(daySql, d)));
            }
            return queries;
        }
    }

    /**
     * A range of days as the whole local years in it, then the rest before and after them as months and days: a bay's
     * weekday × hour pattern over three years reads two or three years' rows and at most 22 months'.
     */
    record YearSplit(Optional<HistoryRange> years, List<MonthSplit> rest) {

        static YearSplit of(HistoryRange r) {
            Cut cut = Cut.of(r, HistoryRollupWriter::year, ChronoUnit.YEARS);
            return new YearSplit(cut.whole(), cut.ends().stream().map(MonthSplit::of).toList());
        }

        /** {@code yearSql} over the whole years, then the rest's months and days as {@link MonthSplit#queries}. */
        List<Map.Entry<String, HistoryRange>> queries(String yearSql, String monthSql, String daySql) {
            List<Map.Entry<String, HistoryRange>> queries = new ArrayList<>();
            years.ifPresent(y -> queries.add(Map.entry(yearSql, y)));
            rest.forEach(m -> queries.addAll(m.queries(monthSql, daySql)));
            return queries;
        }
    }

    /**
     * The range once for all bays, or once per bay of its filter: with one bay the database looks up the bay and the
     * days in the index on both; with a list of bays it read each bay's whole history.
     */
    private static List<HistoryRange> perBay(HistoryRange range) {
        return range.allBays() ? List.of(range) : range.bays().stream().sorted()
                .map(bay -> new HistoryRange(range.from(), range.to(), Set.of(bay))).toList();
    }

    private static String bayFilter(HistoryRange range) {
        return range.allBays() ? "" : " AND bay_id IN (" + marks(range) + ")";
    }

    private static List<String> allBays(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM bay ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Power demand(long intervalWh) {
        return Power.ofWatts(intervalWh * INTERVALS_PER_HOUR);
    }

    private static BigDecimal share(long part, long whole) {
        return whole <= 0 ? BigDecimal.ZERO.setScale(SHARE_SCALE)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
    }

    private static String marks(HistoryRange range) {
        return String.join(", ", Collections.nCopies(range.bays().size(), "?"));
    }

    /** Binds the range's first and last day, then its bays in a stable order. */
    private static void bindRange(PreparedStatement ps, HistoryRange range) throws SQLException {
        ps.setObject(1, range.from());
        ps.setObject(2, range.to());
        int p = 3;
        for (String bay : range.bays().stream().sorted().toList()) {
            ps.setString(p++, bay);
        }
    }
}
