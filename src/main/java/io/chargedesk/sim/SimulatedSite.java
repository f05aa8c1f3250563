package io.chargedesk.sim;

import io.chargedesk.units.Power;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The demo site: N bays with their simulated meters, reproducible from a seed. */
public final class SimulatedSite {

    private static final Power[] BAY_RATINGS = {Power.ofWatts(22_000), Power.ofWatts(11_000), Power.ofWatts(22_000),
        Power.ofWatts(11_000), Power.ofWatts(7_400), Power.ofWatts(22_000)};

    private final List<SimulatedMeter> meters;
    private final List<Power> ratings;

    public SimulatedSite(int bays, long seed, Clock clock, Duration meanGap) {
        if (bays < 1 || bays > 247) {
            throw new IllegalArgumentException("a simulated site has 1 to 247 bays, not " + bays);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        meters = new ArrayList<>(bays);
        ratings = new ArrayList<>(bays);
        for (int i = 0; i < bays; i++) {
            Power rating = BAY_RATINGS[i % BAY_RATINGS.length];
            ratings.add(rating);
            meters.add(new SimulatedMeter(bayId(i), rating, rnd.nextLong(), clock.instant(),
                    1_000_000 + rnd.nextDouble() * 20_000_000, meanGap, i % 2 == 0));
        }
    }

    /** Bay ids of the demo site: A1, A2, … */
    public static String bayId(int index) {
        return "A" + (index + 1);
    }

    public static Power rating(int index) {
        return BAY_RATINGS[index % BAY_RATINGS.length];
    }

    public List<SimulatedMeter> meters() {
        return List.copyOf(meters);
    }

    public SimulatedMeter meter(int index) {
        return meters.get(index);
    }
}
