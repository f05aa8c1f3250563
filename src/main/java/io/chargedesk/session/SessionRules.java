package io.chargedesk.session;

import io.chargedesk.units.Power;
import java.time.Duration;
import java.util.Objects;

/**
 * How a bay's readings become sessions (docs/design.md, Sessions).
 *
 * @param startThreshold power at or above which a car counts as charging
 * @param startHold how long power must stay above the threshold before a session opens
 * @param endTimeout how long power may stay below the threshold before the session closes
 * @param offlineAfterFailures consecutive failed polls before the bay counts as offline
 */
public record SessionRules(Power startThreshold, Duration startHold, Duration endTimeout, int offlineAfterFailures) {

    public static final SessionRules DEFAULTS =
            new SessionRules(Power.ofWatts(100), Duration.ofSeconds(5), Duration.ofMinutes(10), 3);

    public SessionRules {
        Objects.requireNonNull(startThreshold, "startThreshold");
        Objects.requireNonNull(startHold, "startHold");
        Objects.requireNonNull(endTimeout, "endTimeout");
        if (startThreshold.watts() <= 0) {
            throw new IllegalArgumentException("start threshold must be above 0 W, was " + startThreshold.watts() + " W");
        }
        if (startHold.isNegative()) {
            throw new IllegalArgumentException("start hold cannot be negative: " + startHold);
        }
        if (endTimeout.isNegative() || endTimeout.isZero()) {
            throw new IllegalArgumentException("end timeout must be positive: " + endTimeout);
        }
        if (offlineAfterFailures < 1) {
            throw new IllegalArgumentException("offline after failures must be at least 1, was " + offlineAfterFailures);
        }
    }

    /** Whether a car drawing {@code power} counts as charging: at or above the start threshold. */
    public boolean isCharging(Power power) {
        return power.isAtLeast(startThreshold);
    }

    /**
     * What a bay with a session open is doing while its meter reads {@code power}: charging, or paused below the
     * threshold. The one statement of this rule, for the collector's trackers and a console that only watches.
     */
    public BayState openSessionState(Power power) {
        return isCharging(power) ? BayState.CHARGING : BayState.PAUSED;
    }

    public SessionRules withEndTimeout(Duration timeout) {
        return new SessionRules(startThreshold, startHold, timeout, offlineAfterFailures);
    }
}
