package io.chargedesk.alert;

import java.time.Instant;
import java.util.Optional;

/** An alert as stored: raised once, cleared when its condition ended, acknowledged by an attendant. */
public record Alert(long id, Instant raisedAt, AlertKey key, String reason, Optional<Instant> clearedAt,
                    Optional<Acknowledgement> acknowledged) {

    public boolean isAcknowledged() {
        return acknowledged.isPresent();
    }
}
