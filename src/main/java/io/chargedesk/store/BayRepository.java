package io.chargedesk.store;

import io.chargedesk.site.BayConfig;
import io.chargedesk.usecase.port.BayRecords;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** The bays as last configured, so history and exports can name bays that were later removed. */
public final class BayRepository implements BayRecords {

    private final Database db;

    public BayRepository(Database db) {
        this.db = db;
    }

    public void sync(List<BayConfig> bays) throws StoreException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            for (BayConfig b : bays) {
                int updated;
                try (PreparedStatement ps = c.prepareStatement("UPDATE bay SET name = ?, bus_id = ?, address = ?, "
                        + "meter_model = ?, max_power_w = ?, tariff_id = ? WHERE id = ?")) {
                    bind(ps, b);
                    updated = ps.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO bay (name, bus_id, address, "
                            + "meter_model, max_power_w, tariff_id, id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        bind(ps, b);
                        ps.executeUpdate();
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not store the bay list: " + e.getMessage(), e);
        }
    }

    /** Each bay's display name, for bays ever configured. */
    public Map<String, String> names() throws StoreException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, name FROM bay");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString("id"), rs.getString("name"));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the bays: " + e.getMessage(), e);
        }
    }

    /** Each bay's own tariff id, for bays that have one. */
    public Map<String, String> tariffIds() throws StoreException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, tariff_id FROM bay WHERE tariff_id IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString("id"), rs.getString("tariff_id"));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the bays' tariffs: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, BayConfig b) throws SQLException {
        ps.setString(1, b.name());
        ps.setString(2, b.busId());
        ps.setInt(3, b.address());
        ps.setString(4, b.meterModel());
        ps.setLong(5, b.maxPower().watts());
        ps.setString(6, b.tariffId().orElse(null));
        ps.setString(7, b.id());
    }
}
