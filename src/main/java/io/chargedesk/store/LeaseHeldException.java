package io.chargedesk.store;

import io.chargedesk.usecase.port.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Another collector holds the database's {@link CollectorLease} and is alive: this one must not start. */
public final class LeaseHeldException extends StoreException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
            .withZone(ZoneId.systemDefault());

    private final transient CollectorLease.Holder holder;

    LeaseHeldException(CollectorLease.Holder holder, Instant now, boolean otherHost) {
        super(message(holder, now, otherHost), null);
        this.holder = holder;
    }

    /** The collector that holds the lease. */
    public CollectorLease.Holder holder() {
        return holder;
    }

    private static String message(CollectorLease.Holder h, Instant now, boolean otherHost) {
        long ago = Math.max(0, Duration.between(h.lastSeen(), now).toSeconds());
        return "Another ChargeDesk is collecting into this database: " + h.description() + " on host " + h.host()
                + " (pid " + h.pid() + "), last seen " + SEEN.format(h.lastSeen()) + " (" + ago + " s ago). "
                + "Close it first, or point this one at another database with --db."
                + (otherHost ? " If that PC is off or the program crashed, this one can start "
                        + CollectorLease.STALE_AFTER.toSeconds() + " s after it was last seen." : "");
    }
}
