package io.chargedesk.meter;

import java.time.Duration;

/**
 * Waits between polls. Real buses wait real time; the demo site, whose clock may run faster, waits
 * proportionally less, so a poll interval always means the same in the site's time.
 */
@FunctionalInterface
public interface Pacer {

    Pacer REAL_TIME = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    void sleep(Duration siteTime) throws InterruptedException;

    static Pacer scaled(double speed) {
        return d -> REAL_TIME.sleep(Duration.ofNanos((long) (d.toNanos() / speed)));
    }
}
