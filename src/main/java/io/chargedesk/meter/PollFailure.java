package io.chargedesk.meter;

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
}
