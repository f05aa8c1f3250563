package io.chargedesk.session;

import io.chargedesk.text.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Many very short sessions in a row on one bay are a fault pattern (a charger that trips, a car that
 * refuses, a contactor chattering), not customers. Flags the session that completes the pattern.
 */
public final class ShortSessionPattern {

    private final Duration shortBelow;
    private final int count;
    private final Duration within;
    private final Deque<Instant> recentShortEnds = new ArrayDeque<>();

    /** @param count this many sessions shorter than {@code shortBelow} ending within {@code within} */
    public ShortSessionPattern(Duration shortBelow, int count, Duration within) {
        if (count < 2) {
            throw new IllegalArgumentException("a pattern needs at least 2 sessions, not " + count);
        }
        this.shortBelow = shortBelow;
        this.count = count;
        this.within = within;
    }

    public static ShortSessionPattern defaults() {
        return new ShortSessionPattern(Duration.ofMinutes(2), 3, Duration.ofHours(1));
    }

    /** The ended session, with a {@code short_sessions} anomaly when it completes the pattern. */
    public Session check(Session ended) {
        Instant end = ended.end().orElseThrow(() -> new IllegalArgumentException("session " + ended.id()
                + " is still open"));
        if (ended.duration(end).compareTo(shortBelow) >= 0) {
            return ended;
        }
        recentShortEnds.addLast(end);
        while (Duration.between(recentShortEnds.peekFirst(), end).compareTo(within) > 0) {
            recentShortEnds.removeFirst();
        }
        if (recentShortEnds.size() < count) {
            return ended;
        }
        return ended.withAnomaly(new Anomaly(AnomalyCode.SHORT_SESSIONS, end, Reason.of(AnomalyReason.SHORT_SESSIONS,
                recentShortEnds.size(), shortBelow.toMinutes(), within.toMinutes())));
    }
}
