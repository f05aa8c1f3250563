package io.chargedesk.store;

import io.chargedesk.meter.Reading;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.ReadingRecords;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The raw readings: what each meter said, and when. */
public final class ReadingRepository implements ReadingRecords {

    private final Database db;

    public ReadingRepository(Database db) {
        this.db = db;
    }

    /** Stores readings in one batch and one transaction. */
    public void insert(List<Reading> readings) throws StoreException {
        if (readings.isEmpty()) {
            return;
        }
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            insert(c, readings);
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not store " + readings.size() + " meter readings: " + e.getMessage(), e);
        }
    }

    static void insert(Connection c, List<Reading> readings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO reading (bay_id, at_utc, import_wh, power_w, meter_serial) VALUES (?, ?, ?, ?, ?)")) {
            for (Reading r : readings) {
                ps.setString(1, r.bayId());
                Jdbc.setInstant(ps, 2, r.at());
                ps.setLong(3, r.importRegister().wattHours());
                ps.setLong(4, r.power().watts());
                ps.setString(5, r.meterSerial());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The bay's readings from {@code from} to {@code to}, both inclusive, in time order. */
    public List<Reading> between(String bayId, Instant from, Instant to) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM reading WHERE bay_id = ? AND at_utc >= ? "
                     + "AND at_utc <= ? ORDER BY at_utc")) {
            ps.setString(1, bayId);
            Jdbc.setInstant(ps, 2, from);
            Jdbc.setInstant(ps, 3, to);
            try (ResultSet rs = ps.executeQuery()) {
                List<Reading> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the readings of bay " + bayId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes raw readings older than {@code before}, except each bay's latest (a resumed session continues
     * from it). Returns how many were deleted.
     */
    public int deleteOlderThan(Instant before) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("DELETE FROM reading r WHERE r.at_utc < ? AND r.at_utc < "
                     + "(SELECT MAX(l.at_utc) FROM reading l WHERE l.bay_id = r.bay_id)")) {
            Jdbc.setInstant(ps, 1, before);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not delete old readings: " + e.getMessage(), e);
        }
    }

    /** The bay's most recent reading. */
    public Optional<Reading> latest(String bayId) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT * FROM reading WHERE bay_id = ? ORDER BY at_utc DESC FETCH FIRST 1 ROW ONLY")) {
            ps.setString(1, bayId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the last reading of bay " + bayId + ": " + e.getMessage(), e);
        }
    }

    private static Reading map(ResultSet rs) throws SQLException {
        return new Reading(rs.getString("bay_id"), Jdbc.getInstant(rs, "at_utc"),
                Energy.ofWattHours(rs.getLong("import_wh")), Power.ofWatts(rs.getLong("power_w")),
                rs.getString("meter_serial"));
    }
}
