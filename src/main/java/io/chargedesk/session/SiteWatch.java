package io.chargedesk.session;

import io.chargedesk.text.Reason;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Watches the site as a whole: its load near the grid limit, and bays that stay silent for days (a broken
 * charger nobody reported). Each episode is reported once.
 */
public final class SiteWatch {

    private static final double NEAR_LIMIT = 0.95;
    private static final double CLEARED_BELOW = 0.90;

    private final Power gridLimit;
    private final Duration silentAfter;
    private final Map<String, Instant> lastActivity;
    private final Set<String> reportedSilent = new HashSet<>();
    private boolean nearLimit;

    /** @param lastActivity per bay, when its last session started (or when watching began) */
    public SiteWatch(Power gridLimit, Duration silentAfter, Map<String, Instant> lastActivity) {
        this.gridLimit = gridLimit;
        this.silentAfter = silentAfter;
        this.lastActivity = new HashMap<>(lastActivity);
    }

    /** The site's total power now; an anomaly when it first reaches 95 % of the grid limit. */
    public Optional<SiteAnomaly> sitePower(Power total, Instant at) {
        if (gridLimit.watts() <= 0) {
            return Optional.empty();
        }
        double share = (double) total.watts() / gridLimit.watts();
        if (!nearLimit && share >= NEAR_LIMIT) {
            nearLimit = true;
            return Optional.of(new SiteAnomaly(Optional.empty(), new Anomaly(AnomalyCode.GRID_LIMIT, at,
                    gridLoad(total, gridLimit))));
        }
        if (nearLimit && share < CLEARED_BELOW) {
            nearLimit = false;
        }
        return Optional.empty();
    }

    /** "site load 92 kW is 92 % of the grid limit 100 kW", in codes. */
    public static Reason gridLoad(Power total, Power gridLimit) {
        return Reason.of(AnomalyReason.GRID_LOAD, total.shownKilowatts(),
                Math.round((double) total.watts() / gridLimit.watts() * 100), gridLimit.shownKilowatts());
    }

    /** A session started on the bay. */
    public void activity(String bayId, Instant at) {
        lastActivity.merge(bayId, at, (a, b) -> a.isAfter(b) ? a : b);
        reportedSilent.remove(bayId);
    }

    /** Bays without a session for longer than the silence limit, each reported once until it is used again. */
    public List<SiteAnomaly> silentBays(Instant now) {
        List<SiteAnomaly> found = new ArrayList<>();
        lastActivity.forEach((bay, last) -> {
            Duration silent = Duration.between(last, now);
            if (silent.compareTo(silentAfter) >= 0 && reportedSilent.add(bay)) {
                found.add(new SiteAnomaly(Optional.of(bay), new Anomaly(AnomalyCode.SILENT_BAY, now,
                        Reason.of(AnomalyReason.SILENT_BAY, silent.toDays()))));
            }
        });
        return found;
    }
}
