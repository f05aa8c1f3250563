package io.chargedesk.collector;

import io.chargedesk.store.RecordPart;
import io.chargedesk.store.RecordWriter;
import io.chargedesk.store.Refused;
import io.chargedesk.usecase.port.StoreException;
import io.chargedesk.store.WriteMark;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A database that fails as a whole on demand: down (as with a full disk), or committing a write and then failing
 * before the collector hears of it (as when the process dies right after a commit).
 */
final class FlakyWriter implements RecordWriter {

    static final String DOWN = "The database failed: No space left on device (simulated).";

    private final RecordWriter database;
    private boolean down;
    private int commitsBeforeCrash = -1;

    FlakyWriter(RecordWriter database) {
        this.database = database;
    }

    void down(boolean down) {
        this.down = down;
    }

    /** The {@code n}th write from now commits, then fails as if the program died before its commit returned. */
    void crashAfterCommit(int n) {
        commitsBeforeCrash = n;
    }

    @Override
    public List<Refused> record(List<RecordPart> parts, List<WriteMark> marks, RefusedRows keeper)
            throws StoreException {
        if (down) {
            throw new StoreException(DOWN, null);
        }
        List<Refused> refused = database.record(parts, marks, keeper);
        if (--commitsBeforeCrash == 0) {
            throw new StoreException("The program died right after this commit (simulated).", null);
        }
        return refused;
    }

    @Override
    public OptionalLong lastMark(UUID id) throws StoreException {
        if (down) {
            throw new StoreException(DOWN, null);
        }
        return database.lastMark(id);
    }
}
