package io.chargedesk.sim.rtu;

import java.time.Duration;
import java.util.Objects;

/** Something that happens to one simulated meter at a moment of simulated time after the start. */
public record ScheduledFault(int slaveId, Kind kind, Duration at) {

    public enum Kind {
        /** The meter keeps answering but stops metering: power 0, register stuck. */
        FREEZE,
        UNFREEZE,
        /** An electrician swaps the meter: new serial, import register back near zero. */
        SWAP
    }

    public ScheduledFault {
        Objects.requireNonNull(kind, "kind");
        if (at.isNegative()) {
            throw new IllegalArgumentException("a fault cannot happen before the start: " + at);
        }
    }
}
