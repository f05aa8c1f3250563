package io.chargedesk.store;

import io.chargedesk.alert.Acknowledgement;
import io.chargedesk.alert.Alert;
import io.chargedesk.alert.AlertChange;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.text.Reason;
import io.chargedesk.usecase.port.AlertRecords;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code alert} table. */
public final class AlertRepository implements AlertRecords {

    private final Database db;

    public AlertRepository(Database db) {
        this.db = db;
    }

    @Override
    public void record(List<AlertChange> changes) throws StoreException {
        if (changes.isEmpty()) {
            return;
        }
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement raise = c.prepareStatement(
                         "INSERT INTO alert (raised_at, bay_id, kind, reason) VALUES (?, ?, ?, ?)");
                 PreparedStatement clear = c.prepareStatement("UPDATE alert SET cleared_at = ? WHERE kind = ? "
                         + "AND bay_id IS NOT DISTINCT FROM ? AND cleared_at IS NULL")) {
                for (AlertChange change : changes) {
                    if (change instanceof AlertChange.Raised r) {
                        Jdbc.setInstant(raise, 1, r.at());
                        raise.setString(2, r.key().bayId().orElse(null));
                        raise.setString(3, r.key().kind().code());
                        raise.setString(4, Reason.stored(r.reasons()));
                        raise.executeUpdate();
                    } else {
                        Jdbc.setInstant(clear, 1, change.at());
                        clear.setString(2, change.key().kind().code());
                        clear.setString(3, change.key().bayId().orElse(null));
                        clear.executeUpdate();
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not store alerts: " + e.getMessage(), e);
        }
    }

    @Override
    public List<AlertKey> open() throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT DISTINCT kind, bay_id FROM alert WHERE cleared_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            List<AlertKey> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new AlertKey(AlertKind.fromCode(rs.getString("kind")), Optional.ofNullable(rs.getString("bay_id"))));
            }
            return out;
        } catch (SQLException | IllegalArgumentException e) {
            throw new StoreException("Could not read the open alerts: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Alert> recent(int limit) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM alert ORDER BY CASE WHEN acknowledged_at IS NULL THEN 0 ELSE 1 END, "
                     + "raised_at DESC, id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            List<Alert> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    alert(rs).ifPresent(out::add);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the alerts: " + e.getMessage(), e);
        }
    }

    /** A row of a kind this version does not know (written by a newer one) is left out, not the whole list. */
    private static Optional<Alert> alert(ResultSet rs) throws SQLException {
        AlertKind kind;
        try {
            kind = AlertKind.fromCode(rs.getString("kind"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String by = rs.getString("acknowledged_by");
        Instant at = Jdbc.getInstant(rs, "acknowledged_at");
        return Optional.of(new Alert(rs.getLong("id"), Jdbc.getInstant(rs, "raised_at"),
                new AlertKey(kind, Optional.ofNullable(rs.getString("bay_id"))), Reason.readAll(rs.getString("reason")),
                Optional.ofNullable(Jdbc.getInstant(rs, "cleared_at")),
                by == null ? Optional.empty() : Optional.of(new Acknowledgement(by, at))));
    }

    @Override
    public boolean acknowledge(long id, String by, Instant at) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE alert SET acknowledged_by = ?, acknowledged_at = ? "
                     + "WHERE id = ? AND acknowledged_at IS NULL")) {
            ps.setString(1, by);
            Jdbc.setInstant(ps, 2, at);
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("Could not store the acknowledgement: " + e.getMessage(), e);
        }
    }
}
