package io.chargedesk.collector;

import java.util.Optional;
import java.util.UUID;

/**
 * An attendant's change to a session (open, close, customer) that is not in the database: it refused the session's
 * row, or it fails as a whole. The bay goes on recording either way; the message says what happened and what to do.
 */
public final class NotSavedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotSavedException(String message) {
        super(message);
    }

    /** Why the change to {@code session} on {@code bayId} is not in the database after {@code outcome}, if not. */
    static Optional<String> why(String bayId, UUID session, PendingWrites.Outcome outcome) {
        String refused = outcome.refused().get(session);
        if (refused != null) {
            return Optional.of("Not saved: the database refused the session on bay " + bayId + " (" + refused
                    + "). The bay goes on recording, and this change is kept aside on this PC; correct it and save "
                    + "again.");
        }
        return outcome.failure().map(f -> "Not in the database yet: " + f + " The session on bay " + bayId
                + " is kept on this PC and written as soon as the database works again.");
    }
}
