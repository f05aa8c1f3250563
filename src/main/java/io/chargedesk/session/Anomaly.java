package io.chargedesk.session;

import io.chargedesk.text.Reason;
import java.time.Instant;
import java.util.Objects;

/** Something seen during a session that an operator should be able to look at later. */
public record Anomaly(AnomalyCode code, Instant at, Reason reason) {

    public Anomaly {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
