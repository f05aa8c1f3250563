package io.chargedesk.session;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time in which the meter gave no valid reading: from the last good reading to the next. */
public record Gap(Instant from, Instant to) {

    public Gap {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("gap ends before it starts: " + from + " .. " + to);
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
