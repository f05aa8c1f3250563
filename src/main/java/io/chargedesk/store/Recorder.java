package io.chargedesk.store;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Session;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes what the collector saw in one transaction: readings and the sessions they changed commit
 * together, so after a crash the stored sessions and the stored readings always agree. A collector's recorder
 * renews its {@link CollectorLease} in the same transaction: once another collector has taken the lease over,
 * nothing more is written.
 */
public final class Recorder {

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
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                if (lease.isPresent()) {
                    lease.get().renew(c);
                }
                ReadingRepository.insert(c, readings);
                for (Session s : sessions) {
                    SessionRepository.save(c, s);
                }
                HistoryRepository.add(c, history);
                c.commit();
            } catch (SQLException | LeaseLostException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not record " + readings.size() + " readings and " + sessions.size()
                    + " sessions: " + Database.rootMessage(e) + ". Check that the disk has free space and that no "
                    + "other program holds the database; nothing is lost while the collector retries.", e);
        }
    }
}
