package io.chargedesk.store;

import io.chargedesk.usecase.port.StoreException;
import java.util.Optional;

/**
 * This collector's {@link CollectorLease} was taken over (it was not seen for too long, for example while its
 * PC slept): another collector records now, and this one must stop writing.
 */
public final class LeaseLostException extends StoreException {

    private static final long serialVersionUID = 1L;

    LeaseLostException(Optional<CollectorLease.Holder> taker) {
        super("This ChargeDesk stopped recording: "
                + taker.map(h -> h.description() + " on host " + h.host() + " (pid " + h.pid() + ")")
                        .orElse("another program")
                + " took over collecting into this database while this one was not heard from for "
                + CollectorLease.STALE_AFTER.toSeconds() + " s. Close this one; the other carries on with the open "
                + "sessions.", null);
    }
}
