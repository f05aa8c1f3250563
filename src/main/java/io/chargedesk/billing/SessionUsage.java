package io.chargedesk.billing;

import io.chargedesk.session.Session;
import io.chargedesk.units.Energy;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The quantities a session is priced on. */
public record SessionUsage(Energy energy, Duration chargingTime, Duration connectedTime, Duration idleTime) {

    public SessionUsage {
        Objects.requireNonNull(energy, "energy");
        for (Duration d : new Duration[] {chargingTime, connectedTime, idleTime}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("session times must be 0 or more: " + d);
            }
        }
    }

    /** The usage of {@code session}; an open session is measured up to {@code now}. */
    public static SessionUsage of(Session session, Instant now) {
        return new SessionUsage(session.energy(), session.chargingTime(), session.duration(now),
                session.idleTime(now));
    }
}
