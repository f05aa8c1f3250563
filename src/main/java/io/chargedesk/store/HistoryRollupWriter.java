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
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the History screen's rollups (V14: site_interval, site_day, site_hour, bay_hour, session_fact,
 * session_day_bucket and bay_day's revenue and occupancy) inside the transaction that writes the rows they come from:
 * interval energy adds to its hour, day and the site's 15 minutes; a closed session is counted once, when its fact row
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
    }

    /** Adds what {@code rows} bring to the rollups, in the caller's transaction. */
    static void add(Connection c, RecordBatch rows) throws SQLException {
        List<Session> closed = rows.sessions().stream().filter(s -> !s.isOpen()).toList();
        if (rows.history().intervals().isEmpty() && closed.isEmpty()) {
            return;
        }
        SiteClock site = SiteClock.of(c);
        addIntervals(c, site.zone(), rows.history().intervals());
        addSessions(c, site, closed, rows.history());
    }

    /** Adds interval energy to its site interval, hours and day, and raises the day's peak where it grew. */
    static void addIntervals(Connection c, ZoneId zone, List<HistoryBatch.IntervalEnergy> intervals)
            throws SQLException {
        if (intervals.isEmpty()) {
            return;
        }
        Map<Instant, Long> site = new LinkedHashMap<>();
        Map<LocalHour, Long> siteHours = new LinkedHashMap<>();
        Map<List<Object>, Long> bayHours = new LinkedHashMap<>();
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        for (HistoryBatch.IntervalEnergy i : intervals) {
            LocalHour hour = LocalHour.containing(i.intervalStart(), zone);
            site.merge(i.intervalStart(), i.energyWh(), Long::sum);
            siteHours.merge(hour, i.energyWh(), Long::sum);
            bayHours.merge(List.of(i.bayId(), hour), i.energyWh(), Long::sum);
            days.merge(hour.day(), i.energyWh(), Long::sum);
        }
        try (Counters siteInterval = new Counters(c, "site_interval", List.of("interval_utc"), List.of("energy_wh"),
                List.of());
             Counters siteHour = siteHours(c);
             Counters bayHour = bayHours(c);
             Counters siteDay = siteDays(c)) {
            for (Map.Entry<Instant, Long> e : site.entrySet()) {
                siteInterval.add(new Object[] {e.getKey()}, new long[] {e.getValue()});
            }
            for (Map.Entry<LocalHour, Long> e : siteHours.entrySet()) {
                siteHour.add(new Object[] {e.getKey().start()}, new long[] {e.getValue(), 0}, e.getKey().fixed());
            }
            for (Map.Entry<List<Object>, Long> e : bayHours.entrySet()) {
                LocalHour hour = (LocalHour) e.getKey().get(1);
                bayHour.add(new Object[] {e.getKey().get(0), hour.start()}, new long[] {e.getValue(), 0},
                        hour.fixed());
            }
            for (Map.Entry<LocalDate, Long> e : days.entrySet()) {
                siteDay.add(new Object[] {e.getKey()}, new long[] {e.getValue(), 0, 0});
            }
        }
        raisePeaks(c, zone, site.keySet());
    }

    /**
     * A day's peak is its highest 15-minute site energy, the earliest such interval on a tie. Interval energy only
     * grows, so comparing each touched interval with the stored peak keeps it exact.
     */
    private static void raisePeaks(Connection c, ZoneId zone, Iterable<Instant> touched) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT energy_wh FROM site_interval WHERE interval_utc = ?");
             PreparedStatement raise = c.prepareStatement("UPDATE site_day SET peak_wh = ?, peak_utc = ? "
                     + "WHERE local_day = ? AND (peak_utc IS NULL OR peak_wh < ? OR (peak_wh = ? AND peak_utc > ?))")) {
            for (Instant at : touched) {
                Jdbc.setInstant(read, 1, at);
                long wh;
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    wh = rs.getLong(1);
                }
                raise.setLong(1, wh);
                Jdbc.setInstant(raise, 2, at);
                raise.setObject(3, LocalDate.ofInstant(at, zone));
                raise.setLong(4, wh);
                raise.setLong(5, wh);
                Jdbc.setInstant(raise, 6, at);
                raise.executeUpdate();
            }
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
             Counters buckets = new Counters(c, "session_day_bucket", List.of("local_day", "kind", "bucket"),
                     List.of("sessions"), List.of())) {
            for (Session s : closed) {
                ZonedDateTime start = s.start().atZone(site.zone());
                LocalDate day = start.toLocalDate();
                long duration = s.duration(s.end().orElseThrow()).toSeconds();
                long energy = s.energy().wattHours();
                Optional<Long> revenue = prices.priceOf(s.id()).filter(p -> p.currency().equals(site.currency()))
                        .map(Money::minorUnits);
                fact.setObject(1, s.id());
                fact.setString(2, s.bayId());
                fact.setObject(3, day);
                fact.setInt(4, start.getHour());
                fact.setLong(5, duration);
                fact.setLong(6, energy);
                fact.setObject(7, revenue.orElse(null));
                fact.setObject(8, s.id());
                if (fact.executeUpdate() == 0) {
                    continue;
                }
                siteDay.add(new Object[] {day}, new long[] {0, 1, revenue.orElse(0L)});
                // On the day it started, as bay_day counts its charging time: a bay's day exists only for its data.
                bayDay.add(new Object[] {s.bayId(), day}, new long[] {revenue.orElse(0L), duration});
                buckets.add(new Object[] {day, "D", SessionBuckets.of(duration, SessionBuckets.DURATION_S)},
                        new long[] {1});
                buckets.add(new Object[] {day, "E", SessionBuckets.of(energy, SessionBuckets.ENERGY_WH)},
                        new long[] {1});
                buckets.add(new Object[] {day, "A", start.getHour()}, new long[] {1});
                for (Map.Entry<LocalHour, Long> e : occupied(s, site.zone()).entrySet()) {
                    LocalHour hour = e.getKey();
                    siteHour.add(new Object[] {hour.start()}, new long[] {0, e.getValue()}, hour.fixed());
                    bayHour.add(new Object[] {s.bayId(), hour.start()}, new long[] {0, e.getValue()}, hour.fixed());
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

    private static Counters siteDays(Connection c) throws SQLException {
        return new Counters(c, "site_day", List.of("local_day"), List.of("energy_wh", "sessions", "revenue_minor"),
                List.of());
    }
}
