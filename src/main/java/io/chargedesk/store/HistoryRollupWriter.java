package io.chargedesk.store;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Session;
import io.chargedesk.units.Money;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the History screen's rollups (V14: site_interval, site_day, site_hour, bay_hour, session_fact,
 * session_day_bucket and bay_day's revenue and occupancy; V21: their sums per local month; V23: a bay's hours per local
 * year) inside the transaction
 * that writes the rows they come from: interval energy adds to its hour, day, month and the site's 15 minutes, a bay's
 * day totals to its month; a closed session is counted once, when its fact row
 * is first inserted, so writing the same closed session again never counts it twice. Interval energy is additive like
 * bay_interval and relies on the same write marks against a batch written twice.
 */
final class HistoryRollupWriter {

    private static final List<String> LOCAL_HOUR = List.of("local_day", "weekday", "local_hour");

    private HistoryRollupWriter() {
    }

    /** The site's zone and currency as stored; UTC and euro before any collector stored the site. */
    record SiteClock(ZoneId zone, Currency currency) {

        static SiteClock of(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT timezone, currency FROM site WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new SiteClock(ZoneId.of(rs.getString(1)), Currency.getInstance(rs.getString(2)))
                        : new SiteClock(ZoneOffset.UTC, Currency.getInstance("EUR"));
            }
        }
    }

    /** A local hour: its start in UTC, its local day, ISO weekday (1 = Monday) and hour of the day. */
    record LocalHour(Instant start, LocalDate day, int weekday, int hour) {

        static LocalHour of(ZonedDateTime hour) {
            return new LocalHour(hour.toInstant(), hour.toLocalDate(), hour.getDayOfWeek().getValue(), hour.getHour());
        }

        static LocalHour containing(Instant at, ZoneId zone) {
            return of(at.atZone(zone).truncatedTo(ChronoUnit.HOURS));
        }

        Object[] fixed() {
            return new Object[] {day, weekday, hour};
        }

        /** The key of its month, weekday and hour, after the bay's id if one is given. */
        Object[] ofMonth(Object... bay) {
            return of(month(day), bay);
        }

        /** The key of its year, weekday and hour, after the bay's id. */
        Object[] ofYear(Object bay) {
            return of(year(day), bay);
        }

        private Object[] of(LocalDate period, Object... bay) {
            Object[] key = Arrays.copyOf(bay, bay.length + 3);
            key[bay.length] = period;
            key[bay.length + 1] = weekday;
            key[bay.length + 2] = hour;
            return key;
        }
    }

    /** The first day of the local month holding {@code day}: the key of the month rollups. */
    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    /** The first day of the local year holding {@code day}: the key of the year rollup. */
    static LocalDate year(LocalDate day) {
        return day.withDayOfYear(1);
    }

    /** Adds what {@code rows} bring to the rollups, in the caller's transaction. */
    static void add(Connection c, RecordBatch rows) throws SQLException {
        List<Session> closed = rows.sessions().stream().filter(s -> !s.isOpen()).toList();
        if (rows.history().intervals().isEmpty() && rows.history().days().isEmpty() && closed.isEmpty()) {
            return;
        }
        SiteClock site = SiteClock.of(c);
        addIntervals(c, site.zone(), rows.history().intervals());
        addDays(c, rows.history().days());
        addSessions(c, site, closed, rows.history());
    }

    /**
     * Adds interval energy to its site interval, hours, day and month hours, and raises the day's peak where it grew.
     */
    static void addIntervals(Connection c, ZoneId zone, List<HistoryBatch.IntervalEnergy> intervals)
            throws SQLException {
        if (intervals.isEmpty()) {
            return;
        }
        Set<Instant> touched = new HashSet<>();
        try (Counters siteInterval = new Counters(c, "site_interval", List.of("interval_utc"), List.of("energy_wh"),
                List.of());
             Counters siteHour = siteHours(c);
             Counters bayHour = bayHours(c);
             Counters siteDay = siteDays(c);
             Counters siteMonthHour = siteMonthHours(c);
             Counters bayMonthHour = bayMonthHours(c);
             Counters bayYearHour = bayYearHours(c)) {
            for (HistoryBatch.IntervalEnergy i : intervals) {
                LocalHour hour = LocalHour.containing(i.intervalStart(), zone);
                long[] energy = {i.energyWh(), 0};
                touched.add(i.intervalStart());
                siteInterval.add(new Object[] {i.intervalStart()}, new long[] {i.energyWh()});
                siteHour.add(new Object[] {hour.start()}, energy, hour.fixed());
                bayHour.add(new Object[] {i.bayId(), hour.start()}, energy, hour.fixed());
                siteDay.add(new Object[] {hour.day()}, new long[] {i.energyWh(), 0, 0});
                siteMonthHour.add(hour.ofMonth(), energy);
                bayMonthHour.add(hour.ofMonth(i.bayId()), energy);
                bayYearHour.add(hour.ofYear(i.bayId()), energy);
            }
        }
        raisePeaks(c, zone, touched);
    }

    /** Adds each bay's day totals (as bay_day adds them) to its month. */
    static void addDays(Connection c, List<HistoryBatch.DayTotals> days) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        try (Counters bayMonth = new Counters(c, "bay_month", List.of("bay_id", "month_start"),
                List.of("energy_wh", "sessions", "charging_s"), List.of())) {
            for (HistoryBatch.DayTotals d : days) {
                bayMonth.add(new Object[] {d.bayId(), month(d.day())},
                        new long[] {d.energyWh(), d.sessions(), d.chargingSeconds()});
            }
        }
    }

    /**
     * A day's peak is its highest 15-minute site energy, the earliest such interval on a tie. Interval energy only
     * grows, so comparing the best touched interval of each day with the stored peak keeps it exact. The touched
     * intervals' totals are read in one pass over their span and the days raised in one batch.
     */
    private static void raisePeaks(Connection c, ZoneId zone, Set<Instant> touched) throws SQLException {
        Instant first = Collections.min(touched);
        Instant last = Collections.max(touched);
        Map<LocalDate, Peak> best = new LinkedHashMap<>();
        try (PreparedStatement read = c.prepareStatement("SELECT interval_utc, energy_wh FROM site_interval "
                + "WHERE interval_utc BETWEEN ? AND ?")) {
            Jdbc.setInstant(read, 1, first);
            Jdbc.setInstant(read, 2, last);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    Peak p = new Peak(Jdbc.getInstant(rs, "interval_utc"), rs.getLong(2));
                    if (touched.contains(p.at())) {
                        best.merge(LocalDate.ofInstant(p.at(), zone), p, Peak::higher);
                    }
                }
            }
        }
        try (PreparedStatement raise = c.prepareStatement("UPDATE site_day SET peak_wh = ?, peak_utc = ? "
                + "WHERE local_day = ? AND (peak_utc IS NULL OR peak_wh < ? OR (peak_wh = ? AND peak_utc > ?))")) {
            for (Map.Entry<LocalDate, Peak> e : best.entrySet()) {
                Peak p = e.getValue();
                raise.setLong(1, p.wh());
                Jdbc.setInstant(raise, 2, p.at());
                raise.setObject(3, e.getKey());
                raise.setLong(4, p.wh());
                raise.setLong(5, p.wh());
                Jdbc.setInstant(raise, 6, p.at());
                raise.addBatch();
            }
            raise.executeBatch();
        }
    }

    /** A 15-minute interval's site energy. */
    private record Peak(Instant at, long wh) {
        /** The higher of two, the earlier on a tie. */
        static Peak higher(Peak a, Peak b) {
            return b.wh() > a.wh() || (b.wh() == a.wh() && b.at().isBefore(a.at())) ? b : a;
        }
    }

    /**
     * Counts each closed session once: its fact row, its day's sessions, revenue and plugged-in time, the seconds it
     * occupied its bay in each local hour, and its distribution buckets.
     */
    static void addSessions(Connection c, SiteClock site, List<Session> closed, HistoryBatch prices)
            throws SQLException {
        if (closed.isEmpty()) {
            return;
        }
        try (PreparedStatement fact = c.prepareStatement("INSERT INTO session_fact (session_id, bay_id, local_day, "
                + "arrival_hour, duration_s, energy_wh, revenue_minor) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM session_fact WHERE session_id = ?)");
             Counters siteDay = siteDays(c);
             Counters bayDay = new Counters(c, "bay_day", List.of("bay_id", "local_day"),
                     List.of("revenue_minor", "occupied_s"), List.of());
             Counters siteHour = siteHours(c);
             Counters bayHour = bayHours(c);
             Counters bayMonth = new Counters(c, "bay_month", List.of("bay_id", "month_start"),
                     List.of("revenue_minor", "occupied_s"), List.of());
             Counters siteMonthHour = siteMonthHours(c);
             Counters bayMonthHour = bayMonthHours(c);
             Counters bayYearHour = bayYearHours(c);
             Counters buckets = new Counters(c, "session_day_bucket", List.of("local_day", "kind", "bucket"),
                     List.of("sessions"), List.of());
             Counters siteMonthBuckets = new Counters(c, "site_month_bucket", List.of("month_start", "kind", "bucket"),
                     List.of("sessions"), List.of());
             Counters bayMonthBuckets = new Counters(c, "bay_month_bucket",
                     List.of("bay_id", "month_start", "kind", "bucket"), List.of("sessions"), List.of())) {
            Map<UUID, Money> priced = new HashMap<>();
            prices.prices().forEach(p -> priced.putIfAbsent(p.sessionId(), p.total()));
            // Each session's gross total in minor units of the site's currency, if it was priced in that currency.
            List<Optional<Long>> revenues = new ArrayList<>(closed.size());
            for (Session s : closed) {
                ZonedDateTime start = s.start().atZone(site.zone());
                fact.setObject(1, s.id());
                fact.setString(2, s.bayId());
                fact.setObject(3, start.toLocalDate());
                fact.setInt(4, start.getHour());
                fact.setLong(5, s.duration(s.end().orElseThrow()).toSeconds());
                fact.setLong(6, s.energy().wattHours());
                Optional<Long> revenue = Optional.ofNullable(priced.get(s.id()))
                        .filter(p -> p.currency().equals(site.currency())).map(Money::minorUnits);
                revenues.add(revenue);
                fact.setObject(7, revenue.orElse(null));
                fact.setObject(8, s.id());
                fact.addBatch();
            }
            // In order, as one at a time: the same session twice in a batch is inserted, and counted, only once.
            int[] inserted = fact.executeBatch();
            for (int i = 0; i < closed.size(); i++) {
                if (inserted[i] == 0) {
                    continue;
                }
                Session s = closed.get(i);
                ZonedDateTime start = s.start().atZone(site.zone());
                LocalDate day = start.toLocalDate();
                long duration = s.duration(s.end().orElseThrow()).toSeconds();
                long energy = s.energy().wattHours();
                Optional<Long> revenue = revenues.get(i);
                siteDay.add(new Object[] {day}, new long[] {0, 1, revenue.orElse(0L)});
                // On the day it started, as bay_day counts its charging time: a bay's day exists only for its data.
                bayDay.add(new Object[] {s.bayId(), day}, new long[] {revenue.orElse(0L), duration});
                bayMonth.add(new Object[] {s.bayId(), month(day)}, new long[] {revenue.orElse(0L), duration});
                Map<String, Integer> bucketOf = Map.of("D", SessionBuckets.of(duration, SessionBuckets.DURATION_S),
                        "E", SessionBuckets.of(energy, SessionBuckets.ENERGY_WH), "A", start.getHour());
                for (Map.Entry<String, Integer> b : bucketOf.entrySet()) {
                    long[] one = {1};
                    buckets.add(new Object[] {day, b.getKey(), b.getValue()}, one);
                    siteMonthBuckets.add(new Object[] {month(day), b.getKey(), b.getValue()}, one);
                    bayMonthBuckets.add(new Object[] {s.bayId(), month(day), b.getKey(), b.getValue()}, one);
                }
                for (Map.Entry<LocalHour, Long> e : occupied(s, site.zone()).entrySet()) {
                    LocalHour hour = e.getKey();
                    long[] seconds = {0, e.getValue()};
                    siteHour.add(new Object[] {hour.start()}, seconds, hour.fixed());
                    bayHour.add(new Object[] {s.bayId(), hour.start()}, seconds, hour.fixed());
                    siteMonthHour.add(hour.ofMonth(), seconds);
                    bayMonthHour.add(hour.ofMonth(s.bayId()), seconds);
                    bayYearHour.add(hour.ofYear(s.bayId()), seconds);
                }
            }
        }
    }

    /** The whole seconds a session was plugged in within each local hour; they add up to its whole duration. */
    static Map<LocalHour, Long> occupied(Session s, ZoneId zone) {
        Instant from = s.start();
        Instant to = s.end().orElseThrow();
        Map<LocalHour, Long> seconds = new LinkedHashMap<>();
        ZonedDateTime hour = from.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        while (hour.toInstant().isBefore(to)) {
            ZonedDateTime next = hour.plusHours(1).truncatedTo(ChronoUnit.HOURS);
            Instant segStart = hour.toInstant().isAfter(from) ? hour.toInstant() : from;
            Instant segEnd = next.toInstant().isBefore(to) ? next.toInstant() : to;
            // Seconds since the session's start, floored at both ends, so the parts add up to its duration.
            long secs = ChronoUnit.SECONDS.between(from, segEnd) - ChronoUnit.SECONDS.between(from, segStart);
            if (secs > 0) {
                seconds.put(LocalHour.of(hour), secs);
            }
            hour = next;
        }
        return seconds;
    }

    private static Counters siteHours(Connection c) throws SQLException {
        return new Counters(c, "site_hour", List.of("hour_utc"), List.of("energy_wh", "occupied_s"), LOCAL_HOUR);
    }

    private static Counters bayHours(Connection c) throws SQLException {
        return new Counters(c, "bay_hour", List.of("bay_id", "hour_utc"), List.of("energy_wh", "occupied_s"),
                LOCAL_HOUR);
    }

    private static Counters siteMonthHours(Connection c) throws SQLException {
        return new Counters(c, "site_month_hour", List.of("month_start", "weekday", "local_hour"),
                List.of("energy_wh", "occupied_s"), List.of());
    }

    private static Counters bayMonthHours(Connection c) throws SQLException {
        return new Counters(c, "bay_month_hour", List.of("bay_id", "month_start", "weekday", "local_hour"),
                List.of("energy_wh", "occupied_s"), List.of());
    }

    private static Counters bayYearHours(Connection c) throws SQLException {
        return new Counters(c, "bay_year_hour", List.of("bay_id", "year_start", "weekday", "local_hour"),
                List.of("energy_wh", "occupied_s"), List.of());
    }

    private static Counters siteDays(Connection c) throws SQLException {
        return new Counters(c, "site_day", List.of("local_day"), List.of("energy_wh", "sessions", "revenue_minor"),
                List.of());
    }
}
