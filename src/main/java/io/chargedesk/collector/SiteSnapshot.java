package io.chargedesk.collector;

import io.chargedesk.units.Power;
import java.time.Instant;
import io.chargedesk.text.Reason;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole site at one moment.
 *
 * @param sessionsChanged counts sessions started and ended so far; a view reloads its list when it moves
 * @param storeProblem what is wrong with recording right now: the database failing (what it has not taken is kept on
 *     disk until it recovers), rows it refused (kept aside), the files for them nearly full
 * @param silentBuses the buses on which no meter answers ({@link io.chargedesk.meter.BusSilence}), by id, with why
 */
public record SiteSnapshot(Instant at, List<BaySnapshot> bays, long sessionsChanged, Optional<String> storeProblem,
                           Map<String, Reason> silentBuses) {

    public SiteSnapshot {
        silentBuses = Map.copyOf(silentBuses);
    }

    /** The site as a console sees it that does not poll the buses itself: no bus known silent. */
    public SiteSnapshot(Instant at, List<BaySnapshot> bays, long sessionsChanged, Optional<String> storeProblem) {
        this(at, bays, sessionsChanged, storeProblem, Map.of());
    }

    public Power totalPower() {
        return Power.ofWatts(bays.stream()
                .flatMap(b -> b.lastReading().stream())
                .mapToLong(r -> Math.max(0, r.power().watts()))
                .sum());
    }
}
