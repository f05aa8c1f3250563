package io.chargedesk.session;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import io.chargedesk.meter.FaultKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A charging session as recorded: an immutable snapshot, taken again at every change.
 *
 * <p>Energy is always the difference of the meter's own import register between {@code startRegister}
 * (the last reading before power rose) and {@code endRegister} (the first reading after it fell, or the
 * latest reading while the session is open), never an integral of power.
 *
 * @param end when the session closed; empty while open
 * @param lastChargingAt the last moment power was above the start threshold
 * @param chargingTime time with power above the threshold
 * @param manual opened by an attendant (closed only by hand)
 * @param faults failed polls during the session, by kind
 * @param tariffVersion the tariff version chosen when the session opened, which prices it for good; empty when no
 *     tariff applied then (or for a session made outside the collector), and it is priced by the version in force
 *     at its start
 */
public record Session(
        UUID id,
        String bayId,
        String meterSerial,
        Instant start,
        Optional<Instant> end,
        Energy startRegister,
        Energy endRegister,
        Power peakPower,
        Duration chargingTime,
        Instant lastChargingAt,
        boolean manual,
        Customer customer,
        Optional<EndReason> endReason,
        List<Gap> gaps,
        List<Anomaly> anomalies,
        Map<FaultKind, Integer> faults,
        Optional<TariffVersionRef> tariffVersion) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bayId, "bayId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(lastChargingAt, "lastChargingAt");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(endReason, "endReason");
        Objects.requireNonNull(tariffVersion, "tariffVersion");
        meterSerial = meterSerial == null ? "" : meterSerial;
        if (endRegister.isBefore(startRegister)) {
            throw new IllegalArgumentException("session " + id + ": end register " + endRegister
                    + " is below start register " + startRegister);
        }
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new IllegalArgumentException("session " + id + " ends before it starts");
        }
        gaps = List.copyOf(gaps);
        anomalies = List.copyOf(anomalies);
        faults = faults.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(faults));
    }

    /** A session whose tariff version was not chosen when it opened. */
    public Session(UUID id, String bayId, String meterSerial, Instant start, Optional<Instant> end,
                   Energy startRegister, Energy endRegister, Power peakPower, Duration chargingTime,
                   Instant lastChargingAt, boolean manual, Customer customer, Optional<EndReason> endReason,
                   List<Gap> gaps, List<Anomaly> anomalies, Map<FaultKind, Integer> faults) {
        this(id, bayId, meterSerial, start, end, startRegister, endRegister, peakPower, chargingTime, lastChargingAt,
                manual, customer, endReason, gaps, anomalies, faults, Optional.empty());
    }

    /** A session in which no poll failed. */
    public Session(UUID id, String bayId, String meterSerial, Instant start, Optional<Instant> end,
                   Energy startRegister, Energy endRegister, Power peakPower, Duration chargingTime,
                   Instant lastChargingAt, boolean manual, Customer customer, Optional<EndReason> endReason,
                   List<Gap> gaps, List<Anomaly> anomalies) {
        this(id, bayId, meterSerial, start, end, startRegister, endRegister, peakPower, chargingTime, lastChargingAt,
                manual, customer, endReason, gaps, anomalies, Map.of());
    }

    public boolean isOpen() {
        return end.isEmpty();
    }

    public Energy energy() {
        return endRegister.since(startRegister);
    }

    /** Connected time: from start to end, or to {@code now} while open. */
    public Duration duration(Instant now) {
        Instant until = end.orElse(now);
        return until.isBefore(start) ? Duration.ZERO : Duration.between(start, until);
    }

    /** Time connected but not charging after charging last stopped (what idle fees are charged on). */
    public Duration idleTime(Instant now) {
        Instant until = end.orElse(now);
        return until.isAfter(lastChargingAt) ? Duration.between(lastChargingAt, until) : Duration.ZERO;
    }

    /** The same session with one more anomaly (one of each code is enough). */
    public Session withAnomaly(Anomaly anomaly) {
        if (hasAnomaly(anomaly.code())) {
            return this;
        }
        List<Anomaly> more = new ArrayList<>(anomalies);
        more.add(anomaly);
        return new Session(id, bayId, meterSerial, start, end, startRegister, endRegister, peakPower, chargingTime,
                lastChargingAt, manual, customer, endReason, gaps, more, faults, tariffVersion);
    }

    /** The same session pinned to the tariff version it is priced by. */
    public Session withTariffVersion(Optional<TariffVersionRef> version) {
        return new Session(id, bayId, meterSerial, start, end, startRegister, endRegister, peakPower, chargingTime,
                lastChargingAt, manual, customer, endReason, gaps, anomalies, faults, version);
    }

    public boolean hasAnomaly(AnomalyCode code) {
        return anomalies.stream().anyMatch(a -> a.code() == code);
    }
}
