package io.chargedesk.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs {@code speed} times faster than real time from its origin, so a simulated day
 * can pass in minutes. With speed 1 it is the system clock.
 */
public final class ScaledClock extends Clock {

    private final Instant origin;
    private final long startNanos;
    private final double speed;

    public ScaledClock(Instant origin, double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, was " + speed);
        }
        this.origin = origin;
        this.startNanos = System.nanoTime();
        this.speed = speed;
    }

    public double speed() {
        return speed;
    }

    @Override
    public Instant instant() {
        long elapsed = System.nanoTime() - startNanos;
        return origin.plusNanos((long) (elapsed * speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a scaled clock is always UTC");
    }
}
