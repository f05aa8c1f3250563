package io.chargedesk.store;

import io.chargedesk.history.HistoryBatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Adds collector batches to the history tables (interval energy, daily totals, session minutes). */
final class HistoryRepository {

    private HistoryRepository() {
    }

    /** Adds the batch to what is stored, inside the caller's transaction. */
    static void add(Connection c, HistoryBatch batch) throws SQLException {
        // Energy and day totals add up: the rollups' counters write them.
        try (Counters intervals = new Counters(c, "bay_interval", List.of("bay_id", "interval_utc"),
                List.of("energy_wh"), List.of());
             Counters days = new Counters(c, "bay_day", List.of("bay_id", "local_day"),
                     List.of("energy_wh", "sessions", "session_energy_wh", "charging_s"), List.of())) {
            for (HistoryBatch.IntervalEnergy i : batch.intervals()) {
                intervals.add(new Object[] {i.bayId(), i.intervalStart()}, new long[] {i.energyWh()});
            }
            for (HistoryBatch.DayTotals d : batch.days()) {
                days.add(new Object[] {d.bayId(), d.day()},
                        new long[] {d.energyWh(), d.sessions(), d.sessionEnergyWh(), d.chargingSeconds()});
            }
        }
        addAll(c, "UPDATE session_minute SET register_wh = ?, power_max_w = GREATEST(power_max_w, ?), "
                        + "power_sum_w = power_sum_w + ?, readings = readings + ? "
                        + "WHERE session_id = ? AND minute_utc = ?",
                "INSERT INTO session_minute (register_wh, power_max_w, power_sum_w, readings, session_id, minute_utc) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                batch.minutes(), m -> List.of(m.sessionId(), m.minute()), (ps, m) -> {
                    ps.setLong(1, m.registerWh());
                    ps.setLong(2, m.powerMaxW());
                    ps.setLong(3, m.powerSumW());
                    ps.setInt(4, m.readings());
                    ps.setObject(5, m.sessionId());
                    Jdbc.setInstant(ps, 6, m.minute());
                });
    }

    /**
     * Adds each row to its stored twin, or inserts it. Both statements take the same parameters in the same
     * order, so one binder serves both (portable to H2 and PostgreSQL, unlike MERGE dialects). The rows go as JDBC
     * batches: the updates of up to {@link Counters#BATCH} rows with different keys, then the inserts of those not
     * found; a key seen again starts a new batch, so each row still finds what the rows before it wrote.
     */
    private static <T> void addAll(Connection c, String update, String insert, List<T> rows, Function<T, Object> key,
                                   Counters.Binder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement up = c.prepareStatement(update); PreparedStatement in = c.prepareStatement(insert)) {
            Set<Object> keys = new HashSet<>();
            List<T> batch = new ArrayList<>();
            for (T row : rows) {
                if (keys.size() >= Counters.BATCH || !keys.add(key.apply(row))) {
                    write(up, in, batch, binder);
                    keys.clear();
                    keys.add(key.apply(row));
                }
                binder.bind(up, row);
                up.addBatch();
                batch.add(row);
            }
            write(up, in, batch, binder);
        }
    }

    private static <T> void write(PreparedStatement up, PreparedStatement in, List<T> batch, Counters.Binder<T> binder)
            throws SQLException {
        Counters.insertMissing(up, in, batch, binder);
        batch.clear();
    }
}
