package io.chargedesk.session;

import java.time.Instant;
import java.util.Optional;

/**
 * Which sessions to list: those starting in [from, to), on one bay, open or closed, whose customer name or
 * plate contains a text, with a given anomaly (or any anomaly). Empty means any.
 *
 * @param anyAnomaly only sessions with at least one anomaly
 */
public record SessionFilter(Optional<Instant> from, Optional<Instant> to, Optional<String> bayId,
                            Optional<Boolean> open, Optional<String> customer, Optional<AnomalyCode> anomaly,
                            boolean anyAnomaly) {

    public static final SessionFilter ALL = new SessionFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), false);

    public SessionFilter {
        customer = customer.map(String::strip).filter(c -> !c.isEmpty());
    }

    public static SessionFilter between(Instant from, Instant to) {
        return new SessionFilter(Optional.ofNullable(from), Optional.ofNullable(to), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
