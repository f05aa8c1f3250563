package io.chargedesk.collector;

import io.chargedesk.alert.AlertChange;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.BayState;
import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.session.SiteWatch;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Power;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which alerts the site's snapshots raise and clear (docs/design.md, Alerts). An alert is raised once, when its
 * condition starts, and cleared when it ends; a snapshot in between changes nothing. Pure: no clock, no I/O, one
 * thread at a time.
 *
 * <p>The grid limit has a margin both ways, so a load hovering at a threshold does not raise an alert every second:
 * the warning is raised at {@link #WARNING_SHARE} of the limit and cleared below {@link #WARNING_CLEARED_BELOW}; the
 * alarm is raised above the limit and cleared at or below {@link #ALARM_CLEARED_AT}.
 */
public final class AlertRules {

    public static final double WARNING_SHARE = 0.90;
    static final double WARNING_CLEARED_BELOW = 0.85;
    static final double ALARM_CLEARED_AT = 0.95;

    private final Power gridLimit;
    /** Raised and not cleared yet. */
    private final Set<AlertKey> open = new HashSet<>();
    /** Bays the collector reported silent, until a session starts on them. */
    private final Map<String, Reason> silent = new LinkedHashMap<>();

    /**
     * @param openAlready the alerts stored as not cleared (by an earlier run): raised again only if they had ended,
     *     cleared at the first snapshot where their condition does not hold
     */
    public AlertRules(Power gridLimit, Collection<AlertKey> openAlready) {
        this.gridLimit = gridLimit;
        open.addAll(openAlready);
        openAlready.stream().filter(k -> k.kind() == AlertKind.SILENT_BAY)
                .forEach(k -> silent.put(k.bayId().orElseThrow(), Reason.of(BayReason.SILENT_FOR_DAYS)));
    }

    /** A site anomaly the collector found; a silent bay holds until a session starts on it. */
    public void reported(SiteAnomaly anomaly) {
        if (anomaly.anomaly().code() == AnomalyCode.SILENT_BAY && anomaly.bayId().isPresent()) {
            silent.put(anomaly.bayId().get(), anomaly.anomaly().reason());
        }
    }

    /** The alerts raised and cleared by {@code snapshot} since the last one. */
    public List<AlertChange> evaluate(SiteSnapshot snapshot) {
        Map<AlertKey, List<Reason>> holding = holding(snapshot);
        List<AlertChange> changes = new ArrayList<>();
        holding.forEach((key, reasons) -> {
            if (open.add(key)) {
                changes.add(new AlertChange.Raised(key, snapshot.at(), reasons));
            }
        });
        for (AlertKey key : List.copyOf(open)) {
            if (!holding.containsKey(key)) {
                open.remove(key);
                changes.add(new AlertChange.Cleared(key, snapshot.at()));
            }
        }
        return changes;
    }

    /** Every condition that holds in {@code snapshot}, with why. */
    private Map<AlertKey, List<Reason>> holding(SiteSnapshot snapshot) {
        Map<AlertKey, List<Reason>> holding = new LinkedHashMap<>();
        for (BaySnapshot bay : snapshot.bays()) {
            String id = bay.bay().id();
            // Offline before its first reading is a bay starting up, not a meter that stopped answering.
            AlertKey offline = AlertKey.bay(AlertKind.METER_OFFLINE, id);
            if (bay.state() == BayState.OFFLINE && (bay.lastFailure().isPresent() || bay.offlineReason().isPresent())
                    && !coveredByItsBus(offline, bay, snapshot)) {
                holding.put(offline, bay.fault().stream().toList());
            }
            if (bay.faulty()) {
                holding.put(AlertKey.bay(AlertKind.METER_FAULT, id), List.of(bay.meterFault().orElseThrow().reason()));
            }
            List<Reason> anomalies = bay.openSession().stream().flatMap(s -> s.anomalies().stream())
                    .filter(a -> a.code() != AnomalyCode.METER_OFFLINE).map(Anomaly::reason).distinct().toList();
            if (!anomalies.isEmpty()) {
                holding.put(AlertKey.bay(AlertKind.SESSION_ANOMALY, id), anomalies);
            }
            if (bay.openSession().isPresent()) {
                silent.remove(id);
            }
        }
        silent.forEach((bay, reason) -> holding.put(AlertKey.bay(AlertKind.SILENT_BAY, bay), List.of(reason)));
        gridLoad(snapshot.totalPower(), holding);
        snapshot.silentBuses().forEach((bus, why) -> holding.put(AlertKey.bus(AlertKind.BUS_SILENT, bus), List.of(why)));
        snapshot.storeProblem().ifPresent(p -> holding.put(AlertKey.site(AlertKind.RECORDING_FAILING),
                List.of(Reason.of(BayReason.RECORDING_FAILING, Reason.said(p)))));
        return holding;
    }

    /**
     * A silent bus is one alert, not one more per meter on it for the attendant to acknowledge: its bays raise none of
     * their own while it lasts. One raised before the bus fell silent stays until its meter answers.
     */
    private boolean coveredByItsBus(AlertKey offline, BaySnapshot bay, SiteSnapshot snapshot) {
        return snapshot.silentBuses().containsKey(bay.bay().busId()) && !open.contains(offline);
    }

    private void gridLoad(Power total, Map<AlertKey, List<Reason>> holding) {
        if (gridLimit.watts() <= 0) {
            return;
        }
        double share = (double) total.watts() / gridLimit.watts();
        List<Reason> reason = List.of(SiteWatch.gridLoad(total, gridLimit));
        AlertKey warning = AlertKey.site(AlertKind.GRID_NEAR_LIMIT);
        if (share >= (open.contains(warning) ? WARNING_CLEARED_BELOW : WARNING_SHARE)) {
            holding.put(warning, reason);
        }
        AlertKey alarm = AlertKey.site(AlertKind.GRID_OVER_LIMIT);
        if (open.contains(alarm) ? share > ALARM_CLEARED_AT : share > 1) {
            holding.put(alarm, reason);
        }
    }
}
