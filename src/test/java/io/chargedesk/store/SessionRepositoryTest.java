package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Gap;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnEveryDatabase
class SessionRepositoryTest {

    private static final Instant T = Instant.parse("2026-10-25T00:30:00Z");

    @Parameter
    TestDatabase database;

    @TempDir
    Path dir;

    private static Session session(UUID id, Optional<Instant> end) {
        return new Session(id, "A1", "777", T, end, Energy.ofWattHours(1000), Energy.ofWattHours(13_345),
                Power.ofWatts(11_040), Duration.ofMinutes(70), T.plusSeconds(4200), false,
                new Customer("Ada", "HH-AB 1", "note"), end.map(e -> EndReason.TIMEOUT),
                List.of(new Gap(T.plusSeconds(60), T.plusSeconds(120))),
                List.of(new Anomaly(AnomalyCode.METER_OFFLINE, T.plusSeconds(61), Reason.of(FaultKind.TIMEOUT))),
                Map.of(FaultKind.CRC, 2, FaultKind.TIMEOUT, 5));
    }

    @Test
    void storesAndReadsBackEverySessionField() throws Exception {
        Database db = database.open();
        SessionRepository repo = new SessionRepository(db);
        UUID id = UUID.randomUUID();
        Session open = session(id, Optional.empty());
        repo.save(open);
        assertThat(repo.openSessions()).containsExactly(open);
        Session closed = session(id, Optional.of(T.plusSeconds(4200)));
        repo.save(closed);
        assertThat(repo.find(id)).contains(closed);
        assertThat(repo.openSessions()).isEmpty();
        assertThat(repo.findByPrefix(id.toString().substring(0, 8))).containsExactly(closed);
        assertThat(repo.list(SessionFilter.between(T.plusSeconds(1), null))).isEmpty();
        assertThat(repo.list(SessionFilter.between(T, T.plusSeconds(1)))).hasSize(1);
    }

    @Test
    void findsSessionsByAnyPrefixOfTheirIdWhateverTheTopBit() throws Exception {
        SessionRepository repo = new SessionRepository(database.open());
        List<UUID> ids = List.of(UUID.fromString("0fffffff-ffff-4fff-bfff-ffffffffffff"),
                UUID.fromString("7a000000-0000-4000-8000-000000000000"),
                UUID.fromString("8a000000-0000-4000-8000-000000000001"),
                UUID.fromString("fa000000-0000-4000-8000-000000000002"),
                UUID.fromString("fa000000-0000-4000-8000-000000000003"));
        for (UUID id : ids) {
            repo.save(session(id, Optional.of(T.plusSeconds(60))));
        }
        assertThat(repo.findByPrefix("8A")).extracting(Session::id).containsExactly(ids.get(2));
        assertThat(repo.findByPrefix("fa000000-0000")).extracting(Session::id)
                .containsExactlyInAnyOrder(ids.get(3), ids.get(4));
        assertThat(repo.findByPrefix(ids.get(4).toString())).extracting(Session::id).containsExactly(ids.get(4));
        assertThat(repo.findByPrefix("0f")).extracting(Session::id).containsExactly(ids.get(0));
        assertThat(repo.findByPrefix("7")).extracting(Session::id).containsExactly(ids.get(1));
        assertThat(repo.findByPrefix("f0")).isEmpty();
        assertThat(repo.findByPrefix("not-hex")).isEmpty();
    }

    @Test
    void filtersByCustomerPlateStatusAndAnomaly() throws Exception {
        SessionRepository repo = new SessionRepository(database.open());
        Session flagged = session(UUID.randomUUID(), Optional.of(T.plusSeconds(4200)));
        Session plain = new Session(UUID.randomUUID(), "A2", "", T, Optional.empty(), Energy.ofWattHours(0),
                Energy.ofWattHours(5), Power.ofWatts(1), Duration.ZERO, T, true, new Customer("Bob", "B-X 9", ""),
                Optional.empty(), List.of(), List.of());
        repo.save(flagged);
        repo.save(plain);
        SessionFilter any = SessionFilter.ALL;
        assertThat(repo.list(new SessionFilter(any.from(), any.to(), any.bayId(), any.open(), Optional.of("hh-ab"),
                Optional.empty(), false))).containsExactly(flagged);
        assertThat(repo.list(new SessionFilter(any.from(), any.to(), any.bayId(), any.open(), Optional.of("bob"),
                Optional.empty(), false))).containsExactly(plain);
        assertThat(repo.list(new SessionFilter(any.from(), any.to(), any.bayId(), any.open(), Optional.empty(),
                Optional.of(AnomalyCode.METER_OFFLINE), false))).containsExactly(flagged);
        assertThat(repo.list(new SessionFilter(any.from(), any.to(), any.bayId(), any.open(), Optional.empty(),
                Optional.of(AnomalyCode.OVERPOWER), false))).isEmpty();
        assertThat(repo.list(new SessionFilter(any.from(), any.to(), any.bayId(), any.open(), Optional.empty(),
                Optional.empty(), true))).containsExactly(flagged);
        assertThat(repo.list(new SessionFilter(any.from(), any.to(), any.bayId(), Optional.of(true), Optional.empty(),
                Optional.empty(), false))).containsExactly(plain);
    }

    @Test
    void readingsAndSessionsCommitTogether() throws Exception {
        Database db = database.open();
        Recorder recorder = new Recorder(db);
        Reading r = new Reading("A1", T, Energy.ofWattHours(1000), Power.ofWatts(7000), "777");
        recorder.record(List.of(r), List.of(session(UUID.randomUUID(), Optional.empty())), HistoryBatch.EMPTY);
        assertThat(new ReadingRepository(db).latest("A1")).contains(r);
        assertThat(new ReadingRepository(db).between("A1", T, T)).containsExactly(r);
    }

    @Test
    void anExportNeverCreatesAnEmptyDatabase() {
        assertThatThrownBy(() -> Database.openExisting(dir.resolve("nothing-here").toString()))
                .isInstanceOf(StoreException.class).hasMessageContaining("There is no ChargeDesk database");
    }
}
