package io.chargedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Adds to the counters of one row of a table, or inserts the row when it is not there yet: an update then an insert,
 * portable to H2 and PostgreSQL (unlike their MERGE dialects). The statements are prepared once and reused.
 */
final class Counters implements AutoCloseable {

    private final PreparedStatement update;
    private final PreparedStatement insert;

    /**
     * @param keys the columns that find the row
     * @param counts the columns added to
     * @param fixed columns set only when the row is inserted (derived from the key, such as its local day)
     */
    Counters(Connection c, String table, List<String> keys, List<String> counts, List<String> fixed)
            throws SQLException {
        String set = counts.stream().map(n -> n + " = " + n + " + ?").collect(Collectors.joining(", "));
        String where = keys.stream().map(n -> n + " = ?").collect(Collectors.joining(" AND "));
        int columns = keys.size() + counts.size() + fixed.size();
        this.update = c.prepareStatement("UPDATE " + table + " SET " + set + " WHERE " + where);
        this.insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", counts) + ", "
                + String.join(", ", keys) + (fixed.isEmpty() ? "" : ", " + String.join(", ", fixed)) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns, "?")) + ")");
    }

    /** Adds {@code counts} to the row with {@code keys}; {@code fixed} fills the rest of a new row. */
    void add(Object[] keys, long[] counts, Object... fixed) throws SQLException {
        int p = 1;
        for (long n : counts) {
            update.setLong(p++, n);
        }
        for (Object k : keys) {
            update.setObject(p++, value(k));
        }
        if (update.executeUpdate() > 0) {
            return;
        }
        p = 1;
        for (long n : counts) {
            insert.setLong(p++, n);
        }
        for (Object k : keys) {
            insert.setObject(p++, value(k));
        }
        for (Object f : fixed) {
            insert.setObject(p++, value(f));
        }
        insert.executeUpdate();
    }

    private static Object value(Object o) {
        return o instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : o;
    }

    @Override
    public void close() throws SQLException {
        try (update; insert) {
            // both closed, the second even when the first fails
        }
    }
}
