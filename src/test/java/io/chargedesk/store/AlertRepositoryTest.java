package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.alert.Acknowledgement;
import io.chargedesk.alert.Alert;
import io.chargedesk.alert.AlertChange;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.session.SiteWatch;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.AlertDesk;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** The alert table through the use case: raised, cleared, acknowledged with name and time, and still there after a restart. */
@OnEveryDatabase
class AlertRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");
    private static final AlertKey OFFLINE_A1 = AlertKey.bay(AlertKind.METER_OFFLINE, "A1");
    private static final AlertKey GRID = AlertKey.site(AlertKind.GRID_NEAR_LIMIT);

    @Parameter
    TestDatabase database;

    @Test
    void raisedClearedAndAcknowledgedAlertsSurviveReopeningTheDatabase() throws Exception {
        MutableClock clock = new MutableClock(T0.plusSeconds(60));
        String location = database.newLocation();
        try (Database db = database.open(location)) {
            AlertDesk desk = new AlertDesk(new AlertRepository(db), clock, Managers.attendant(db, clock));
            desk.record(List.of(new AlertChange.Raised(OFFLINE_A1, T0, List.of(Reason.of(FaultKind.TIMEOUT))),
                    new AlertChange.Raised(GRID, T0.plusSeconds(5),
                            List.of(SiteWatch.gridLoad(Power.ofKilowatts(55), Power.ofKilowatts(60))))));
            desk.record(List.of(new AlertChange.Cleared(OFFLINE_A1, T0.plusSeconds(30))));
            assertThat(desk.open()).containsExactly(GRID);
            long offline = desk.list().stream().filter(a -> a.key().equals(OFFLINE_A1)).findFirst().orElseThrow().id();
            assertThat(desk.acknowledge(offline, "  Jana Kühn ")).isTrue();
            clock.advance(java.time.Duration.ofSeconds(30));
            assertThat(desk.acknowledge(offline, "Someone else")).as("the first name stays").isFalse();
        }
        try (Database db = database.open(location)) {
            List<Alert> alerts = new AlertDesk(new AlertRepository(db), clock, Managers.attendant(db, clock)).list();
            assertThat(alerts).extracting(Alert::key).as("not acknowledged first").containsExactly(GRID, OFFLINE_A1);
            Alert offline = alerts.get(1);
            assertThat(offline.raisedAt()).isEqualTo(T0);
            assertThat(offline.reasons()).containsExactly(Reason.of(FaultKind.TIMEOUT));
            assertThat(offline.clearedAt()).contains(T0.plusSeconds(30));
            assertThat(offline.acknowledged()).contains(new Acknowledgement("Jana Kühn", T0.plusSeconds(60)));
            assertThat(alerts.get(0).clearedAt()).isEmpty();
            assertThat(alerts.get(0).key().bayId()).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aNameThatIsBlankTooLongOrSeveralLinesIsRefusedAndNamesTheField() throws Exception {
        try (Database db = database.open()) {
            AlertDesk desk = new AlertDesk(new AlertRepository(db), new MutableClock(T0),
                    Managers.attendant(db, new MutableClock(T0)));
            desk.record(List.of(new AlertChange.Raised(GRID, T0, List.of(Reason.said("near")))));
            long id = desk.list().get(0).id();
            assertThatThrownBy(() -> desk.acknowledge(id, "  ")).hasMessageStartingWith("Name: ");
            assertThatThrownBy(() -> desk.acknowledge(id, "x".repeat(101))).hasMessageContaining("at most 100");
            assertThatThrownBy(() -> desk.acknowledge(id, "Jana\nKühn")).hasMessageContaining("one line");
            assertThat(desk.list().get(0).acknowledged()).isEmpty();
        }
    }
}
