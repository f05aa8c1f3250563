package io.chargedesk.store;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Session;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Writes what the collector saw in one transaction: readings and the sessions they changed commit
 * together, so after a crash the stored sessions and the stored readings always agree. A collector's recorder
 * renews its {@link CollectorLease} in the same transaction: once another collector has taken the lease over,
 * nothing more is written.
 *
 * <p>A row the database refuses for its data (a value too long for its column, a broken constraint) is left out
 * and the rest written ({@link #record(List, List, RefusedRows)}): one bad row never stops the others.
 */
public final class Recorder implements RecordWriter {

    private final Database db;
    private final Optional<CollectorLease> lease;

    /** A recorder for loading data without a collector (sample history, tests). */
    public Recorder(Database db) {
        this.db = db;
        this.lease = Optional.empty();
    }

    /** A collector's recorder: writes only while {@code lease} is held. */
    public Recorder(Database db, CollectorLease lease) {
        this.db = db;
        this.lease = Optional.of(lease);
    }

    /**
     * Writes all of it in one transaction, or nothing.
     *
     * @throws LeaseLostException the collector's lease was taken over; nothing was written
     */
    public void record(List<Reading> readings, Collection<Session> sessions, HistoryBatch history)
            throws StoreException {
        RecordBatch batch = new RecordBatch(readings, sessions, history);
        transaction(List.of(RecordPart.whole(batch, List.of())), c -> {
            write(c, batch);
            return null;
        });
    }

    @Override
    public List<Refused> record(List<RecordPart> parts, List<WriteMark> marks, RefusedRows keeper)
            throws StoreException {
        return transaction(parts, c -> {
            mark(c, marks);
            List<Refused> refused = isolate(c, parts);
            if (!refused.isEmpty()) {
                keeper.keep(refused);
            }
            return refused;
        });
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException, StoreException;
    }

    /** Runs {@code work} in one transaction that first renews the lease, if this recorder has one. */
    private <T> T transaction(List<RecordPart> parts, Work<T> work) throws StoreException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                if (lease.isPresent()) {
                    lease.get().renew(c);
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | StoreException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            int readings = parts.stream().mapToInt(p -> p.rows().readings().size()).sum();
            int sessions = parts.stream().mapToInt(p -> p.rows().sessions().size()).sum();
            throw failed(readings + " readings and " + sessions + " sessions", e);
        }
    }

    private static StoreException failed(String what, SQLException e) {
        return new StoreException("Could not record " + what + ": " + Database.rootMessage(e) + ". Check that the "
                + "disk has free space and that no other program holds the database; nothing is lost while the "
                + "collector retries.", e);
    }

    /**
     * Writes the parts, each inside a savepoint. When the database refuses a row for its data, the parts are tried
     * again in halves, down to single rows, so only the refused ones are left out; any other failure (the database
     * gone, the disk full) fails the whole transaction.
     */
    private static List<Refused> isolate(Connection c, List<RecordPart> parts) throws SQLException {
        if (parts.isEmpty()) {
            return List.of();
        }
        Savepoint before = c.setSavepoint();
        try {
            for (RecordPart part : parts) {
                write(c, part.rows());
                mark(c, part.marks());
            }
            c.releaseSavepoint(before);
            return List.of();
        } catch (SQLException e) {
            if (!refusedForItsData(e)) {
                throw e;
            }
            c.rollback(before);
            c.releaseSavepoint(before);
            if (parts.size() > 1) {
                List<Refused> refused = new ArrayList<>(isolate(c, parts.subList(0, parts.size() / 2)));
                refused.addAll(isolate(c, parts.subList(parts.size() / 2, parts.size())));
                return refused;
            }
            RecordPart part = parts.get(0);
            List<RecordBatch> rows = part.divisible() ? part.rows().items() : List.of();
            if (rows.size() <= 1) {
                return List.of(new Refused(part, reason(e)));
            }
            return isolate(c, rows.stream().map(RecordPart::divisible).toList());
        }
    }

    /**
     * A data exception (SQLSTATE class 22: value too long, out of range, bad format) or an integrity constraint
     * violation (class 23: not null, check, foreign or unique key) is the row's fault; anything else the database's.
     */
    static boolean refusedForItsData(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return true;
            }
            if (s.getNextException() == s) {
                break;
            }
        }
        return false;
    }

    /** The database's own words, without the SQL statement H2 appends to them. */
    private static String reason(SQLException e) {
        String message = Database.rootMessage(e);
        int statement = message.indexOf("; SQL statement:");
        return (statement < 0 ? message : message.substring(0, statement)).strip();
    }

    private static void write(Connection c, RecordBatch rows) throws SQLException {
        ReadingRepository.insert(c, rows.readings());
        for (Session s : rows.sessions()) {
            SessionRepository.save(c, s);
        }
        HistoryRepository.add(c, rows.history());
        HistoryRollupWriter.add(c, rows);
    }

    /** Inserts marks not yet there: a batch written twice after an uncertain commit must not fail on its marks. */
    private static void mark(Connection c, List<WriteMark> marks) throws SQLException {
        if (marks.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO write_mark (id, seq) SELECT ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM write_mark WHERE id = ? AND seq = ?)")) {
            for (WriteMark m : marks) {
                ps.setObject(1, m.id());
                ps.setLong(2, m.seq());
                ps.setObject(3, m.id());
                ps.setLong(4, m.seq());
                ps.executeUpdate();
            }
        }
    }

    @Override
    public OptionalLong lastMark(UUID id) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM write_mark WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long seq = rs.getLong(1);
                return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(seq);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read what was written back into the database: "
                    + Database.rootMessage(e) + ". Check that the database is reachable.", e);
        }
    }
}
