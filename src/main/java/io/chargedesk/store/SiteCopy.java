package io.chargedesk.store;

import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a site's every record from one ChargeDesk database into a new, empty one (H2 to PostgreSQL when a site
 * outgrows one PC), table by table in the order their foreign keys need, and then checks the copy: the rows of every
 * table, and every receipt's stored document, PDF and evidence, byte for byte. The target is migrated by Flyway first,
 * so it has the same tables; the copy is one transaction, so a failed one leaves the target without records.
 */
public final class SiteCopy {

    private static final Logger LOG = LoggerFactory.getLogger(SiteCopy.class);
    private static final int BATCH = 1_000;
    /** Flyway's own table: each database keeps its own history of the migrations it ran. */
    private static final String FLYWAY = "flyway_schema_history";
    /** Who collects is no record of the site: the target's lease starts free, as its migration made it. */
    private static final String LEASE = "collector_lease";

    /** One table's rows in the source and, after the copy, in the target. */
    public record TableRows(String table, long source, long target) {
        public boolean same() {
            return source == target;
        }
    }

    /**
     * What was copied and what the check found.
     *
     * @param receipts how many receipts and credit notes were compared
     * @param problems every difference found; none when the copy verifies
     */
    public record Report(List<TableRows> tables, int receipts, List<String> problems) {
        public boolean verified() {
            return problems.isEmpty();
        }
    }

    private SiteCopy() {
    }

    /**
     * Refuses a source a collector is recording into: it would go on changing during the copy. Checked before the
     * target is made, so a refused copy leaves nothing behind.
     *
     * @param now the wall clock's time: a collector seen since the lease's staleness limit is still recording
     */
    public static void requireIdle(Database from, Instant now) throws StoreException {
        var collector = CollectorLease.current(from);
        if (collector.isPresent()
                && Duration.between(collector.get().lastSeen(), now).compareTo(CollectorLease.STALE_AFTER) < 0) {
            throw new StoreException("A collector is recording into " + from.url() + ": "
                    + collector.get().description() + " on host " + collector.get().host() + " (pid " + collector.get().pid() + "). Stop it first, so "
                    + "that nothing is recorded during the copy; nothing was copied.", null);
        }
    }

    /**
     * Copies {@code from} into {@code to} (opened with {@link Database#openNew}) and checks the copy.
     *
     * @param now the wall clock's time, for {@link #requireIdle}
     */
    public static Report copy(Database from, Database to, Instant now) throws StoreException {
        requireIdle(from, now);
        try (Connection source = from.connect(); Connection target = to.connect()) {
            Map<String, String> sourceTables = byLowerCase(Backups.tables(source));
            Map<String, String> targetTables = byLowerCase(Backups.tables(target));
            sourceTables.remove(FLYWAY);
            targetTables.remove(FLYWAY);
            for (String table : sourceTables.keySet()) {
                if (!targetTables.containsKey(table)) {
                    throw new StoreException("The target has no table " + table + ", which the source has: the source "
                            + "was made by a newer ChargeDesk. Copy with that version; nothing was copied.", null);
                }
            }
            List<String> order = dependencyOrder(target, targetTables);
            target.setAutoCommit(false);
            try {
                emptySeeded(target, order, targetTables);
                for (String table : order) {
                    if (sourceTables.containsKey(table) && !table.equals(LEASE)) {
                        long rows = copyTable(source, sourceTables.get(table), target, targetTables.get(table));
                        LOG.info("Copied {} rows of {}", rows, table);
                    }
                }
                restartIdentities(target, targetTables);
                target.commit();
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            }
            return check(source, sourceTables, target, targetTables);
        } catch (SQLException e) {
            throw new StoreException("Could not copy " + from.url() + " into " + to.url() + ": "
                    + Database.rootMessage(e) + ". The target holds no records of the site; fix the cause and copy "
                    + "again into a new, empty database.", e);
        }
    }

    private static Map<String, String> byLowerCase(List<String> tables) {
        Map<String, String> out = new TreeMap<>();
        tables.forEach(t -> out.put(t.toLowerCase(Locale.ROOT), t));
        return out;
    }

    /** Tables so that each comes after those its foreign keys refer to (a table referring to itself aside). */
    private static List<String> dependencyOrder(Connection c, Map<String, String> tables) throws SQLException {
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        DatabaseMetaData meta = c.getMetaData();
        for (Map.Entry<String, String> table : tables.entrySet()) {
            Set<String> parents = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), table.getValue())) {
                while (rs.next()) {
                    parents.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            parents.remove(table.getKey());
            needs.put(table.getKey(), parents);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < needs.size()) {
            int before = order.size();
            needs.forEach((table, parents) -> {
                if (!order.contains(table) && order.containsAll(parents)) {
                    order.add(table);
                }
            });
            if (order.size() == before) {
                throw new IllegalStateException("the tables' foreign keys form a cycle: " + needs);
            }
        }
        return order;
    }

    /** Rows the target's migrations put in (single-row tables such as the receipt issuer) make way for the source's. */
    private static void emptySeeded(Connection target, List<String> order, Map<String, String> tables)
            throws SQLException {
        for (int i = order.size() - 1; i >= 0; i--) {
            String table = order.get(i);
            if (!table.equals(LEASE) && Backups.rowCount(target, tables.get(table)) > 0) {
                try (Statement s = target.createStatement()) {
                    s.executeUpdate("DELETE FROM " + quote(tables.get(table)));
                }
            }
        }
    }

    private record Column(String sourceName, String targetName, int targetType, Kind kind) {
    }

    /** How a value is read and written so that both databases take it as the same: by its column's type. */
    private enum Kind { TEXT, BYTES, UUID, INSTANT, DATE, OTHER }

    private static long copyTable(Connection source, String from, Connection target, String to) throws SQLException {
        List<Column> columns = columns(source, from, target, to);
        String select = "SELECT " + columns.stream().map(c -> quote(c.sourceName())).collect(Collectors.joining(", "))
                + " FROM " + quote(from) + orderByKey(source, from);
        String insert = "INSERT INTO " + quote(to) + " (" + columns.stream().map(c -> quote(c.targetName()))
                .collect(Collectors.joining(", ")) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        long rows = 0;
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery(select);
             PreparedStatement ps = target.prepareStatement(insert)) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    transfer(rs, ps, i, columns.get(i - 1));
                }
                ps.addBatch();
                if (++rows % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            if (rows % BATCH != 0) {
                ps.executeBatch();
            }
        }
        return rows;
    }

    /** The target's columns, each with the source's name for it; a source column the target lacks is an error. */
    private static List<Column> columns(Connection source, String from, Connection target, String to)
            throws SQLException {
        Map<String, String> sourceColumns = new LinkedHashMap<>();
        Map<String, Integer> sourceTypes = new LinkedHashMap<>();
        try (ResultSet rs = source.getMetaData().getColumns(null, source.getSchema(), from, null)) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                sourceColumns.put(name.toLowerCase(Locale.ROOT), name);
                sourceTypes.put(name.toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
            }
        }
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = target.getMetaData().getColumns(null, target.getSchema(), to, null)) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                String key = name.toLowerCase(Locale.ROOT);
                if (sourceColumns.containsKey(key)) {
                    int type = rs.getInt("DATA_TYPE");
                    columns.add(new Column(sourceColumns.remove(key), name, type,
                            kind(type, sourceTypes.get(key), rs.getString("TYPE_NAME"))));
                }
            }
        }
        if (!sourceColumns.isEmpty()) {
            throw new SQLException("the target's table " + to + " lacks the columns " + sourceColumns.keySet());
        }
        return columns;
    }

    private static Kind kind(int targetType, int sourceType, String targetTypeName) {
        String name = targetTypeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return Kind.UUID;
        }
        if (targetType == Types.TIMESTAMP_WITH_TIMEZONE || sourceType == Types.TIMESTAMP_WITH_TIMEZONE
                || name.contains("timestamptz") || name.contains("time zone")) {
            return Kind.INSTANT;
        }
        return switch (targetType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR, Types.NCLOB,
                 Types.LONGNVARCHAR -> Kind.TEXT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BYTES;
            case Types.DATE -> Kind.DATE;
            default -> Kind.OTHER;
        };
    }

    private static void transfer(ResultSet rs, PreparedStatement ps, int i, Column column) throws SQLException {
        Object value = switch (column.kind()) {
            case TEXT -> rs.getString(i);
            case BYTES -> rs.getBytes(i);
            case UUID -> rs.getObject(i, UUID.class);
            case INSTANT -> rs.getObject(i, OffsetDateTime.class);
            case DATE -> rs.getObject(i, LocalDate.class);
            case OTHER -> rs.getObject(i);
        };
        if (value == null) {
            ps.setNull(i, column.targetType());
        } else if (value instanceof byte[] bytes) {
            ps.setBytes(i, bytes);
        } else if (value instanceof String text) {
            ps.setString(i, text);
        } else {
            ps.setObject(i, value);
        }
    }

    /** Rows in key order: a credit note comes after the receipt it refers to. */
    private static String orderByKey(Connection c, String table) throws SQLException {
        SortedMap<Short, String> key = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, c.getSchema(), table)) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), quote(rs.getString("COLUMN_NAME")));
            }
        }
        return key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key.values());
    }

    /** Identity columns go on after the highest value copied, so new rows never clash with copied ones. */
    private static void restartIdentities(Connection c, Map<String, String> tables) throws SQLException {
        for (String table : tables.values()) {
            List<String> identities = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, null)) {
                while (rs.next()) {
                    if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                        identities.add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            for (String column : identities) {
                long next;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT COALESCE(MAX(" + quote(column) + "), 0) + 1 FROM " + quote(table))) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " RESTART WITH "
                            + next);
                }
            }
        }
    }

    private static Report check(Connection source, Map<String, String> sourceTables, Connection target,
                                Map<String, String> targetTables) throws SQLException {
        List<TableRows> tables = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> table : sourceTables.entrySet()) {
            TableRows rows = new TableRows(table.getKey(), Backups.rowCount(source, table.getValue()),
                    Backups.rowCount(target, targetTables.get(table.getKey())));
            tables.add(rows);
            if (!rows.same()) {
                problems.add("table " + rows.table() + ": " + rows.source() + " rows in the source, " + rows.target()
                        + " in the target");
            }
        }
        SortedMap<Long, String> expected = Backups.receiptDigests(source);
        SortedMap<Long, String> found = Backups.receiptDigests(target);
        for (Map.Entry<Long, String> receipt : expected.entrySet()) {
            if (!Objects.equals(receipt.getValue(), found.get(receipt.getKey()))) {
                problems.add("receipt " + receipt.getKey() + ": its document, PDF or evidence differs in the target");
            }
        }
        found.keySet().stream().filter(n -> !expected.containsKey(n))
                .forEach(n -> problems.add("receipt " + n + " is in the target only"));
        return new Report(tables, expected.size(), problems);
    }

    /** A name as its database spells it, quoted, so neither database folds its case nor takes it for a keyword. */
    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
