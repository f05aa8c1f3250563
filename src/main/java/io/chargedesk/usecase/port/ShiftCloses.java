package io.chargedesk.usecase.port;

import io.chargedesk.ledger.ShiftReport;
import java.util.Optional;

/** The shifts attendants closed, each with the figures its report printed. */
public interface ShiftCloses {

    /** The latest close, where the next shift starts; empty before the first. */
    Optional<ShiftReport> last() throws StoreException;

    void record(ShiftReport closed) throws StoreException;
}
