package io.chargedesk.store;

import io.chargedesk.history.HistoryBatch;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Adds collector batches to the history tables (interval energy, daily totals, session minutes). */
final class HistoryRepository {

    private HistoryRepository() {
    }

    /** Adds the batch to what is stored, inside the caller's transaction. */
    static void add(Connection c, HistoryBatch batch) throws SQLException {
        addAll(c, "UPDATE bay_interval SET energy_wh = energy_wh + ? WHERE bay_id = ? AND interval_utc = ?",
                "INSERT INTO bay_interval (energy_wh, bay_id, interval_utc) VALUES (?, ?, ?)",
                batch.intervals(), (ps, i) -> {
                    ps.setLong(1, i.energyWh());
                    ps.setString(2, i.bayId());
                    Jdbc.setInstant(ps, 3, i.intervalStart());
                });
        addAll(c, "UPDATE bay_day SET energy_wh = energy_wh + ?, sessions = sessions + ?, "
                        + "session_energy_wh = session_energy_wh + ?, charging_s = charging_s + ? "
                        + "WHERE bay_id = ? AND local_day = ?",
                "INSERT INTO bay_day (energy_wh, sessions, session_energy_wh, charging_s, bay_id, local_day) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                batch.days(), (ps, d) -> {
                    ps.setLong(1, d.energyWh());
                    ps.setInt(2, d.sessions());
                    ps.setLong(3, d.sessionEnergyWh());
                    ps.setLong(4, d.chargingSeconds());
                    ps.setString(5, d.bayId());
                    ps.setDate(6, Date.valueOf(d.day()));
                });
        addAll(c, "UPDATE session_minute SET register_wh = ?, power_max_w = GREATEST(power_max_w, ?), "
                        + "power_sum_w = power_sum_w + ?, readings = readings + ? "
                        + "WHERE session_id = ? AND minute_utc = ?",
                "INSERT INTO session_minute (register_wh, power_max_w, power_sum_w, readings, session_id, minute_utc) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                batch.minutes(), (ps, m) -> {
                    ps.setLong(1, m.registerWh());
                    ps.setLong(2, m.powerMaxW());
                    ps.setLong(3, m.powerSumW());
                    ps.setInt(4, m.readings());
                    ps.setObject(5, m.sessionId());
                    Jdbc.setInstant(ps, 6, m.minute());
                });
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /**
     * Adds each row to its stored twin, or inserts it. Both statements take the same parameters in the same
     * order, so one binder serves both (portable to H2 and PostgreSQL, unlike MERGE dialects).
     */
    private static <T> void addAll(Connection c, String update, String insert, List<T> rows, Binder<T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement up = c.prepareStatement(update); PreparedStatement in = c.prepareStatement(insert)) {
            for (T row : rows) {
                binder.bind(up, row);
                if (up.executeUpdate() == 0) {
                    binder.bind(in, row);
                    in.executeUpdate();
                }
            }
        }
    }
}
