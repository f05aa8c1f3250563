package io.chargedesk.store;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Session;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Writes what the collector saw in one transaction: readings and the sessions they changed commit
 * together, so after a crash the stored sessions and the stored readings always agree.
 */
public final class Recorder {

    private final Database db;

    public Recorder(Database db) {
        this.db = db;
    }

    public void record(List<Reading> readings, Collection<Session> sessions, HistoryBatch history)
            throws StoreException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                ReadingRepository.insert(c, readings);
                for (Session s : sessions) {
                    SessionRepository.save(c, s);
                }
                HistoryRepository.add(c, history);
                c.commit();
            } catch (SQLException e) {
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
