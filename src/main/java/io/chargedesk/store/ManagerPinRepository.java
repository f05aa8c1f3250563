package io.chargedesk.store;

import io.chargedesk.access.PinHash;
import io.chargedesk.audit.AuditRecord;
import io.chargedesk.usecase.port.ManagerPins;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code manager_pin} row; setting it is recorded in the audit trail in the same transaction. */
public final class ManagerPinRepository implements ManagerPins {

    private final Database db;

    public ManagerPinRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<PinHash> stored() throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT pin_hash FROM manager_pin WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(PinHash.parse(rs.getString(1))) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("Could not read the manager PIN: " + Database.rootMessage(e), e);
        }
    }

    @Override
    public void set(PinHash pin, AuditRecord audit) throws StoreException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                // The audit head's lock also queues two consoles setting the PIN at once.
                AuditRepository.appendIn(c, audit);
                int updated;
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE manager_pin SET pin_hash = ?, set_utc = ? WHERE id = 1")) {
                    ps.setString(1, pin.encoded());
                    Jdbc.setInstant(ps, 2, audit.at());
                    updated = ps.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO manager_pin (id, pin_hash, set_utc) VALUES (1, ?, ?)")) {
                        ps.setString(1, pin.encoded());
                        Jdbc.setInstant(ps, 2, audit.at());
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not store the manager PIN: " + Database.rootMessage(e), e);
        }
    }
}
