package io.chargedesk.ui.dashboard;

import java.time.Duration;
import java.time.Instant;

/**
 * The site's total power over the last hour, for the dashboard's chart: one point per {@link #STEP} (the highest
 * total seen in it, so a short peak near the grid limit is not averaged away), kept in a fixed ring so that a
 * refresh allocates nothing.
 */
final class SitePowerHistory {

    static final Duration SPAN = Duration.ofHours(1);
    static final Duration STEP = Duration.ofSeconds(5);
    static final int POINTS = (int) (SPAN.toMillis() / STEP.toMillis());

    private final long[] slot = new long[POINTS];
    private final double[] kw = new double[POINTS];
    private long newestSlot = Long.MIN_VALUE;

    /**
     * Takes in the site's total at {@code at}; a total older than the newest slot is ignored.
     *
     * @return whether the curve changed: a new step began, or the newest step has a new peak
     */
    boolean add(Instant at, double totalKw) {
        long s = Math.floorDiv(at.toEpochMilli(), STEP.toMillis());
        if (s < newestSlot) {
            return false;
        }
        int i = (int) Math.floorMod(s, (long) POINTS);
        newestSlot = s;
        if (slot[i] == s) {
            if (totalKw <= kw[i]) {
                return false;
            }
            kw[i] = totalKw;
        } else {
            slot[i] = s;
            kw[i] = totalKw;
        }
        return true;
    }

    /** The highest total within the hour before the newest point; 0 when there is none. */
    double peakKw() {
        double peak = 0;
        for (int i = 0; i < POINTS; i++) {
            if (inHour(slot[i])) {
                peak = Math.max(peak, kw[i]);
            }
        }
        return peak;
    }

    /** Receives each point of the hour, oldest first, as minutes before the newest (60 … 0) and kW. */
    interface Points {
        void point(double minutesAgo, double kw);
    }

    void forEach(Points points) {
        if (newestSlot == Long.MIN_VALUE) {
            return;
        }
        for (long s = newestSlot - POINTS + 1; s <= newestSlot; s++) {
            int i = (int) Math.floorMod(s, (long) POINTS);
            if (slot[i] == s) {
                points.point((newestSlot - s) * STEP.toMillis() / 60_000.0, kw[i]);
            }
        }
    }

    private boolean inHour(long s) {
        return newestSlot != Long.MIN_VALUE && s > newestSlot - POINTS && s <= newestSlot;
    }
}
