package io.chargedesk.store;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.units.Money;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes the History screen's rollups from what is kept forever: each bay's 15-minute energy (bay_interval, which
 * the collector writes from the readings; raw readings are pruned) and the closed sessions. It goes a local month at a
 * time (the month rollups' rows are then written in one step rather than once a week) through the same code the
 * collector's transactions use, so a rebuilt database equals one kept incrementally, and
 * memory stays bounded by a month of a site however long its history. Emptying the rollups is one transaction and each
 * month one more, so no transaction grows with the history's length; the raw tables are only read. A rebuild that
 * stops half-way leaves the rollups holding the months done (the History screen shows less than was recorded) and
 * nothing else: running it again starts over and gives the whole history.
 */
public final class HistoryRebuild {

    private static final List<String> EMPTIED = List.of("site_interval", "site_day", "site_hour", "bay_hour",
            "session_fact", "session_day_bucket", "bay_month", "site_month_hour", "bay_month_hour", "site_month_bucket",
            "bay_month_bucket", "bay_year_hour");

    /** Prices a closed session with the one cost engine; empty when no tariff applies. */
    @FunctionalInterface
    public interface SessionPrices {
        Optional<Money> of(Session closed);
    }

    /** Told after each month rebuilt: the last day done and the last day to do. */
    @FunctionalInterface
    public interface Progress {
        void rebuiltUpTo(LocalDate done, LocalDate last);
    }

    /** What was rebuilt: the days covered (empty when nothing is recorded), intervals and sessions counted. */
    public record Result(Optional<LocalDate> first, Optional<LocalDate> last, long intervals, long sessions) {}

    private final Database db;
    private final SessionRepository sessions;

    public HistoryRebuild(Database db) {
        this.db = db;
        this.sessions = new SessionRepository(db);
    }

    public Result rebuild(SessionPrices prices, Progress progress) throws StoreException {
        Committed committed = new Committed();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                empty(c);
                committed.emptied = true;
                return rebuild(c, prices, (day, last) -> {
                    c.commit();
                    committed.upTo = day;
                    progress.rebuiltUpTo(day, last);
                });
            } catch (SQLException | StoreException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not rebuild the history: " + Database.rootMessage(e) + ". "
                    + committed.says() + "; check that no console or collector holds the database, then run it "
                    + "again.", e);
        }
    }

    /** How far a rebuild got: what a failure must tell. */
    private static final class Committed {
        private boolean emptied;
        private LocalDate upTo;

        String says() {
            return !emptied ? "Nothing was changed" : "The History screen now shows "
                    + (upTo == null ? "no days" : "the days up to " + upTo + " only") + " (nothing recorded was changed)";
        }
    }

    /**
     * Empties the rollups in a step of its own. TRUNCATE frees a table at once where DELETE would log each of its
     * millions of rows first (H2 commits a TRUNCATE by itself, which this step's own transaction allows).
     */
    private static void empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : EMPTIED) {
                s.executeUpdate("TRUNCATE TABLE " + table);
            }
            s.executeUpdate("UPDATE bay_day SET revenue_minor = 0, occupied_s = 0 WHERE revenue_minor <> 0 "
                    + "OR occupied_s <> 0");
        }
        c.commit();
    }

    /** A month rebuilt, to be committed before it is reported. */
    private interface MonthDone {
        void rebuiltUpTo(LocalDate done, LocalDate last) throws SQLException;
    }

    private Result rebuild(Connection c, SessionPrices prices, MonthDone monthDone)
            throws SQLException, StoreException {
        HistoryRollupWriter.SiteClock site = HistoryRollupWriter.SiteClock.of(c);
        ZoneId zone = site.zone();
        Optional<LocalDate[]> span = span(c, zone);
        if (span.isEmpty()) {
            return new Result(Optional.empty(), Optional.empty(), 0, 0);
        }
        LocalDate first = span.get()[0];
        LocalDate last = span.get()[1];
        long intervals = 0;
        long closed = 0;
        for (LocalDate day = first; !day.isAfter(last); day = HistoryRollupWriter.month(day).plusMonths(1)) {
            LocalDate end = HistoryRollupWriter.month(day).plusMonths(1);
            Instant from = day.atStartOfDay(zone).toInstant();
            Instant to = end.atStartOfDay(zone).toInstant();
            List<HistoryBatch.IntervalEnergy> energy = intervals(c, from, to);
            HistoryRollupWriter.addIntervals(c, zone, energy);
            HistoryRollupWriter.addDays(c, days(c, day, end.minusDays(1)));
            intervals += energy.size();
            List<Session> started = startedAndClosed(from, to);
            List<HistoryBatch.SessionPrice> priced = new ArrayList<>();
            for (Session s : started) {
                prices.of(s).ifPresent(p -> priced.add(new HistoryBatch.SessionPrice(s.id(), p)));
            }
            HistoryRollupWriter.addSessions(c, site, started,
                    new HistoryBatch(List.of(), List.of(), List.of(), priced));
            closed += started.size();
            monthDone.rebuiltUpTo(end.isAfter(last) ? last : end.minusDays(1), last);
        }
        return new Result(Optional.of(first), Optional.of(last), intervals, closed);
    }

    /**
     * The closed sessions started in [from, to). Read by their start alone and the open ones dropped here: asked for
     * closed sessions, H2 reads every closed session of the history through the status index, once a month.
     */
    private List<Session> startedAndClosed(Instant from, Instant to) throws StoreException {
        return sessions.list(SessionFilter.between(from, to)).stream().filter(s -> !s.isOpen()).toList();
    }

    /**
     * The first and last local day with interval energy, a closed session's start or a bay's day totals: a query each,
     * which the indexes on time answer (a MIN over their UNION read every interval row).
     */
    private static Optional<LocalDate[]> span(Connection c, ZoneId zone) throws SQLException {
        List<LocalDate> ends = new ArrayList<>();
        for (String sql : List.of("SELECT MIN(interval_utc) AS lo, MAX(interval_utc) AS hi FROM bay_interval",
                "SELECT MIN(start_utc) AS lo, MAX(start_utc) AS hi FROM charging_session WHERE status = 'closed'")) {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getObject(1) != null) {
                    ends.add(LocalDate.ofInstant(Jdbc.getInstant(rs, "lo"), zone));
                    ends.add(LocalDate.ofInstant(Jdbc.getInstant(rs, "hi"), zone));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(local_day), MAX(local_day) FROM bay_day");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getObject(1) != null) {
                ends.add(rs.getObject(1, LocalDate.class));
                ends.add(rs.getObject(2, LocalDate.class));
            }
        }
        return ends.isEmpty() ? Optional.empty() : Optional.of(new LocalDate[] {Collections.min(ends),
            Collections.max(ends)});
    }

    /** The bays' day totals as the collector stored them (kept forever, like bay_interval). */
    private static List<HistoryBatch.DayTotals> days(Connection c, LocalDate from, LocalDate to) throws SQLException {
        List<HistoryBatch.DayTotals> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT bay_id, local_day, energy_wh, sessions, "
                + "session_energy_wh, charging_s FROM bay_day WHERE local_day BETWEEN ? AND ?")) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryBatch.DayTotals(rs.getString(1), rs.getObject(2, LocalDate.class),
                            rs.getLong(3), rs.getInt(4), rs.getLong(5), rs.getLong(6)));
                }
            }
        }
        return out;
    }

    private static List<HistoryBatch.IntervalEnergy> intervals(Connection c, Instant from, Instant to)
            throws SQLException {
        List<HistoryBatch.IntervalEnergy> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT bay_id, interval_utc, energy_wh FROM bay_interval "
                + "WHERE interval_utc >= ? AND interval_utc < ?")) {
            Jdbc.setInstant(ps, 1, from);
            Jdbc.setInstant(ps, 2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryBatch.IntervalEnergy(rs.getString(1), Jdbc.getInstant(rs, "interval_utc"),
                            rs.getLong(3)));
                }
            }
        }
        return out;
    }
}
