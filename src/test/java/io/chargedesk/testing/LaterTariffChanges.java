package io.chargedesk.testing;

import io.chargedesk.store.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Tariff changes made straight in the database, past the rules the console keeps (a version may not start
 * before an issued receipt): for tests that finished bills stay as issued, whatever was changed later.
 */
public final class LaterTariffChanges {

    private LaterTariffChanges() {
    }

    /** Stores a flat version of tariff {@code id} at {@code perKwh} EUR (19 % VAT, no other fees) from {@code from}. */
    public static void addVersion(Database db, String id, Instant from, String perKwh) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO tariff (id, "
                + "effective_from_utc, name, currency, energy_per_kwh, per_minute, minute_basis, session_fee, "
                + "idle_per_minute, idle_grace_s, vat_percent) "
                + "VALUES (?, ?, ?, 'EUR', ?, 0, 'CHARGING', 0, 0, 0, 19)")) {
            ps.setString(1, id);
            ps.setObject(2, from.atOffset(ZoneOffset.UTC));
            ps.setString(3, id);
            ps.setBigDecimal(4, new BigDecimal(perKwh));
            ps.executeUpdate();
        }
    }

    /** Prices bay {@code bayId} with tariff {@code tariffId} from now on. */
    public static void moveBay(Database db, String bayId, String tariffId) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE bay SET tariff_id = ? WHERE id = ?")) {
            ps.setString(1, tariffId);
            ps.setString(2, bayId);
            ps.executeUpdate();
        }
    }

    /**
     * Makes receipt {@code number} look issued before receipts stored their evidence text; lifts the trigger that
     * otherwise keeps issued receipts unchanged.
     */
    public static void forgetStoredEvidence(Database db, long number) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            // PostgreSQL names the table a trigger is on; H2 does not take that clause.
            st.executeUpdate("DROP TRIGGER receipt_never_updated"
                    + (db.vendor() == Database.Vendor.POSTGRESQL ? " ON receipt" : ""));
            st.executeUpdate("UPDATE receipt SET evidence_text = NULL WHERE number = " + number);
        }
    }
}
