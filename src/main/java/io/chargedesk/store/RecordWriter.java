package io.chargedesk.store;

import io.chargedesk.usecase.port.StoreException;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** Where the collector's batches go: the database, through {@link Recorder}. */
public interface RecordWriter {

    /**
     * Writes the parts and marks in one transaction. Rows the database refuses for their data are left out and
     * returned, each with the reason, after {@code keeper} kept them (it runs before the commit: if it fails, nothing
     * is written); everything else commits together.
     *
     * @throws LeaseLostException the collector's lease was taken over; nothing was written
     * @throws StoreException the database failed as a whole (unreachable, disk full); nothing was written
     */
    List<Refused> record(List<RecordPart> parts, List<WriteMark> marks, RefusedRows keeper) throws StoreException;

    /** The highest {@link WriteMark} committed for {@code id}, if any. */
    OptionalLong lastMark(UUID id) throws StoreException;

    /** Keeps refused rows safe before the transaction that leaves them out commits. */
    @FunctionalInterface
    interface RefusedRows {
        void keep(List<Refused> refused) throws StoreException;
    }
}
