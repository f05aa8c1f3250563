package io.chargedesk.store;

import io.chargedesk.units.Energy;
import io.chargedesk.usecase.port.HistoryFacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The buckets the session distributions count in: the rollup stores a bucket's index, so the bounds here are part of
 * the stored data (changing them needs a rebuild-history).
 */
final class SessionBuckets {

    /** Lower bounds of the duration buckets, in seconds: 0, 15 min, 30 min, 1, 2, 4, 8, 12 h. */
    static final long[] DURATION_S = {0, 900, 1800, 3600, 7200, 14400, 28800, 43200};
    /** Lower bounds of the energy buckets, in Wh: 0, 5, 10, 20, 30, 50, 80 kWh. */
    static final long[] ENERGY_WH = {0, 5000, 10000, 20000, 30000, 50000, 80000};
    static final int HOURS = 24;

    private SessionBuckets() {
    }

    /** The index of the bucket {@code value} falls in. */
    static int of(long value, long[] lowerBounds) {
        int i = lowerBounds.length - 1;
        while (i > 0 && value < lowerBounds[i]) {
            i--;
        }
        return i;
    }

    static List<HistoryFacts.Bucket<Duration>> durations(int[] counts) {
        return buckets(counts, DURATION_S, Duration::ofSeconds);
    }

    static List<HistoryFacts.Bucket<Energy>> energies(int[] counts) {
        return buckets(counts, ENERGY_WH, Energy::ofWattHours);
    }

    static List<HistoryFacts.Bucket<Integer>> arrivals(int[] counts) {
        List<HistoryFacts.Bucket<Integer>> out = new ArrayList<>(HOURS);
        for (int h = 0; h < HOURS; h++) {
            out.add(new HistoryFacts.Bucket<>(h, Optional.of(h + 1), counts[h]));
        }
        return out;
    }

    private static <T> List<HistoryFacts.Bucket<T>> buckets(int[] counts, long[] bounds, LongFunction<T> unit) {
        List<HistoryFacts.Bucket<T>> out = new ArrayList<>(bounds.length);
        for (int i = 0; i < bounds.length; i++) {
            Optional<T> to = i + 1 < bounds.length ? Optional.of(unit.apply(bounds[i + 1])) : Optional.empty();
            out.add(new HistoryFacts.Bucket<>(unit.apply(bounds[i]), to, counts[i]));
        }
        return out;
    }
}
