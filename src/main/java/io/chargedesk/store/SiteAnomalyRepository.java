package io.chargedesk.store;

import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.text.Reason;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Anomalies of the site or of a bay as a whole, and when each bay was last used. */
public final class SiteAnomalyRepository {

    private final Database db;

    public SiteAnomalyRepository(Database db) {
        this.db = db;
    }

    public void add(List<SiteAnomaly> anomalies) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO site_anomaly (bay_id, code, severity, at_utc, reason) VALUES (?, ?, ?, ?, ?)")) {
            for (SiteAnomaly a : anomalies) {
                ps.setString(1, a.bayId().orElse(null));
                ps.setString(2, a.anomaly().code().code());
                ps.setString(3, a.anomaly().code().severity().name());
                Jdbc.setInstant(ps, 4, a.anomaly().at());
                ps.setString(5, a.anomaly().reason().stored());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Could not store site anomalies: " + e.getMessage(), e);
        }
    }

    /** Site anomalies from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    public List<SiteAnomaly> between(Instant from, Instant to) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM site_anomaly WHERE at_utc >= ? AND at_utc < ? "
                     + "ORDER BY at_utc DESC")) {
            Jdbc.setInstant(ps, 1, from);
            Jdbc.setInstant(ps, 2, to);
            List<SiteAnomaly> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SiteAnomaly(Optional.ofNullable(rs.getString("bay_id")), new Anomaly(
                            AnomalyCode.fromCode(rs.getString("code")), Jdbc.getInstant(rs, "at_utc"),
                            Reason.read(rs.getString("reason")))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read site anomalies: " + e.getMessage(), e);
        }
    }

    /** When the last session on each bay started. */
    public Map<String, Instant> lastSessionStarts() throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT bay_id, MAX(start_utc) AS last_start FROM charging_session GROUP BY bay_id");
             ResultSet rs = ps.executeQuery()) {
            Map<String, Instant> out = new HashMap<>();
            while (rs.next()) {
                out.put(rs.getString("bay_id"), Jdbc.getInstant(rs, "last_start"));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read when bays were last used: " + e.getMessage(), e);
        }
    }
}
