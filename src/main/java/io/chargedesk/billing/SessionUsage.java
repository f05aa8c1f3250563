package io.chargedesk.billing;

import io.chargedesk.session.EnergyTrace;
import io.chargedesk.session.Session;
import io.chargedesk.units.Energy;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The quantities a session is priced on, and when: time-of-use windows need the start, the end and the trace. */
public record SessionUsage(Instant start, Instant end, Energy energy, Duration chargingTime, Duration connectedTime,
                           Duration idleTime, EnergyTrace trace) {

    public SessionUsage {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(trace, "trace");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a session cannot end (" + end + ") before it starts (" + start + ")");
        }
        for (Duration d : new Duration[] {chargingTime, connectedTime, idleTime}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("session times must be 0 or more: " + d);
            }
        }
    }

    /** The usage of {@code session}; an open session is measured up to {@code now}. */
    public static SessionUsage of(Session session, Instant now, EnergyTrace trace) {
        Instant end = session.end().orElse(now.isBefore(session.start()) ? session.start() : now);
        return new SessionUsage(session.start(), end, session.energy(), session.chargingTime(), session.duration(now),
                session.idleTime(now), trace);
    }
}
