package io.chargedesk.sim;

import io.chargedesk.meter.Reading;
import io.chargedesk.units.Power;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** The demo site: N bays with their simulated meters, reproducible from a seed. */
public final class SimulatedSite {

    private static final Power[] BAY_RATINGS = {Power.ofWatts(22_000), Power.ofWatts(11_000), Power.ofWatts(22_000),
        Power.ofWatts(11_000), Power.ofWatts(7_400), Power.ofWatts(22_000)};

    private final List<SimulatedMeter> meters;

    public SimulatedSite(int bays, long seed, Clock clock, Duration meanGap) {
        this(defaultBays(bays), seed, clock, meanGap);
    }

    /** @param bays bay id to bay rating, in display order */
    public SimulatedSite(SequencedBays bays, long seed, Clock clock, Duration meanGap) {
        SplittableRandom rnd = new SplittableRandom(seed);
        meters = new ArrayList<>(bays.ids().size());
        for (int i = 0; i < bays.ids().size(); i++) {
            meters.add(new SimulatedMeter(bays.ids().get(i), bays.ratings().get(i), rnd.nextLong(), clock.instant(),
                    1_000_000 + rnd.nextDouble() * 20_000_000, meanGap, i % 2 == 0, bays.zone()));
        }
    }

    private static SequencedBays defaultBays(int bays) {
        if (bays < 1 || bays > 247) {
            throw new IllegalArgumentException("a simulated site has 1 to 247 bays, not " + bays);
        }
        List<String> ids = new ArrayList<>();
        List<Power> ratings = new ArrayList<>();
        for (int i = 0; i < bays; i++) {
            ids.add(bayId(i));
            ratings.add(rating(i));
        }
        return new SequencedBays(ids, ratings, ZoneOffset.UTC);
    }

    /** Bays in display order with their ratings, and the site's zone (arrivals follow its time of day). */
    public record SequencedBays(List<String> ids, List<Power> ratings, ZoneId zone) {
        public SequencedBays {
            if (ids.isEmpty() || ids.size() != ratings.size()) {
                throw new IllegalArgumentException("a simulated site needs at least one bay, each with a rating");
            }
            ids = List.copyOf(ids);
            ratings = List.copyOf(ratings);
        }
    }

    /** Bay ids of the demo site: A1, A2, … */
    public static String bayId(int index) {
        return "A" + (index + 1);
    }

    public static Power rating(int index) {
        return BAY_RATINGS[index % BAY_RATINGS.length];
    }

    /**
     * Each bay's meter carries on from its last reading: its register and its serial. They are the same meters, and
     * a new serial would read as a meter swap.
     */
    public void continueFrom(Map<String, Reading> lastReadings) {
        meters.forEach(m -> Optional.ofNullable(lastReadings.get(m.bayId()))
                .ifPresent(r -> m.continueFrom(r.importRegister(), r.meterSerial())));
    }

    public List<SimulatedMeter> meters() {
        return List.copyOf(meters);
    }

    public SimulatedMeter meter(int index) {
        return meters.get(index);
    }
}
