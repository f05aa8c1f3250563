package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.collector.BaySnapshot;
import io.chargedesk.collector.Collector;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.SessionRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo site, sped up, end to end: simulated meters → sessions → H2, then a restart. */
class DemoSiteRecordingTest {

    private static final double SPEED = 3000;

    @TempDir
    Path dir;

    @Test
    void recordsSessionsWhoseRegistersAreBackedByStoredReadings() throws Exception {
        Database db = Database.open(dir.resolve("site").toString());
        try (SiteRuntime runtime = SiteRuntime.start(SiteSource.demo().config(), db, SPEED, 7)) {
            awaitClosedSessions(new SessionRepository(db), 3, Duration.ofSeconds(60));
        }
        List<Session> sessions = new SessionRepository(db).list(SessionFilter.ALL);
        ReadingRepository readings = new ReadingRepository(db);
        for (Session s : sessions.stream().filter(s -> !s.isOpen()).toList()) {
            Set<Long> evidence = readings.between(s.bayId(), s.start().minusSeconds(3600), s.end().orElseThrow().plusSeconds(3600))
                    .stream().map(Reading::importRegister).map(e -> e.wattHours()).collect(Collectors.toSet());
            assertThat(evidence).as("registers of session %s are readings the meter gave", s.id())
                    .contains(s.startRegister().wattHours(), s.endRegister().wattHours());
            assertThat(s.energy().wattHours()).isPositive();
            assertThat(s.chargingTime()).isLessThanOrEqualTo(s.duration(s.end().orElseThrow()));
        }
        assertNoOverlapPerBay(sessions);
        assertIntervalHistoryAccountsForEveryWattHour(db);
    }

    /** The 15-minute history adds up to exactly what the registers moved between the first and last reading. */
    private static void assertIntervalHistoryAccountsForEveryWattHour(Database db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT r.bay_id, MAX(r.import_wh) - MIN(r.import_wh) AS moved, "
                     + "(SELECT COALESCE(SUM(i.energy_wh), 0) FROM bay_interval i WHERE i.bay_id = r.bay_id) AS hist, "
                     + "(SELECT COALESCE(SUM(d.energy_wh), 0) FROM bay_day d WHERE d.bay_id = r.bay_id) AS days "
                     + "FROM reading r GROUP BY r.bay_id")) {
            int bays = 0;
            while (rs.next()) {
                bays++;
                assertThat(rs.getLong("hist")).as("interval energy of bay %s", rs.getString("bay_id"))
                        .isEqualTo(rs.getLong("moved"));
                assertThat(rs.getLong("days")).isEqualTo(rs.getLong("moved"));
            }
            assertThat(bays).as("the demo's twelve bays").isEqualTo(12);
        }
    }

    @Test
    void theDemoCarriesOnFromItsSampleHistoryWithTheSameMetersAndNoFault() throws Exception {
        Database db = Database.open(dir.resolve("site").toString());
        try (SiteRuntime runtime = SiteRuntime.start(SiteSource.demo().config(), db,
                SiteRuntime.takeLease(db, "test"), SPEED, 11, true)) {
            Collector collector = runtime.collector();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline
                    && collector.snapshot().bays().stream().anyMatch(b -> b.state() == BayState.OFFLINE)) {
                Thread.sleep(50);
            }
            assertThat(collector.snapshot().bays()).as("every bay read, none taken for a swapped meter")
                    .allMatch(b -> b.state() != BayState.OFFLINE && !b.faulty());
        }
    }

    @Test
    void anOpenSessionResumesAfterARestartUnderTheSameId() throws Exception {
        Database db = Database.open(dir.resolve("site").toString());
        SessionRepository repo = new SessionRepository(db);
        Session open = sessionLeftOpenByAStop(db, repo);
        try (SiteRuntime runtime = SiteRuntime.start(SiteSource.demo().config(), db, SPEED, 11)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && repo.find(open.id()).orElseThrow().gaps().isEmpty()) {
                Thread.sleep(100);
            }
        }
        Session after = repo.find(open.id()).orElseThrow();
        assertThat(after.gaps()).as("the downtime is recorded as a gap").isNotEmpty();
        assertThat(after.startRegister()).isEqualTo(open.startRegister());
        assertThat(after.energy()).isGreaterThanOrEqualTo(open.energy());
        assertNoOverlapPerBay(repo.list(SessionFilter.ALL));
    }

    @Test
    void anAttendantOpensASessionForACustomerAndClosesIt() throws Exception {
        Database db = Database.open(dir.resolve("site").toString());
        Session closed;
        try (SiteRuntime runtime = SiteRuntime.start(SiteSource.demo().config(), db, SPEED, 3)) {
            Collector collector = runtime.collector();
            Session opened = openOnAFreeBay(collector, new Customer("Ada", "HH-AB 1", ""));
            String bay = opened.bayId();
            assertThat(opened.manual()).isTrue();
            assertThatThrownBy(() -> collector.openSession(bay, Customer.NONE).get(30, TimeUnit.SECONDS))
                    .hasRootCauseMessage("Bay " + bay + " already has an open session; close it first.");
            Session annotated = collector.annotate(bay, new Customer("Ada", "HH-AB 1", "pays at the desk"))
                    .get(30, TimeUnit.SECONDS);
            assertThat(annotated.id()).isEqualTo(opened.id());
            collector.acknowledgeFault(bay).get(30, TimeUnit.SECONDS);
            assertThat(collector.snapshot().bays()).filteredOn(b -> b.bay().id().equals(bay))
                    .noneMatch(BaySnapshot::faulty);
            assertThatThrownBy(() -> collector.acknowledgeFault("Z9").get(30, TimeUnit.SECONDS))
                    .hasRootCauseMessage("There is no bay Z9 on this site.");
            closed = closeWhenNoPowerFlows(collector, bay);
        }
        Session stored = new SessionRepository(db).find(closed.id()).orElseThrow();
        assertThat(stored.customer().name()).isEqualTo("Ada");
        assertThat(stored.customer().note()).isEqualTo("pays at the desk");
        assertThat(stored.endReason()).contains(EndReason.MANUAL);
        assertThat(stored.isOpen()).isFalse();
    }

    /**
     * Opens a session on a bay that is free. At this speed a simulated car can arrive between the snapshot that
     * showed the bay free and the command, and then the bay is refused as busy: another free bay is tried.
     */
    private static Session openOnAFreeBay(Collector collector, Customer customer) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Optional<BaySnapshot> free = collector.snapshot().bays().stream()
                    .filter(b -> b.openSession().isEmpty() && b.state() == BayState.IDLE).findFirst();
            if (free.isPresent()) {
                String bay = free.get().bay().id();
                try {
                    return collector.openSession(bay, customer).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!e.getCause().getMessage().startsWith("Bay " + bay + " already has an open session")
                            || System.nanoTime() > deadline) {
                        throw e;
                    }
                }
            } else if (System.nanoTime() > deadline) {
                throw new AssertionError("no bay was free within 60 s");
            }
            Thread.sleep(50);
        }
    }

    /** Stops the bay's session once the simulated car there draws no power: while it does, a stop is refused. */
    private static Session closeWhenNoPowerFlows(Collector collector, String bay) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return collector.closeSession(bay).get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!e.getCause().getMessage().startsWith("Bay " + bay + " is still drawing ")
                        || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    /**
     * Runs the site until a session is open, then stops it. At this speed a car can finish between the check and the
     * stop, so the session is the one still open once the site has stopped; a stop that leaves none open is repeated.
     */
    private static Session sessionLeftOpenByAStop(Database db, SessionRepository repo) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            try (SiteRuntime runtime = SiteRuntime.start(SiteSource.demo().config(), db, SPEED, 11)) {
                awaitOpenSession(repo);
            }
            List<Session> open = repo.openSessions();
            if (!open.isEmpty()) {
                return open.get(0);
            }
        }
        throw new AssertionError("no stop of the site left a session open in 5 attempts");
    }

    private static void awaitOpenSession(SessionRepository repo) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!repo.openSessions().isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no session opened within 30 s");
    }

    static void awaitClosedSessions(SessionRepository repo, int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (repo.list(SessionFilter.ALL).stream().filter(s -> !s.isOpen()).count() >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + count + " sessions closed within " + timeout);
    }

    private static void assertNoOverlapPerBay(List<Session> sessions) {
        sessions.stream().collect(Collectors.groupingBy(Session::bayId)).forEach((bay, list) -> {
            for (int i = 1; i < list.size(); i++) {
                Session prev = list.get(i - 1);
                assertThat(prev.end()).as("only the last session of bay %s may be open", bay).isPresent();
                assertThat(list.get(i).start()).isAfterOrEqualTo(prev.end().get());
            }
        });
    }
}
