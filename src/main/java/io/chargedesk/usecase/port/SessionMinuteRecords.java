package io.chargedesk.usecase.port;

import io.chargedesk.history.HistoryBatch;
import java.util.List;
import java.util.UUID;

/** Each session's per-minute evidence (register, peak and mean power), kept forever. */
public interface SessionMinuteRecords {

    /** The session's per-minute evidence, in time order. */
    List<HistoryBatch.SessionMinute> sessionMinutes(UUID sessionId) throws StoreException;
}
