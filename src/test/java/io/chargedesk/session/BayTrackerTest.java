package io.chargedesk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.PollFailure;
import io.chargedesk.meter.Reading;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BayTrackerTest {

    private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");
    private static final SessionRules RULES =
            new SessionRules(Power.ofWatts(100), Duration.ofSeconds(5), Duration.ofMinutes(10), 3);

    private final BayTracker tracker = new BayTracker("A1", RULES, Optional.of(Power.ofWatts(11_000)),
            UUID::randomUUID);
    private final List<SessionEvent> events = new ArrayList<>();

    private void read(long second, long wh, long watts) {
        read(second, wh, watts, "1234");
    }

    private void read(long second, long wh, long watts, String serial) {
        events.addAll(tracker.accept(new Reading("A1", T0.plusSeconds(second), Energy.ofWattHours(wh),
                Power.ofWatts(watts), serial)));
    }

    private void fail(long second) {
        events.addAll(tracker.accept(new PollFailure("A1", T0.plusSeconds(second), FaultKind.TIMEOUT, "")));
    }

    /** Charging from 1 s (the session opens at 10 s), then three polls fail: the bay is OFFLINE at 13 s. */
    private void chargeThenLoseTheMeter() {
        chargeThenFailOnce();
        fail(12);
        fail(13);
    }

    /** Charging from 1 s (the session opens at 10 s), then the poll at 11 s fails. */
    private void chargeThenFailOnce() {
        read(0, 1000, 0);
        read(1, 1001, 7000);
        read(10, 1020, 7000);
        fail(11);
    }

    private List<Session> ended() {
        return events.stream().filter(e -> e instanceof SessionEvent.Ended).map(e -> ((SessionEvent.Ended) e).session())
                .toList();
    }

    private List<Session> started() {
        return events.stream().filter(e -> e instanceof SessionEvent.Started)
                .map(e -> ((SessionEvent.Started) e).session()).toList();
    }

    @Test
    void startsWhenPowerHoldsAboveThresholdAndBillsFromTheLastReadingBeforeTheRise() {
        read(0, 1000, 0);
        read(1, 1000, 0);
        read(2, 1001, 7000);
        read(4, 1005, 7000);
        assertThat(started()).isEmpty();
        assertThat(tracker.state()).isEqualTo(BayState.IDLE);
        read(7, 1011, 7000);
        assertThat(started()).hasSize(1);
        Session s = started().get(0);
        assertThat(s.start()).isEqualTo(T0.plusSeconds(2));
        assertThat(s.startRegister()).isEqualTo(Energy.ofWattHours(1000));
        assertThat(s.energy()).isEqualTo(Energy.ofWattHours(11));
        assertThat(tracker.state()).isEqualTo(BayState.CHARGING);
    }

    @Test
    void aBlipShorterThanTheStartHoldOpensNoSession() {
        read(0, 1000, 0);
        read(1, 1001, 3000);
        read(3, 1002, 3000);
        read(4, 1002, 20);
        read(30, 1002, 20);
        assertThat(started()).isEmpty();
        assertThat(tracker.openSession()).isEmpty();
    }

    @Test
    void pauseShorterThanTheEndTimeoutKeepsTheSessionOpen() {
        read(0, 1000, 0);
        read(1, 1001, 7000);
        read(10, 1020, 7000);
        read(11, 1022, 50);
        assertThat(tracker.state()).isEqualTo(BayState.PAUSED);
        read(300, 1022, 50);
        read(301, 1024, 7000);
        assertThat(tracker.state()).isEqualTo(BayState.CHARGING);
        assertThat(ended()).isEmpty();
        assertThat(tracker.openSession().orElseThrow().energy()).isEqualTo(Energy.ofWattHours(24));
    }

    @Test
    void endTimeoutClosesAtTheLastMomentPowerWasAboveWithTheFirstReadingAfterTheFall() {
        read(0, 1000, 0);
        read(1, 1001, 7000);
        read(100, 1200, 7000);
        read(101, 1201, 30);
        read(400, 1202, 30);
        assertThat(ended()).isEmpty();
        read(701, 1203, 30);
        assertThat(ended()).hasSize(1);
        Session s = ended().get(0);
        assertThat(s.end()).contains(T0.plusSeconds(100));
        assertThat(s.endRegister()).isEqualTo(Energy.ofWattHours(1201));
        assertThat(s.energy()).isEqualTo(Energy.ofWattHours(201));
        assertThat(s.endReason()).contains(EndReason.TIMEOUT);
        assertThat(s.chargingTime()).isEqualTo(Duration.ofSeconds(99));
        assertThat(s.idleTime(T0.plusSeconds(9999))).isZero();
        assertThat(tracker.state()).isEqualTo(BayState.IDLE);
    }

    @Test
    void perBaySessionRulesApply() {
        BayTracker shortTimeout = new BayTracker("A1", RULES.withEndTimeout(Duration.ofSeconds(60)), Optional.empty(),
                UUID::randomUUID);
        List<SessionEvent> ev = new ArrayList<>();
        ev.addAll(shortTimeout.accept(new Reading("A1", T0, Energy.ofWattHours(0), Power.ZERO)));
        ev.addAll(shortTimeout.accept(new Reading("A1", T0.plusSeconds(1), Energy.ofWattHours(1), Power.ofWatts(500))));
        ev.addAll(shortTimeout.accept(new Reading("A1", T0.plusSeconds(10), Energy.ofWattHours(2), Power.ofWatts(500))));
        ev.addAll(shortTimeout.accept(new Reading("A1", T0.plusSeconds(11), Energy.ofWattHours(2), Power.ZERO)));
        ev.addAll(shortTimeout.accept(new Reading("A1", T0.plusSeconds(70), Energy.ofWattHours(2), Power.ZERO)));
        assertThat(ev).anyMatch(e -> e instanceof SessionEvent.Ended);
    }

    @Test
    void attendantOpensForACustomerAndClosesByHandWithIdleTime() {
        read(0, 5000, 0);
        events.addAll(tracker.openManual(T0.plusSeconds(10), new Customer("Ada", "HH-AB 123", "")));
        assertThat(started()).hasSize(1);
        assertThat(started().get(0).customer().name()).isEqualTo("Ada");
        read(20, 5000, 7000);
        read(620, 6000, 7000);
        read(621, 6001, 0);
        read(2000, 6001, 0);
        assertThat(ended()).as("a manual session is never closed by the timeout").isEmpty();
        events.addAll(tracker.closeManual(T0.plusSeconds(2400)));
        Session s = ended().get(0);
        assertThat(s.energy()).isEqualTo(Energy.ofWattHours(1001));
        assertThat(s.endReason()).contains(EndReason.MANUAL);
        assertThat(s.idleTime(T0.plusSeconds(99999))).isEqualTo(Duration.ofSeconds(2400 - 620));
        assertThatThrownBy(() -> tracker.closeManual(T0.plusSeconds(2500))).hasMessageContaining("no open session");
    }

    @Test
    void openingASecondSessionOnABayIsRefused() {
        read(0, 5000, 0);
        tracker.openManual(T0, Customer.NONE);
        assertThatThrownBy(() -> tracker.openManual(T0, Customer.NONE)).hasMessageContaining("already has an open");
    }

    @Test
    void aGapIsRecordedAndTheEnergyStillComesFromTheRegister() {
        chargeThenLoseTheMeter();
        assertThat(tracker.state()).isEqualTo(BayState.OFFLINE);
        read(1000, 2900, 7000);
        Session s = tracker.openSession().orElseThrow();
        assertThat(s.gaps()).containsExactly(new io.chargedesk.session.Gap(T0.plusSeconds(10), T0.plusSeconds(1000)));
        assertThat(s.hasAnomaly(AnomalyCode.METER_OFFLINE)).isTrue();
        assertThat(s.faults()).containsExactly(java.util.Map.entry(FaultKind.TIMEOUT, 3));
        assertThat(s.energy()).isEqualTo(Energy.ofWattHours(1900));
        assertThat(s.chargingTime()).as("charging time never counts what we could not see")
                .isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void aRegisterThatGoesBackwardsEndsTheSessionWithAnAnomalyAndNoNegativeEnergy() {
        read(0, 1000, 0);
        read(1, 1001, 7000);
        read(10, 1020, 7000);
        read(11, 3, 7000);
        Session s = ended().get(0);
        assertThat(s.hasAnomaly(AnomalyCode.REGISTER_RESET)).isTrue();
        assertThat(s.energy()).isEqualTo(Energy.ofWattHours(20));
        assertThat(s.endReason()).contains(EndReason.REGISTER_RESET);
        read(20, 20, 7000);
        assertThat(started()).hasSize(2);
        assertThat(started().get(1).startRegister()).as("the new meter's register, never the old one")
                .isEqualTo(Energy.ofWattHours(3));
    }

    @Test
    void aMeterSwappedWhileIdleNeverLendsItsOldRegisterToTheNextSession() {
        read(0, 5_000_000, 0, "1111");
        read(1, 10, 7000, "2222");
        read(10, 30, 7000, "2222");
        assertThat(started()).singleElement().satisfies(s ->
                assertThat(s.startRegister()).isEqualTo(Energy.ofWattHours(10)));
    }

    @Test
    void aMeterFaultStaysOnTheBayUntilAcknowledgedEvenWithoutASession() {
        read(0, 5_000_000, 0, "1111");
        assertThat(tracker.meterFault()).isEmpty();
        read(1, 10, 0, "2222");
        assertThat(tracker.meterFault()).hasValueSatisfying(f -> {
            assertThat(f.code()).isEqualTo(AnomalyCode.METER_CHANGED);
            assertThat(f.reason()).isEqualTo(Reason.of(AnomalyReason.METER_CHANGED, "1111", "2222"));
        });
        read(2, 11, 0, "2222");
        assertThat(tracker.meterFault()).as("normal readings do not clear it").isPresent();
        tracker.acknowledgeFault();
        assertThat(tracker.meterFault()).isEmpty();
    }

    @Test
    void aSessionNeverStartsBeforeTheLastOneEndedEvenWhenTheClockStepsBack() {
        read(10, 1000, 0);
        events.addAll(tracker.openManual(T0.plusSeconds(20), Customer.NONE));
        events.addAll(tracker.closeManual(T0.plusSeconds(30)));
        read(5, 1001, 7000);
        read(40, 1100, 7000);
        assertThat(started()).hasSize(2);
        assertThat(started().get(1).start()).isAfterOrEqualTo(ended().get(0).end().orElseThrow());
    }

    @Test
    void anImplausibleJumpEndsTheSession() {
        read(0, 1000, 0);
        read(1, 1001, 7000);
        read(10, 1020, 7000);
        read(11, 500_000, 7000);
        Session s = ended().get(0);
        assertThat(s.hasAnomaly(AnomalyCode.ENERGY_IMPLAUSIBLE)).isTrue();
        assertThat(s.energy()).isEqualTo(Energy.ofWattHours(20));
    }

    @Test
    void aNewMeterSerialEndsTheSession() {
        read(0, 1000, 0, "1111");
        read(1, 1001, 7000, "1111");
        read(10, 1020, 7000, "1111");
        read(11, 1025, 7000, "2222");
        assertThat(ended()).singleElement().satisfies(s -> {
            assertThat(s.hasAnomaly(AnomalyCode.METER_CHANGED)).isTrue();
            assertThat(s.meterSerial()).isEqualTo("1111");
        });
    }

    @Test
    void powerAboveTheBayRatingIsFlaggedOnce() {
        read(0, 1000, 0);
        read(1, 1001, 7000);
        read(10, 1030, 14_000);
        read(11, 1035, 14_000);
        Session s = tracker.openSession().orElseThrow();
        assertThat(s.anomalies()).filteredOn(a -> a.code() == AnomalyCode.OVERPOWER).hasSize(1);
    }

    @Test
    void aClockSteppingBackwardsNeverMakesDurationsNegative() {
        read(100, 1000, 0);
        read(101, 1001, 7000);
        read(110, 1020, 7000);
        read(50, 1025, 7000);
        Session s = tracker.openSession().orElseThrow();
        assertThat(s.chargingTime()).isEqualTo(Duration.ofSeconds(9));
        assertThat(s.duration(T0.plusSeconds(110))).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void stoppingWhilePowerFlowsIsRefusedSoTheRestOfTheChargeIsNeverInNoSession() {
        read(0, 1000, 0);
        read(1, 1001, 11_000);
        read(10, 1030, 11_000);
        assertThatThrownBy(() -> tracker.closeManual(T0.plusSeconds(11)))
                .hasMessage("Bay A1 is still drawing 11.00 kW: stop the session again to end it here and start a new "
                        + "one for the rest of the charge.");
        assertThat(tracker.openSession()).isPresent();
        assertThat(tracker.state()).isEqualTo(BayState.CHARGING);
        read(20, 1040, 50);
        events.addAll(tracker.closeManual(T0.plusSeconds(21)));
        assertThat(ended()).as("below the start threshold a stop is a stop, as always").hasSize(1);
        assertThat(tracker.state()).isEqualTo(BayState.IDLE);
    }

    @Test
    void endingHereAndContinuingSplitsTheChargeOnOneRegisterWithNoGap() {
        read(0, 1000, 0);
        events.addAll(tracker.openManual(T0.plusSeconds(1), new Customer("Ada", "HH-AB 123", "")));
        read(10, 1020, 11_000);
        read(20, 1050, 11_000);
        int beforeTheSplit = events.size();
        events.addAll(tracker.endAndContinue(new Customer("Bo", "B-XY 9", "")));
        read(30, 1080, 11_000);
        read(40, 1110, 11_000);

        Session first = ended().get(0);
        Session second = tracker.openSession().orElseThrow();
        assertThat(first.customer().name()).isEqualTo("Ada");
        assertThat(first.endReason()).contains(EndReason.MANUAL);
        assertThat(second.customer().name()).isEqualTo("Bo");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(first.endRegister()).isEqualTo(Energy.ofWattHours(1050));
        assertThat(second.startRegister()).as("no gap: one register ends the first and starts the second")
                .isEqualTo(first.endRegister());
        assertThat(second.start()).isEqualTo(first.end().orElseThrow()).isEqualTo(T0.plusSeconds(20));
        assertThat(first.energy().plus(second.energy())).as("energy conserved: the register difference")
                .isEqualTo(Energy.ofWattHours(1110 - 1000));
        assertThat(first.chargingTime().plus(second.chargingTime())).isEqualTo(Duration.ofSeconds(30));
        assertThat(second.manual()).as("continues by the rules of the session it continues").isTrue();
        assertThat(tracker.state()).isEqualTo(BayState.CHARGING);
        assertThat(events.subList(beforeTheSplit, events.size())).as("the bay never looks free in between")
                .noneMatch(e -> e instanceof SessionEvent.StateChanged c && c.to() == BayState.IDLE);
    }

    @Test
    void aDetectedChargeContinuesForTheSameCustomerAndStillEndsByTheTimeout() {
        read(0, 1000, 0);
        read(1, 1001, 7000);
        read(10, 1020, 7000);
        Customer ada = new Customer("Ada", "", "paid at the desk");
        events.addAll(tracker.setCustomer(ada));
        events.addAll(tracker.endAndContinue(ada));
        read(100, 1200, 7000);
        read(101, 1201, 30);
        read(701, 1201, 30);

        assertThat(ended()).hasSize(2);
        Session first = ended().get(0);
        Session second = ended().get(1);
        assertThat(second.customer()).isEqualTo(ada);
        assertThat(second.manual()).isFalse();
        assertThat(second.startRegister()).isEqualTo(first.endRegister()).isEqualTo(Energy.ofWattHours(1020));
        assertThat(second.endReason()).contains(EndReason.TIMEOUT);
        assertThat(first.energy().plus(second.energy())).isEqualTo(Energy.ofWattHours(1201 - 1000));
    }

    @Test
    void endingHereNeedsAReadingToEndAt() {
        chargeThenLoseTheMeter();
        assertThatThrownBy(() -> tracker.endAndContinue(Customer.NONE)).hasMessageContaining("no current reading");
        events.addAll(tracker.closeManual(T0.plusSeconds(14)));
        assertThat(ended()).as("an offline bay is stopped as before: whether power flows, nobody knows").hasSize(1);
    }

    @Test
    void everySessionKeepsTheTariffVersionChosenAsItOpened() {
        List<Instant> asked = new ArrayList<>();
        BayTracker priced = new BayTracker("A1", RULES, Optional.empty(), UUID::randomUUID, start -> {
            asked.add(start);
            return Optional.of(new TariffVersionRef("standard", start.minusSeconds(3600)));
        });
        List<SessionEvent> ev = new ArrayList<>();
        ev.addAll(priced.accept(new Reading("A1", T0, Energy.ofWattHours(0), Power.ZERO)));
        ev.addAll(priced.accept(new Reading("A1", T0.plusSeconds(1), Energy.ofWattHours(1), Power.ofWatts(500))));
        ev.addAll(priced.accept(new Reading("A1", T0.plusSeconds(10), Energy.ofWattHours(2), Power.ofWatts(500))));
        ev.addAll(priced.endAndContinue(Customer.NONE));
        ev.addAll(priced.accept(new Reading("A1", T0.plusSeconds(20), Energy.ofWattHours(3), Power.ofWatts(500))));

        assertThat(asked).containsExactly(T0.plusSeconds(1), T0.plusSeconds(10));
        assertThat(ev.stream().flatMap(e -> SessionEvent.carried(e).stream()))
                .allMatch(s -> s.tariffVersion().orElseThrow().effectiveFrom().equals(s.start().minusSeconds(3600)));
        assertThat(priced.openSession().orElseThrow().tariffVersion())
                .contains(new TariffVersionRef("standard", T0.plusSeconds(10).minusSeconds(3600)));
    }

    @Test
    void aResumedSessionCarriesOnAfterARestartAndBillsWhatTheMeterCountedMeanwhile() {
        read(0, 1000, 0);
        read(1, 1001, 7000);
        read(10, 1020, 7000);
        Session persisted = tracker.openSession().orElseThrow();
        BayTracker resumed = BayTracker.resume("A1", RULES, Optional.of(Power.ofWatts(11_000)), UUID::randomUUID,
                TariffChoice.NONE, Optional.of(persisted), tracker.lastReading());
        assertThat(resumed.state()).isEqualTo(BayState.OFFLINE);
        List<SessionEvent> ev = resumed.accept(new Reading("A1", T0.plusSeconds(600), Energy.ofWattHours(2100),
                Power.ofWatts(7000), "1234"));
        Session s = resumed.openSession().orElseThrow();
        assertThat(s.id()).isEqualTo(persisted.id());
        assertThat(s.energy()).isEqualTo(Energy.ofWattHours(1100));
        assertThat(s.gaps()).hasSize(1);
        assertThat(ev).noneMatch(e -> e instanceof SessionEvent.Started);
    }

    @Test
    void offlineNeedsSeveralFailedPolls() {
        read(0, 1000, 0);
        fail(1);
        fail(2);
        assertThat(tracker.state()).isEqualTo(BayState.IDLE);
        fail(3);
        assertThat(tracker.state()).isEqualTo(BayState.OFFLINE);
        assertThat(events).anyMatch(e -> e instanceof SessionEvent.StateChanged c && c.to() == BayState.OFFLINE);
    }

    @Test
    void onASilentBusOneFailedPollIsEnoughForOffline() {
        read(0, 1000, 0);
        fail(1);
        events.addAll(tracker.busSilent());
        assertThat(tracker.state()).isEqualTo(BayState.OFFLINE);
        assertThat(tracker.lastFailure()).map(PollFailure::kind).contains(FaultKind.TIMEOUT);
    }

    @Test
    void aSilentBusDoesNotTakeABayOfflineWhoseLastPollAnswered() {
        read(0, 1000, 0);
        fail(1);
        read(2, 1000, 0);
        assertThat(tracker.busSilent()).isEmpty();
        assertThat(tracker.state()).isEqualTo(BayState.IDLE);
    }

    @Test
    void aSessionOnASilentBusIsMarkedOfflineAsAfterSeveralFailures() {
        chargeThenFailOnce();
        events.addAll(tracker.busSilent());
        assertThat(tracker.state()).isEqualTo(BayState.OFFLINE);
        assertThat(tracker.openSession().orElseThrow().anomalies())
                .anyMatch(a -> a.code() == AnomalyCode.METER_OFFLINE);
    }
}
