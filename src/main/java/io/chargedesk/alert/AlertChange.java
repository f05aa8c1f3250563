package io.chargedesk.alert;

import io.chargedesk.text.TextLimit;
import java.time.Instant;

/** A condition started (an alert is raised) or ended (its alert is cleared). */
public sealed interface AlertChange {

    AlertKey key();

    Instant at();

    /** @param reason what the collector saw, kept to one line of {@link TextLimit#ALERT_REASON} */
    record Raised(AlertKey key, Instant at, String reason) implements AlertChange {
        public Raised {
            reason = TextLimit.ALERT_REASON.fit(reason);
        }
    }

    record Cleared(AlertKey key, Instant at) implements AlertChange {}
}
