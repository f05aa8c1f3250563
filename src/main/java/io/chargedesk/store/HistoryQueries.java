package io.chargedesk.store;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.usecase.port.SessionMinuteRecords;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the history tables for charts and for a session's evidence. */
public final class HistoryQueries implements SessionMinuteRecords {

    private final Database db;

    public HistoryQueries(Database db) {
        this.db = db;
    }

    /** The session's per-minute evidence, in time order. */
    public List<HistoryBatch.SessionMinute> sessionMinutes(UUID sessionId) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT * FROM session_minute WHERE session_id = ? ORDER BY minute_utc")) {
            ps.setObject(1, sessionId);
            List<HistoryBatch.SessionMinute> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryBatch.SessionMinute(sessionId, Jdbc.getInstant(rs, "minute_utc"),
                            rs.getLong("register_wh"), rs.getLong("power_max_w"), rs.getLong("power_sum_w"),
                            rs.getInt("readings")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the evidence of session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    /** Daily totals per bay for local days from {@code from} to {@code to}, both inclusive. */
    public List<HistoryBatch.DayTotals> days(LocalDate from, LocalDate to) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM bay_day WHERE local_day >= ? AND local_day <= ? "
                     + "ORDER BY local_day, bay_id")) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            List<HistoryBatch.DayTotals> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryBatch.DayTotals(rs.getString("bay_id"), rs.getDate("local_day").toLocalDate(),
                            rs.getLong("energy_wh"), rs.getInt("sessions"), rs.getLong("session_energy_wh"),
                            rs.getLong("charging_s")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the daily history: " + e.getMessage(), e);
        }
    }
}
