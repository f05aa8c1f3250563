package io.chargedesk.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the energy between two readings across fixed-length intervals (15 minutes, …) in proportion to
 * the time spent in each, in whole watt-hours that always add up exactly to the total.
 */
public final class IntervalSplit {

    private IntervalSplit() {
    }

    /** Energy of one interval, keyed by the interval's start. */
    public record Part(Instant intervalStart, long wattHours) {}

    public static List<Part> split(Instant from, Instant to, long wattHours, Duration interval) {
        if (wattHours < 0) {
            throw new IllegalArgumentException("cannot split negative energy: " + wattHours + " Wh");
        }
        long len = interval.toMillis();
        if (!to.isAfter(from)) {
            return List.of(new Part(floor(to, len), wattHours));
        }
        long total = to.toEpochMilli() - from.toEpochMilli();
        List<Part> parts = new ArrayList<>();
        long assigned = 0;
        long elapsed = 0;
        long start = Math.floorDiv(from.toEpochMilli(), len) * len;
        for (long t = start; t < to.toEpochMilli(); t += len) {
            long segEnd = Math.min(t + len, to.toEpochMilli());
            long segStart = Math.max(t, from.toEpochMilli());
            elapsed += segEnd - segStart;
            // Cumulative rounding: each part is the rounded running total minus what was already assigned.
            long upTo = segEnd == to.toEpochMilli() ? wattHours : Math.round((double) wattHours * elapsed / total);
            if (upTo > assigned || parts.isEmpty()) {
                parts.add(new Part(Instant.ofEpochMilli(t), upTo - assigned));
            }
            assigned = upTo;
        }
        return parts;
    }

    private static Instant floor(Instant at, long len) {
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), len) * len);
    }
}
