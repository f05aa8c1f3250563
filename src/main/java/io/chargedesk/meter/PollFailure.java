package io.chargedesk.meter;

import io.chargedesk.text.Reason;
import io.chargedesk.text.ReasonCode;
import java.time.Instant;
import java.util.Objects;

/** A poll that got no valid answer, and why. */
public record PollFailure(String bayId, Instant at, FaultKind kind, String message) implements PollResult {

    public PollFailure {
        Objects.requireNonNull(bayId, "bayId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        message = message == null ? "" : message;
    }

    /** Its kind, and the reader's own words if it had any (they are the device's or the driver's, not ours). */
    public Reason reason() {
        return message.isEmpty() ? Reason.of(kind) : Reason.of(Said.WITH_DETAIL, Reason.of(kind), message);
    }

    /** A failure with the reader's words: the kind, the words. */
    public enum Said implements ReasonCode {
        WITH_DETAIL;

        @Override
        public String family() {
            return "reason.poll_failed";
        }
    }
}
