package io.chargedesk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Which sessions to list: those starting in [from, to), on one bay, open or closed. Empty means any.
 */
public record SessionFilter(Optional<Instant> from, Optional<Instant> to, Optional<String> bayId,
                            Optional<Boolean> open) {

    public static final SessionFilter ALL = new SessionFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public static SessionFilter between(Instant from, Instant to) {
        return new SessionFilter(Optional.ofNullable(from), Optional.ofNullable(to), Optional.empty(), Optional.empty());
    }
}
