package io.chargedesk.testing;

import io.chargedesk.store.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database whose column for customer plates takes only a few characters: a plate that other checks let through
 * is then "too long for its column", as a 45-character plate is for the real schema, so the tests of a refused row
 * do not depend on what the input checks let through.
 */
public final class ShortPlates {

    public static final int CHARS = 8;

    private ShortPlates() {
    }

    public static void narrow(Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE charging_session ALTER COLUMN customer_plate SET DATA TYPE VARCHAR(" + CHARS + ")");
        }
    }

    /** The single number {@code sql} answers. */
    public static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
