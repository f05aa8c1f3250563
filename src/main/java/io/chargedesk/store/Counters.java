package io.chargedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds to the counters of rows of a table, or inserts a row when it is not there yet: an update then an insert,
 * portable to H2 and PostgreSQL (unlike their MERGE dialects). Additions to the same row are summed in memory and
 * written as JDBC batches when {@link #BATCH} rows are pending and on {@link #close}: a year of a site's history is
 * then a few hundred round trips rather than a few hundred thousand, and since additions commute the rows come out as
 * if each had been written on its own. Into a table that was empty at the first write (the demo's first start, a
 * rebuild's first week) rows not written before by these counters are inserted without trying to update them first.
 */
final class Counters implements AutoCloseable {

    /** Rows written per batch: enough to make round trips rare, few enough to keep a batch's memory small. */
    static final int BATCH = 1000;

    private final PreparedStatement update;
    private final PreparedStatement insert;
    private final int batch;
    private final Map<List<Object>, Row> pending = new LinkedHashMap<>();
    private final PreparedStatement anyRow;
    /** The keys written so far, while the table held no other rows; null once it is known to have had some. */
    private Set<List<Object>> ownRows;
    private boolean checked;

    private record Row(Object[] keys, long[] counts, Object[] fixed) {}

    /**
     * @param keys the columns that find the row
     * @param counts the columns added to
     * @param fixed columns set only when the row is inserted (derived from the key, such as its local day)
     */
    Counters(Connection c, String table, List<String> keys, List<String> counts, List<String> fixed)
            throws SQLException {
        this(c, table, keys, counts, fixed, BATCH);
    }

    /** @param batch how many rows to keep pending before writing them */
    Counters(Connection c, String table, List<String> keys, List<String> counts, List<String> fixed, int batch)
            throws SQLException {
        this.batch = batch;
        String set = counts.stream().map(n -> n + " = " + n + " + ?").collect(Collectors.joining(", "));
        String where = keys.stream().map(n -> n + " = ?").collect(Collectors.joining(" AND "));
        int columns = keys.size() + counts.size() + fixed.size();
        this.update = c.prepareStatement("UPDATE " + table + " SET " + set + " WHERE " + where);
        this.anyRow = c.prepareStatement("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY");
        this.insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", counts) + ", "
                + String.join(", ", keys) + (fixed.isEmpty() ? "" : ", " + String.join(", ", fixed)) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns, "?")) + ")");
    }

    /** Adds {@code counts} to the row with {@code keys}; {@code fixed} fills the rest of a new row. */
    void add(Object[] keys, long[] counts, Object... fixed) throws SQLException {
        Row row = pending.get(Arrays.asList(keys));
        if (row == null) {
            pending.put(List.of(keys), new Row(keys, counts.clone(), fixed));
            if (pending.size() >= batch) {
                flush();
            }
        } else {
            for (int i = 0; i < counts.length; i++) {
                row.counts()[i] += counts[i];
            }
        }
    }

    /**
     * Writes the pending additions: into a table empty at the first write, new rows as one batch of inserts; else one
     * batch of updates, then one of inserts for the rows not found.
     */
    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>(pending.values());
        pending.clear();
        if (!checked) {
            checked = true;
            try (ResultSet rs = anyRow.executeQuery()) {
                ownRows = rs.next() ? null : new HashSet<>();
            }
        }
        Binder<Row> insertRow = (ps, row) -> bind(ps, bind(ps, bind(ps, 1, row.counts()), row.keys()), row.fixed());
        if (ownRows != null) {
            List<Row> updates = new ArrayList<>();
            for (Row row : rows) {
                if (ownRows.add(Arrays.asList(row.keys()))) {
                    insertRow.bind(insert, row);
                    insert.addBatch();
                } else {
                    updates.add(row);
                }
            }
            insert.executeBatch();
            rows = updates;
        }
        if (rows.isEmpty()) {
            return;
        }
        for (Row row : rows) {
            int p = bind(update, 1, row.counts());
            bind(update, p, row.keys());
            update.addBatch();
        }
        insertMissing(update, insert, rows, insertRow);
    }

    /** Binds one row's parameters. */
    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /**
     * Runs the batch of updates added to {@code update}, one per row of {@code rows} in order, then inserts as one
     * batch the rows whose update found nothing.
     */
    static <T> void insertMissing(PreparedStatement update, PreparedStatement insert, List<T> rows, Binder<T> binder)
            throws SQLException {
        int[] updated = update.executeBatch();
        boolean inserts = false;
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                binder.bind(insert, rows.get(i));
                insert.addBatch();
                inserts = true;
            }
        }
        if (inserts) {
            insert.executeBatch();
        }
    }

    private static int bind(PreparedStatement ps, int first, long[] counts) throws SQLException {
        int p = first;
        for (long n : counts) {
            ps.setLong(p++, n);
        }
        return p;
    }

    private static int bind(PreparedStatement ps, int first, Object[] values) throws SQLException {
        int p = first;
        for (Object v : values) {
            ps.setObject(p++, v instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : v);
        }
        return p;
    }

    /** Writes what is pending, then closes the statements (the second even when the first fails). */
    @Override
    public void close() throws SQLException {
        try (update; insert; anyRow) {
            flush();
        }
    }
}
