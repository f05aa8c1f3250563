package io.chargedesk.store;

import io.chargedesk.access.Actor;
import io.chargedesk.access.Role;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditChain;
import io.chargedesk.audit.AuditEntry;
import io.chargedesk.audit.AuditRecord;
import io.chargedesk.usecase.port.AuditRecords;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code audit_entry} chain and its {@code audit_head}. An append locks the head row ({@code SELECT ... FOR
 * UPDATE}, in H2 and PostgreSQL alike) for its transaction: appends from several consoles wait for one another, each
 * links to the one committed before it, and the chain never forks.
 */
public final class AuditRepository implements AuditRecords {

    private static final int ATTEMPTS = 10;
    /** A lock wait that timed out (H2), a serialization failure or deadlock (PostgreSQL), a concurrent update (H2). */
    private static final Set<String> TRY_AGAIN = Set.of("HYT00", "40001", "40P01", "55P03");
    private static final int H2_CONCURRENT_UPDATE = 90131;
    private static final String COLUMNS = "seq, at_utc, actor_role, actor_name, action_code, subject, reason, details, "
            + "previous_hash, entry_hash";

    private final Database db;

    public AuditRepository(Database db) {
        this.db = db;
    }

    @Override
    public AuditEntry append(AuditRecord record) throws StoreException {
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                try {
                    AuditEntry entry = appendIn(c, record);
                    c.commit();
                    return entry;
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (!busy(e)) {
                    throw new StoreException("Could not write the audit trail: " + Database.rootMessage(e), e);
                }
                last = e;
            }
        }
        throw new StoreException("Could not write the audit trail: other consoles kept it busy; try again.", last);
    }

    /** Another transaction held the chain's head too long, or both waited on each other: worth trying again. */
    static boolean busy(SQLException e) {
        return TRY_AGAIN.contains(e.getSQLState()) || e.getErrorCode() == H2_CONCURRENT_UPDATE;
    }

    /**
     * Appends {@code record} inside the caller's transaction, so it is committed, or rolled back, with the change it
     * records; the head stays locked until that transaction ends.
     */
    static AuditEntry appendIn(Connection c, AuditRecord record) throws SQLException {
        long seq;
        String hash;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit trail has no head row; the database was not migrated to V17");
            }
            seq = rs.getLong(1);
            hash = rs.getString(2);
        }
        AuditEntry entry = AuditChain.next(seq, hash, record);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, entry.seq());
            Jdbc.setInstant(ps, 2, record.at());
            ps.setString(3, record.who().role().code());
            ps.setString(4, record.who().name());
            ps.setString(5, record.action().code());
            ps.setString(6, record.subject());
            ps.setString(7, record.why());
            ps.setString(8, record.details());
            ps.setString(9, entry.previousHash());
            ps.setString(10, entry.hash());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, entry.seq());
            ps.setString(2, entry.hash());
            ps.executeUpdate();
        }
        return entry;
    }

    @Override
    public List<AuditEntry> entries(Query query) throws StoreException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE 1 = 1");
        query.from().ifPresent(f -> sql.append(" AND at_utc >= ?"));
        query.to().ifPresent(t -> sql.append(" AND at_utc < ?"));
        query.action().ifPresent(a -> sql.append(" AND action_code = ?"));
        sql.append(" ORDER BY seq DESC FETCH FIRST ? ROWS ONLY");
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            if (query.from().isPresent()) {
                Jdbc.setInstant(ps, i++, query.from().get());
            }
            if (query.to().isPresent()) {
                Jdbc.setInstant(ps, i++, query.to().get());
            }
            if (query.action().isPresent()) {
                ps.setString(i++, query.action().get().code());
            }
            ps.setInt(i, query.limit());
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the audit trail: " + Database.rootMessage(e), e);
        }
    }

    @Override
    public Optional<AuditChain.Break> verify() throws StoreException {
        try (Connection c = db.connect()) {
            // One snapshot: the head and the entries as of the same moment, while other consoles go on appending.
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            AuditChain.Walk walk = new AuditChain.Walk();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && walk.accept(entry(rs))) {
                        // reads on until the first break
                    }
                }
            }
            Head head = head(c);
            c.commit();
            return walk.end(head.seq(), head.hash());
        } catch (SQLException e) {
            throw new StoreException("Could not read the audit trail: " + Database.rootMessage(e), e);
        } catch (IllegalArgumentException e) {
            throw new StoreException("The audit trail holds an entry that cannot be read back: " + e.getMessage(), e);
        }
    }

    @Override
    public long count() throws StoreException {
        try (Connection c = db.connect()) {
            return head(c).seq();
        } catch (SQLException e) {
            throw new StoreException("Could not read the audit trail: " + Database.rootMessage(e), e);
        }
    }

    private record Head(long seq, String hash) {}

    private static Head head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit trail has no head row");
            }
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        Instant at = Jdbc.getInstant(rs, "at_utc");
        AuditRecord record = new AuditRecord(at, new Actor(Role.ofCode(rs.getString("actor_role")),
                rs.getString("actor_name")), AuditAction.ofCode(rs.getString("action_code")), rs.getString("subject"),
                rs.getString("reason"), rs.getString("details"));
        return new AuditEntry(rs.getLong("seq"), record, rs.getString("previous_hash"), rs.getString("entry_hash"));
    }
}
