package io.chargedesk.alert;

import io.chargedesk.text.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An alert as stored: raised once, cleared when its condition ended, acknowledged by an attendant.
 *
 * @param reasons why, as codes; one {@link Reason#said} sentence for an alert an older program stored in English
 */
public record Alert(long id, Instant raisedAt, AlertKey key, List<Reason> reasons, Optional<Instant> clearedAt,
                    Optional<Acknowledgement> acknowledged) {

    public boolean isAcknowledged() {
        return acknowledged.isPresent();
    }
}
