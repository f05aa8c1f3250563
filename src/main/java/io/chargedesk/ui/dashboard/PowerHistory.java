package io.chargedesk.ui.dashboard;

import java.time.Duration;
import java.time.Instant;

/**
 * One bay's power over the last hour, from the snapshots the dashboard sees: a fixed ring of samples, at most one
 * every {@link #EVERY}, so 50 bays cost a few kilobytes and nothing is allocated per snapshot.
 */
final class PowerHistory {

    static final Duration KEPT = Duration.ofHours(1);
    static final Duration EVERY = Duration.ofSeconds(10);
    private static final int CAPACITY = (int) (KEPT.toSeconds() / EVERY.toSeconds()) + 1;

    /** A sample's time and power, handed out oldest first. */
    interface Sample {
        void accept(Instant at, double kw);
    }

    private final long[] seconds = new long[CAPACITY];
    private final double[] kw = new double[CAPACITY];
    private int next;
    private int size;

    /** Takes the power at {@code at} unless the last sample is younger than {@link #EVERY}. */
    void add(Instant at, double kilowatts) {
        if (size > 0 && at.getEpochSecond() - seconds[(next - 1 + CAPACITY) % CAPACITY] < EVERY.toSeconds()) {
            return;
        }
        seconds[next] = at.getEpochSecond();
        kw[next] = kilowatts;
        next = (next + 1) % CAPACITY;
        size = Math.min(size + 1, CAPACITY);
    }

    /** The samples of the hour before {@code now}, oldest first. */
    void forEach(Instant now, Sample sample) {
        long from = now.minus(KEPT).getEpochSecond();
        for (int i = 0; i < size; i++) {
            int at = (next - size + i + CAPACITY) % CAPACITY;
            if (seconds[at] >= from) {
                sample.accept(Instant.ofEpochSecond(seconds[at]), kw[at]);
            }
        }
    }
}
