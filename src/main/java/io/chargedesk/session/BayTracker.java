package io.chargedesk.session;

import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.PollFailure;
import io.chargedesk.meter.PollResult;
import io.chargedesk.meter.Reading;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The session state machine of one bay (docs/design.md, Sessions), fed by poll results in time order. Pure logic: it
 * does no I/O and keeps no clock of its own, so every rule is testable with hand-made readings.
 *
 * <p>Not thread-safe: one collector thread owns each tracker.
 */
public final class BayTracker {

    private final String bayId;
    private final SessionRules rules;
    private final Optional<Power> rating;
    private final Supplier<UUID> ids;
    private final TariffChoice tariffs;

    private BayState state = BayState.OFFLINE;
    private BayState stateBeforeOffline = BayState.IDLE;
    private Reading last;
    private int consecutiveFailures;
    private PollFailure lastFailure;
    /** A break in the meter's register seen on this bay, until an attendant acknowledges it. */
    private Anomaly meterFault;
    private Pending pending;
    private OpenSession open;
    /** When the last session closed: a new one never starts before it, whatever the wall clock says. */
    private Instant lastClosedAt = Instant.MIN;

    /** A tracker whose sessions carry no tariff version: priced, if at all, by the version in force at their start. */
    public BayTracker(String bayId, SessionRules rules, Optional<Power> rating, Supplier<UUID> ids) {
        this(bayId, rules, rating, ids, TariffChoice.NONE);
    }

    /** @param tariffs the tariff version each session opened here is priced with, asked once as it opens */
    public BayTracker(String bayId, SessionRules rules, Optional<Power> rating, Supplier<UUID> ids,
                      TariffChoice tariffs) {
        this.bayId = bayId;
        this.rules = rules;
        this.rating = rating;
        this.ids = ids;
        this.tariffs = tariffs;
    }

    /**
     * A tracker that carries on after a restart: the open session as last persisted and the last
     * reading stored. The bay starts OFFLINE; the first new reading records the downtime as a gap and
     * bills any energy the register gained meanwhile.
     */
    public static BayTracker resume(String bayId, SessionRules rules, Optional<Power> rating, Supplier<UUID> ids,
                                    TariffChoice tariffs, Optional<Session> openSession, Optional<Reading> lastReading) {
        BayTracker tracker = new BayTracker(bayId, rules, rating, ids, tariffs);
        tracker.last = lastReading.orElse(null);
        openSession.filter(Session::isOpen).ifPresent(s -> tracker.open = OpenSession.of(s));
        if (tracker.last != null && tracker.open != null) {
            tracker.stateBeforeOffline = rules.openSessionState(tracker.last.power());
        }
        return tracker;
    }

    public String bayId() {
        return bayId;
    }

    public BayState state() {
        return state;
    }

    public Optional<Reading> lastReading() {
        return Optional.ofNullable(last);
    }

    public Optional<PollFailure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** A meter swap, register reset or impossible jump, whether or not a session was open; kept until acknowledged. */
    public Optional<Anomaly> meterFault() {
        return Optional.ofNullable(meterFault);
    }

    /** The attendant has seen the fault (checked the meter); the bay shows its plain state again. */
    public void acknowledgeFault() {
        meterFault = null;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Optional<Session> openSession() {
        return Optional.ofNullable(open).map(o -> o.snapshot(Optional.empty(), Optional.empty()));
    }

    public List<SessionEvent> accept(PollResult result) {
        if (!result.bayId().equals(bayId)) {
            throw new IllegalArgumentException("result for bay " + result.bayId() + " sent to bay " + bayId);
        }
        List<SessionEvent> events = new ArrayList<>();
        if (result instanceof Reading reading) {
            onReading(reading, events);
        } else {
            onFailure((PollFailure) result, events);
        }
        return events;
    }

    /** An attendant opens a session, for a named customer or not, whatever the power. */
    public List<SessionEvent> openManual(Instant now, Customer customer) {
        if (open != null) {
            throw new IllegalStateException("Bay " + bayId + " already has an open session; close it first.");
        }
        if (last == null || state == BayState.OFFLINE) {
            throw new IllegalStateException("Bay " + bayId
                    + " has no current reading from its meter; check the meter before opening a session.");
        }
        List<SessionEvent> events = new ArrayList<>();
        Instant start = later(later(now, last.at()), lastClosedAt);
        open = openAt(start, last, true, customer);
        pending = null;
        events.add(new SessionEvent.Started(open.snapshot(Optional.empty(), Optional.empty())));
        changeState(rules.openSessionState(last.power()), start, "opened by attendant", events);
        return events;
    }

    /**
     * An attendant closes the open session now; idle time runs until this moment. Refused while the car still
     * draws power: the rest of the charge would be in no session until power had held long enough to open one, on
     * a bay shown as free, for no customer. {@link #endAndContinue} is the way to end a session then.
     */
    public List<SessionEvent> closeManual(Instant now) {
        if (open == null) {
            throw new IllegalStateException("Bay " + bayId + " has no open session to close.");
        }
        if (drawingPower()) {
            throw new IllegalStateException("Bay " + bayId + " is still drawing " + last.power().format()
                    + ": stop the session again to end it here and start a new one for the rest of the charge.");
        }
        List<SessionEvent> events = new ArrayList<>();
        close(later(now, open.start), EndReason.MANUAL, events);
        return events;
    }

    /**
     * An attendant ends the open session at the latest reading and the charge goes on, without a break, in a new
     * session for {@code customer}: the new one starts on the register and at the instant the old one ends, in one
     * step, so no reading falls between them and no energy is in neither. The new session follows the same rules
     * as the one it continues (closed by hand, or by the end timeout).
     */
    public List<SessionEvent> endAndContinue(Customer customer) {
        if (open == null) {
            throw new IllegalStateException("Bay " + bayId + " has no open session to end.");
        }
        if (state == BayState.OFFLINE) {
            throw new IllegalStateException("Bay " + bayId + " has no current reading from its meter, so there is no "
                    + "register to end the session at; check the meter, or stop the session.");
        }
        List<SessionEvent> events = new ArrayList<>();
        Instant at = later(last.at(), open.start);
        boolean manual = open.manual;
        // Both sessions share the latest reading: the one ending bills up to it, the new one from it.
        open.endRegister = last.importRegister();
        end(at, EndReason.MANUAL, events);
        open = openAt(at, last, manual, customer);
        if (state == BayState.CHARGING) {
            open.peak = last.power();
        }
        events.add(new SessionEvent.Started(open.snapshot(Optional.empty(), Optional.empty())));
        return events;
    }

    /** Whether the meter answers and its latest power is at or above the start threshold. */
    private boolean drawingPower() {
        return state != BayState.OFFLINE && last != null && rules.isCharging(last.power());
    }

    private OpenSession openAt(Instant start, Reading from, boolean manual, Customer customer) {
        return new OpenSession(ids.get(), bayId, from.meterSerial(), start, from.importRegister(), manual, customer,
                tariffs.forSessionStartingAt(start));
    }

    /** Names or annotates the customer of the open session. */
    public List<SessionEvent> setCustomer(Customer customer) {
        if (open == null) {
            throw new IllegalStateException("Bay " + bayId + " has no open session to annotate.");
        }
        open.customer = customer;
        return List.of(new SessionEvent.Updated(open.snapshot(Optional.empty(), Optional.empty())));
    }

    private void onReading(Reading raw, List<SessionEvent> events) {
        // A wall clock stepped backwards must not make durations negative: time only moves forward here.
        Instant floor = last == null ? lastClosedAt : later(last.at(), lastClosedAt);
        Reading r = raw.at().isBefore(floor)
                ? new Reading(raw.bayId(), floor, raw.importRegister(), raw.power(), raw.meterSerial())
                : raw;
        Reading prev = last;
        boolean wasOffline = state == BayState.OFFLINE;
        consecutiveFailures = 0;
        last = r;

        Optional<Break> broken = prev == null ? Optional.empty() : discontinuity(prev, r);
        if (broken.isPresent()) {
            meterFault = new Anomaly(broken.get().code(), r.at(), broken.get().why());
            // Nothing before this reading belongs with it: an open session ends, a rise in progress is void.
            if (open != null) {
                abort(broken.get(), prev, r, events);
            }
            pending = null;
            prev = null;
        }
        BayState prevState = wasOffline ? stateBeforeOffline : state;
        if (open != null && wasOffline && prev != null) {
            open.gaps.add(new Gap(prev.at(), r.at()));
            Energy gained = r.importRegister().since(prev.importRegister());
            if (gained.compareTo(rules.startThreshold().over(Duration.between(prev.at(), r.at()))) > 0) {
                // Energy flowed while we could not see: the car charged through the gap.
                open.lastChargingAt = r.at();
                open.endRegister = r.importRegister();
                prevState = BayState.CHARGING;
            }
        }

        boolean above = rules.isCharging(r.power());
        if (open == null) {
            trackStart(r, prev, above, events);
            return;
        }
        if (above) {
            if (prevState == BayState.CHARGING && !wasOffline && prev != null) {
                open.chargingTime = open.chargingTime.plus(Duration.between(prev.at(), r.at()));
            }
            open.endRegister = r.importRegister();
            open.lastChargingAt = r.at();
            open.peak = open.peak.max(r.power());
            changeState(BayState.CHARGING, r.at(), "power " + r.power().format(), events);
        } else {
            // The first reading after power fell ends the billed energy; a manual session bills to the last reading.
            if (open.manual || prevState != BayState.PAUSED) {
                open.endRegister = r.importRegister();
            }
            changeState(BayState.PAUSED, r.at(), "power " + r.power().format() + " below "
                    + rules.startThreshold().format(), events);
        }
        flagOverpower(r);
        events.add(new SessionEvent.Updated(open.snapshot(Optional.empty(), Optional.empty())));
        if (!open.manual && state == BayState.PAUSED
                && Duration.between(open.lastChargingAt, r.at()).compareTo(rules.endTimeout()) >= 0) {
            close(open.lastChargingAt, EndReason.TIMEOUT, events);
        }
    }

    private void trackStart(Reading r, Reading prev, boolean above, List<SessionEvent> events) {
        if (!above) {
            pending = null;
            changeState(BayState.IDLE, r.at(), "power " + r.power().format(), events);
            return;
        }
        if (pending == null) {
            // The last reading before power rose is the start register: the ramp between two polls is billed.
            Energy startRegister = prev != null ? prev.importRegister() : r.importRegister();
            pending = new Pending(r.at(), startRegister, r.power());
        } else {
            pending = new Pending(pending.riseAt, pending.startRegister, pending.peak.max(r.power()));
        }
        if (Duration.between(pending.riseAt, r.at()).compareTo(rules.startHold()) < 0) {
            changeState(BayState.IDLE, r.at(), "power rising", events);
            return;
        }
        open = new OpenSession(ids.get(), bayId, r.meterSerial(), pending.riseAt, pending.startRegister, false,
                Customer.NONE, tariffs.forSessionStartingAt(pending.riseAt));
        open.endRegister = r.importRegister();
        open.peak = pending.peak;
        open.chargingTime = Duration.between(pending.riseAt, r.at());
        open.lastChargingAt = r.at();
        pending = null;
        flagOverpower(r);
        events.add(new SessionEvent.Started(open.snapshot(Optional.empty(), Optional.empty())));
        changeState(BayState.CHARGING, r.at(), "power " + r.power().format(), events);
    }

    /** Why {@code r} cannot continue from {@code prev} on the same meter, if it cannot. */
    private Optional<Break> discontinuity(Reading prev, Reading r) {
        if (!prev.meterSerial().isEmpty() && !r.meterSerial().isEmpty()
                && !prev.meterSerial().equals(r.meterSerial())) {
            return Optional.of(new Break(AnomalyCode.METER_CHANGED, EndReason.METER_CHANGED,
                    Reason.of(AnomalyReason.METER_CHANGED, prev.meterSerial(), r.meterSerial())));
        }
        if (r.importRegister().isBefore(prev.importRegister())) {
            return Optional.of(new Break(AnomalyCode.REGISTER_RESET, EndReason.REGISTER_RESET,
                    Reason.of(AnomalyReason.REGISTER_BACK, prev.importRegister().kilowattHours(),
                            r.importRegister().kilowattHours())));
        }
        if (rating.isPresent()) {
            Duration elapsed = Duration.between(prev.at(), r.at());
            Energy possible = RegisterPlausibility.mostPossible(rating.get(), elapsed);
            Energy gained = r.importRegister().since(prev.importRegister());
            if (gained.compareTo(possible) > 0) {
                return Optional.of(new Break(AnomalyCode.ENERGY_IMPLAUSIBLE, EndReason.IMPLAUSIBLE_ENERGY,
                        Reason.of(AnomalyReason.ENERGY_JUMP, gained.kilowattHours(), elapsed.toSeconds(),
                                rating.get().shownKilowatts(), possible.kilowattHours())));
            }
        }
        return Optional.empty();
    }

    private record Break(AnomalyCode code, EndReason reason, Reason why) {}

    private void abort(Break broken, Reading prev, Reading r, List<SessionEvent> events) {
        open.anomalies.add(new Anomaly(broken.code(), r.at(), broken.why()));
        Instant end = open.manual ? prev.at() : open.lastChargingAt;
        close(later(end, open.start), broken.reason(), events);
    }

    private void flagOverpower(Reading r) {
        if (rating.isEmpty() || open.hasAnomaly(AnomalyCode.OVERPOWER)) {
            return;
        }
        Power limit = RegisterPlausibility.overpowerLimit(rating.get());
        if (r.power().compareTo(limit) > 0) {
            open.anomalies.add(new Anomaly(AnomalyCode.OVERPOWER, r.at(),
                    Reason.of(AnomalyReason.OVERPOWER, r.power().shownKilowatts(), rating.get().shownKilowatts())));
        }
    }

    private void onFailure(PollFailure failure, List<SessionEvent> events) {
        consecutiveFailures++;
        lastFailure = failure;
        pending = null;
        if (open != null) {
            open.faults.merge(failure.kind(), 1, Integer::sum);
        }
        if (consecutiveFailures < rules.offlineAfterFailures() || state == BayState.OFFLINE) {
            return;
        }
        goOffline(failure, events);
    }

    /**
     * No meter on this bay's bus answers any more: its failed poll is no glitch of its own meter, so the bay counts
     * offline at once rather than after {@link SessionRules#offlineAfterFailures()} polls, which on a dead bus take
     * a whole cycle of timeouts each. Changes nothing unless its last poll failed.
     */
    public List<SessionEvent> busSilent() {
        List<SessionEvent> events = new ArrayList<>();
        if (consecutiveFailures > 0 && state != BayState.OFFLINE) {
            goOffline(lastFailure, events);
        }
        return events;
    }

    private void goOffline(PollFailure failure, List<SessionEvent> events) {
        stateBeforeOffline = state;
        Reason reason = failure.reason();
        changeState(BayState.OFFLINE, failure.at(), reason.toString(), events);
        if (open != null) {
            if (!open.hasAnomaly(AnomalyCode.METER_OFFLINE)) {
                open.anomalies.add(new Anomaly(AnomalyCode.METER_OFFLINE, failure.at(), reason));
            }
            events.add(new SessionEvent.Updated(open.snapshot(Optional.empty(), Optional.empty())));
        }
    }

    private void close(Instant end, EndReason reason, List<SessionEvent> events) {
        end(end, reason, events);
        if (state != BayState.OFFLINE) {
            changeState(BayState.IDLE, end, "session closed: " + reason.name().toLowerCase(), events);
        } else {
            stateBeforeOffline = BayState.IDLE;
        }
    }

    /** Ends the open session, leaving the bay's state to the caller. */
    private void end(Instant end, EndReason reason, List<SessionEvent> events) {
        Session closed = open.snapshot(Optional.of(end), Optional.of(reason));
        open = null;
        lastClosedAt = later(lastClosedAt, end);
        events.add(new SessionEvent.Ended(closed));
    }

    private void changeState(BayState to, Instant at, String reason, List<SessionEvent> events) {
        if (to != state) {
            events.add(new SessionEvent.StateChanged(bayId, state, to, at, reason));
            state = to;
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private record Pending(Instant riseAt, Energy startRegister, Power peak) {}

    /** The mutable state of the session being recorded; {@link #snapshot} makes the immutable view. */
    private static final class OpenSession {
        final UUID id;
        final String bayId;
        final String meterSerial;
        final Instant start;
        final Energy startRegister;
        final boolean manual;
        final Optional<TariffVersionRef> tariffVersion;
        final List<Gap> gaps = new ArrayList<>();
        final List<Anomaly> anomalies = new ArrayList<>();
        final Map<FaultKind, Integer> faults = new EnumMap<>(FaultKind.class);
        Energy endRegister;
        Power peak = Power.ZERO;
        Duration chargingTime = Duration.ZERO;
        Instant lastChargingAt;
        Customer customer;

        OpenSession(UUID id, String bayId, String meterSerial, Instant start, Energy startRegister, boolean manual,
                    Customer customer, Optional<TariffVersionRef> tariffVersion) {
            this.id = id;
            this.bayId = bayId;
            this.meterSerial = meterSerial;
            this.start = start;
            this.startRegister = startRegister;
            this.endRegister = startRegister;
            this.manual = manual;
            this.customer = customer;
            this.tariffVersion = tariffVersion;
            this.lastChargingAt = start;
        }

        static OpenSession of(Session s) {
            OpenSession o = new OpenSession(s.id(), s.bayId(), s.meterSerial(), s.start(), s.startRegister(),
                    s.manual(), s.customer(), s.tariffVersion());
            o.endRegister = s.endRegister();
            o.peak = s.peakPower();
            o.chargingTime = s.chargingTime();
            o.lastChargingAt = s.lastChargingAt();
            o.gaps.addAll(s.gaps());
            o.anomalies.addAll(s.anomalies());
            o.faults.putAll(s.faults());
            return o;
        }

        boolean hasAnomaly(AnomalyCode code) {
            return anomalies.stream().anyMatch(a -> a.code() == code);
        }

        Session snapshot(Optional<Instant> end, Optional<EndReason> reason) {
            return new Session(id, bayId, meterSerial, start, end, startRegister, endRegister, peak, chargingTime,
                    lastChargingAt, manual, customer, reason, gaps, anomalies, faults, tariffVersion);
        }
    }
}
