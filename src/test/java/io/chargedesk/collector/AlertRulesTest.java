package io.chargedesk.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.alert.AlertChange;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.app.SiteSource;
import io.chargedesk.meter.BusSilence;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.PollFailure;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.AnomalyReason;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Alerts from snapshots of the demo site (twelve bays, an 80 kW grid limit): raised once, cleared when they end. */
class AlertRulesTest {

    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");

    private final SiteConfig config;
    private final AlertRules rules;
    private int second;

    AlertRulesTest() throws Exception {
        config = SiteSource.demo().config();
        rules = new AlertRules(config.site().gridLimit(), List.of());
    }

    @Test
    void anOfflineMeterRaisesOneAlertUntilItAnswersAgainThenItIsCleared() {
        BaySnapshot offline = bay(0, BayState.OFFLINE, 0, Optional.of(new PollFailure("A1", T0, FaultKind.TIMEOUT,
                "no answer")), Optional.empty(), Optional.empty());
        List<AlertChange> first = rules.evaluate(site(List.of(offline), Optional.empty()));
        assertThat(first).singleElement().isInstanceOfSatisfying(AlertChange.Raised.class, r -> {
            assertThat(r.key()).isEqualTo(AlertKey.bay(AlertKind.METER_OFFLINE, "A1"));
            assertThat(r.reasons()).containsExactly(Reason.of(PollFailure.Said.WITH_DETAIL, Reason.of(FaultKind.TIMEOUT),
                    "no answer"));
        });
        assertThat(rules.evaluate(site(List.of(offline), Optional.empty()))).isEmpty();
        assertThat(rules.evaluate(site(List.of(offline), Optional.empty()))).isEmpty();

        List<AlertChange> back = rules.evaluate(site(List.of(idle(0)), Optional.empty()));
        assertThat(back).singleElement().isInstanceOf(AlertChange.Cleared.class)
                .extracting(AlertChange::key).isEqualTo(AlertKey.bay(AlertKind.METER_OFFLINE, "A1"));
    }

    @Test
    void aBayWaitingForItsFirstReadingIsNoAlert() {
        BaySnapshot starting = bay(0, BayState.OFFLINE, 0, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(rules.evaluate(site(List.of(starting), Optional.empty()))).isEmpty();
    }

    @Test
    void aMeterFaultAndASessionAnomalyAreRaisedOnceEach() {
        Anomaly broke = new Anomaly(AnomalyCode.REGISTER_RESET, T0,
                Reason.of(AnomalyReason.REGISTER_BACK, new BigDecimal("5.000"), new BigDecimal("4.000")));
        Anomaly overpower = new Anomaly(AnomalyCode.OVERPOWER, T0,
                Reason.of(AnomalyReason.OVERPOWER, new BigDecimal("30.00"), new BigDecimal("22.00")));
        BaySnapshot faulty = bay(0, BayState.CHARGING, 30_000, Optional.empty(), Optional.of(broke),
                Optional.of(session(overpower)));
        List<AlertChange> changes = rules.evaluate(site(List.of(faulty), Optional.empty()));
        assertThat(changes).extracting(AlertChange::key).containsExactlyInAnyOrder(
                AlertKey.bay(AlertKind.METER_FAULT, "A1"), AlertKey.bay(AlertKind.SESSION_ANOMALY, "A1"));
        assertThat(rules.evaluate(site(List.of(faulty), Optional.empty()))).isEmpty();
    }

    @Test
    void theGridWarningIsRaisedAtNinetyPercentAndTheAlarmAboveTheLimitEachWithAMarginBeforeItClears() {
        assertThat(rules.evaluate(load(71_900))).isEmpty();
        assertThat(rules.evaluate(load(72_000))).extracting(AlertChange::key)
                .containsExactly(AlertKey.site(AlertKind.GRID_NEAR_LIMIT));
        assertThat(rules.evaluate(load(80_000))).as("at the limit, not above it").isEmpty();
        assertThat(rules.evaluate(load(80_100))).extracting(AlertChange::key)
                .containsExactly(AlertKey.site(AlertKind.GRID_OVER_LIMIT));
        assertThat(rules.evaluate(load(76_500))).as("still above 95 %").isEmpty();
        assertThat(rules.evaluate(load(76_000))).singleElement().isInstanceOf(AlertChange.Cleared.class)
                .extracting(AlertChange::key).isEqualTo(AlertKey.site(AlertKind.GRID_OVER_LIMIT));
        assertThat(rules.evaluate(load(68_100))).as("still at 85 % or more").isEmpty();
        assertThat(rules.evaluate(load(67_900))).singleElement().isInstanceOf(AlertChange.Cleared.class)
                .extracting(AlertChange::key).isEqualTo(AlertKey.site(AlertKind.GRID_NEAR_LIMIT));
    }

    @Test
    void recordingFailingIsRaisedWhileTheStoreHasAProblem() {
        List<BaySnapshot> fine = List.of(idle(0));
        assertThat(rules.evaluate(site(fine, Optional.of("the database does not answer")))).singleElement()
                .isInstanceOfSatisfying(AlertChange.Raised.class, r -> {
                    assertThat(r.key()).isEqualTo(AlertKey.site(AlertKind.RECORDING_FAILING));
                    assertThat(r.reasons()).containsExactly(Reason.of(BayReason.RECORDING_FAILING,
                            Reason.said("the database does not answer")));
                });
        assertThat(rules.evaluate(site(fine, Optional.of("the database does not answer")))).isEmpty();
        assertThat(rules.evaluate(site(fine, Optional.empty()))).singleElement().isInstanceOf(AlertChange.Cleared.class);
    }

    @Test
    void aSilentBayHoldsUntilASessionStartsOnIt() {
        rules.reported(new SiteAnomaly(Optional.of("A2"), new Anomaly(AnomalyCode.SILENT_BAY, T0,
                Reason.of(AnomalyReason.SILENT_BAY, 3))));
        assertThat(rules.evaluate(site(List.of(idle(1)), Optional.empty()))).singleElement()
                .isInstanceOfSatisfying(AlertChange.Raised.class, r -> {
                    assertThat(r.key()).isEqualTo(AlertKey.bay(AlertKind.SILENT_BAY, "A2"));
                    assertThat(r.reasons()).containsExactly(Reason.of(AnomalyReason.SILENT_BAY, 3));
                });
        assertThat(rules.evaluate(site(List.of(idle(1)), Optional.empty()))).isEmpty();
        BaySnapshot charging = bay(1, BayState.CHARGING, 7_000, Optional.empty(), Optional.empty(),
                Optional.of(session()));
        assertThat(rules.evaluate(site(List.of(charging), Optional.empty()))).singleElement()
                .isInstanceOf(AlertChange.Cleared.class);
    }

    @Test
    void anAlertLeftOpenByTheLastRunIsNotRaisedAgainAndIsClearedOnceItsConditionEnded() {
        AlertRules restarted = new AlertRules(config.site().gridLimit(), List.of(
                AlertKey.site(AlertKind.RECORDING_FAILING), AlertKey.bay(AlertKind.METER_OFFLINE, "A1")));
        BaySnapshot offline = bay(0, BayState.OFFLINE, 0, Optional.of(new PollFailure("A1", T0, FaultKind.TIMEOUT,
                "no answer")), Optional.empty(), Optional.empty());
        assertThat(restarted.evaluate(site(List.of(offline), Optional.empty()))).singleElement()
                .isInstanceOf(AlertChange.Cleared.class).extracting(AlertChange::key)
                .isEqualTo(AlertKey.site(AlertKind.RECORDING_FAILING));
    }

    private SiteSnapshot load(long watts) {
        List<BaySnapshot> bays = new ArrayList<>();
        bays.add(bay(0, BayState.CHARGING, watts, Optional.empty(), Optional.empty(), Optional.empty()));
        return site(bays, Optional.empty());
    }

    @Test
    void aSilentBusRaisesOneAlertForThatBusUntilAMeterOnItAnswers() {
        Reason why = Reason.of(BusSilence.Why.NO_METER_ANSWERS, "bus1", 12, T0, Reason.of(FaultKind.TIMEOUT));
        List<AlertChange> raised = rules.evaluate(new SiteSnapshot(T0, List.of(idle(0)), 0, Optional.empty(),
                Map.of("bus1", why)));
        assertThat(raised).singleElement().isInstanceOfSatisfying(AlertChange.Raised.class, r -> {
            assertThat(r.key()).isEqualTo(AlertKey.bus(AlertKind.BUS_SILENT, "bus1"));
            assertThat(r.reasons()).containsExactly(why);
        });
        assertThat(rules.evaluate(new SiteSnapshot(T0.plusSeconds(1), List.of(idle(0)), 0, Optional.empty(),
                Map.of("bus1", why)))).isEmpty();
        assertThat(rules.evaluate(site(List.of(idle(0)), Optional.empty()))).singleElement()
                .isInstanceOf(AlertChange.Cleared.class).extracting(AlertChange::key)
                .isEqualTo(AlertKey.bus(AlertKind.BUS_SILENT, "bus1"));
    }

    @Test
    void theBaysOfASilentBusRaiseNoAlertOfTheirOwnButOneOpenBeforeStays() {
        Reason why = Reason.of(BusSilence.Why.NO_METER_ANSWERS, "bus1", 12, T0, Reason.of(FaultKind.TIMEOUT));
        BaySnapshot first = bay(0, BayState.OFFLINE, 0, Optional.of(new PollFailure("A1", T0, FaultKind.TIMEOUT,
                "no answer")), Optional.empty(), Optional.empty());
        assertThat(rules.evaluate(site(List.of(first), Optional.empty()))).extracting(AlertChange::key)
                .containsExactly(AlertKey.bay(AlertKind.METER_OFFLINE, "A1"));
        BaySnapshot second = bay(1, BayState.OFFLINE, 0, Optional.of(new PollFailure(config.bays().get(1).id(), T0,
                FaultKind.TIMEOUT, "no answer")), Optional.empty(), Optional.empty());
        String bus = config.bays().get(1).busId();
        assertThat(config.bays().get(0).busId()).isEqualTo(bus);
        assertThat(rules.evaluate(new SiteSnapshot(T0.plusSeconds(1), List.of(first, second), 0, Optional.empty(),
                Map.of(bus, why)))).extracting(AlertChange::key)
                .containsExactly(AlertKey.bus(AlertKind.BUS_SILENT, bus));
    }

    private SiteSnapshot site(List<BaySnapshot> bays, Optional<String> storeProblem) {
        return new SiteSnapshot(T0.plusSeconds(second++), bays, 0, storeProblem);
    }

    private BaySnapshot idle(int index) {
        return bay(index, BayState.IDLE, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private BaySnapshot bay(int index, BayState state, long watts, Optional<PollFailure> failure,
                            Optional<Anomaly> fault, Optional<Session> open) {
        BayConfig bay = config.bays().get(index);
        return new BaySnapshot(bay, state, Optional.of(new Reading(bay.id(), T0, Energy.ofWattHours(5),
                Power.ofWatts(watts))), open, failure, fault);
    }

    private static Session session(Anomaly... anomalies) {
        return new Session(UUID.randomUUID(), "A1", "", T0, Optional.empty(), Energy.ofWattHours(0),
                Energy.ofWattHours(1_000), Power.ofWatts(11_000), Duration.ofMinutes(5), T0, false, Customer.NONE,
                Optional.empty(), List.of(), List.of(anomalies));
    }
}
