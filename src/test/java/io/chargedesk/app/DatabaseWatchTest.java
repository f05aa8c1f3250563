package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.collector.BayReason;
import io.chargedesk.collector.BaySnapshot;
import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.BayState;
import io.chargedesk.session.BayTracker;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionRules;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.TestSites;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A console that only watches rebuilds the bays from what a collector elsewhere wrote into the database. */
class DatabaseWatchTest {

    private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");
    /** Bays A1 and A2 on one bus polled every second: silent for more than 10 s + 3 × 1 s counts as offline. */
    private static final SiteConfig SITE = TestSites.oneBus("/dev/null", 100, 1000, 0, "sdm630", "sdm630");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T);
    private Database db;
    private ReadingRepository readings;
    private SessionRepository sessions;

    @BeforeEach
    void openDatabase() throws Exception {
        db = Database.open(dir.resolve("site").toString());
        readings = new ReadingRepository(db);
        sessions = new SessionRepository(db);
    }

    /** Closed before JUnit deletes its folder: an open H2 may still write a file into it as it is deleted. */
    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void derivesEachBaysStateFromItsLatestReadingAndOpenSession() throws Exception {
        DatabaseWatch watch = new DatabaseWatch(SITE, db, clock);
        assertThat(bay(watch, "A1").state()).isEqualTo(BayState.OFFLINE);
        assertThat(bay(watch, "A1").fault()).contains(Reason.of(BayReason.WAITING_FOR_FIRST_READING));

        reading("A1", T.minusSeconds(1), 50_000, 40);
        reading("A2", T.minusSeconds(14), 9_000, 0);
        watch.read();
        assertThat(bay(watch, "A1").state()).as("below the start threshold, no session").isEqualTo(BayState.IDLE);
        assertThat(bay(watch, "A1").fault()).isEmpty();
        assertThat(bay(watch, "A2").state()).as("silent for 14 s").isEqualTo(BayState.OFFLINE);
        assertThat(bay(watch, "A2").fault()).contains(Reason.of(BayReason.NO_RECENT_READING));
        assertThat(bay(watch, "A2").lastFailure()).isEmpty();

        Session open = session(50_000, 50_400, Optional.empty());
        sessions.save(open);
        reading("A1", T, 50_400, 7_400);
        watch.read();
        assertThat(bay(watch, "A1").state()).isEqualTo(BayState.CHARGING);
        assertThat(bay(watch, "A1").openSession()).contains(open);
        assertThat(watch.snapshot().totalPower()).isEqualTo(Power.ofWatts(7_400));

        clock.advance(Duration.ofSeconds(1));
        reading("A1", clock.instant(), 50_402, 99);
        watch.read();
        assertThat(bay(watch, "A1").state()).as("session open, power below the threshold")
                .isEqualTo(BayState.PAUSED);

        clock.advance(Duration.ofSeconds(14));
        watch.read();
        assertThat(bay(watch, "A1").state()).isEqualTo(BayState.OFFLINE);
        assertThat(bay(watch, "A1").fault()).contains(Reason.of(BayReason.NO_RECENT_READING));
        assertThat(bay(watch, "A1").openSession()).as("still open in the database").contains(open);
        assertThat(bay(watch, "A1").faulty()).isFalse();
    }

    @Test
    void aBayWithASessionOpenIsChargingOrPausedByTheTrackersOwnRule() throws Exception {
        sessions.save(session(50_000, 50_000, Optional.empty()));
        DatabaseWatch watch = new DatabaseWatch(SITE, db, clock);
        SessionRules rules = SITE.bay("A1").orElseThrow().rules();
        long threshold = rules.startThreshold().watts();
        for (long watts : new long[] {0, threshold - 1, threshold, threshold + 1, 7_400}) {
            clock.advance(Duration.ofSeconds(1));
            Reading latest = new Reading("A1", clock.instant(), Energy.ofWattHours(50_000), Power.ofWatts(watts));
            readings.insert(List.of(latest));
            watch.read();
            BayTracker tracker = new BayTracker("A1", rules, Optional.empty(), UUID::randomUUID);
            tracker.accept(latest);
            tracker.openManual(clock.instant(), Customer.NONE);
            assertThat(bay(watch, "A1").state()).as("%d W", watts).isEqualTo(tracker.state())
                    .isEqualTo(watts >= threshold ? BayState.CHARGING : BayState.PAUSED);
        }
    }

    @Test
    void sessionsChangeWhenOneOpensCountsOnOrCloses() throws Exception {
        reading("A1", T, 50_000, 7_000);
        DatabaseWatch watch = new DatabaseWatch(SITE, db, clock);
        long before = watch.snapshot().sessionsChanged();
        watch.read();
        assertThat(watch.snapshot().sessionsChanged()).as("nothing changed").isEqualTo(before);

        sessions.save(session(50_000, 50_000, Optional.empty()));
        watch.read();
        long opened = watch.snapshot().sessionsChanged();
        assertThat(opened).isNotEqualTo(before);

        sessions.save(session(50_000, 50_700, Optional.empty()));
        watch.read();
        long counted = watch.snapshot().sessionsChanged();
        assertThat(counted).as("the open session's end register moved").isNotEqualTo(opened);
        watch.read();
        assertThat(watch.snapshot().sessionsChanged()).isEqualTo(counted);

        sessions.save(session(50_000, 50_700, Optional.of(T.plusSeconds(60))));
        watch.read();
        assertThat(watch.snapshot().sessionsChanged()).as("closed").isNotEqualTo(counted);
        assertThat(bay(watch, "A1").openSession()).isEmpty();
        assertThat(bay(watch, "A1").state()).isEqualTo(BayState.IDLE);
    }

    @Test
    void saysWhyTheDatabaseCannotBeReadAndRecovers() throws Exception {
        reading("A1", T, 50_000, 7_000);
        DatabaseWatch watch = new DatabaseWatch(SITE, db, clock);
        sql("ALTER TABLE reading RENAME TO reading_away");
        watch.read();
        SiteSnapshot failing = watch.snapshot();
        assertThat(failing.storeProblem()).hasValueSatisfying(p -> assertThat(p).contains("A1"));
        assertThat(bay(watch, "A1").state()).as("the last known bays stay").isEqualTo(BayState.IDLE);

        sql("ALTER TABLE reading_away RENAME TO reading");
        watch.read();
        assertThat(watch.snapshot().storeProblem()).isEmpty();
    }

    @Test
    void attendantActionsFailAndSayWhereTheCollectorRuns() throws Exception {
        CollectorLease lease = CollectorLease.acquire(db, "run --headless (user ada)", Clock.systemUTC());
        DatabaseWatch watch = new DatabaseWatch(SITE, db, clock);
        String expected = "This console only watches the collector on " + lease.holder().host()
                + " (run --headless (user ada)); start and stop sessions there.";
        for (CompletionStage<?> action : List.of(watch.openSession("A1", Customer.NONE), watch.closeSession("A1"),
                watch.endAndContinue("A1", Customer.NONE), watch.annotate("A1", Customer.NONE),
                watch.acknowledgeFault("A1"))) {
            assertThat(action.toCompletableFuture()).failsWithin(Duration.ZERO)
                    .withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOf(IllegalStateException.class).withMessage(expected);
        }
        lease.release();
    }

    private static BaySnapshot bay(DatabaseWatch watch, String id) {
        return watch.snapshot().bays().stream().filter(b -> b.bay().id().equals(id)).findFirst().orElseThrow();
    }

    private void reading(String bay, Instant at, long registerWh, long watts) throws Exception {
        readings.insert(List.of(new Reading(bay, at, Energy.ofWattHours(registerWh), Power.ofWatts(watts))));
    }

    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    private static Session session(long startWh, long endWh, Optional<Instant> end) {
        return new Session(SESSION, "A1", "", T.minusSeconds(600), end, Energy.ofWattHours(startWh),
                Energy.ofWattHours(endWh), Power.ofWatts(7_400), Duration.ofMinutes(10), T, false, Customer.NONE,
                end.map(e -> EndReason.TIMEOUT), List.of(), List.of());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
