package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.store.CollectorLease.Claimant;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

@OnEveryDatabase
class CollectorLeaseTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
    private static final Claimant PC1_A = new Claimant("pc-1", 1111);
    private static final Claimant PC1_B = new Claimant("pc-1", 2222);
    private static final Claimant PC2 = new Claimant("pc-2", 3333);
    private static final LongPredicate ALL_ALIVE = pid -> true;

    @Parameter
    TestDatabase database;

    private Database db;
    private final MutableClock clock = new MutableClock(T);

    @BeforeEach
    void open() throws StoreException {
        db = database.open();
    }

    /** Closed before the folder is deleted: an open database's lock file is still being written. */
    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private CollectorLease acquire(String description, Claimant me, LongPredicate alive) throws StoreException {
        return CollectorLease.acquire(db, description, clock, me, alive);
    }

    @Test
    void aFreeLeaseIsTakenAndNamesItsHolder() throws Exception {
        assertThat(CollectorLease.current(db)).isEmpty();
        CollectorLease lease = acquire("the console", PC1_A, ALL_ALIVE);
        assertThat(CollectorLease.current(db)).contains(new CollectorLease.Holder("the console", "pc-1", 1111, T, T));
        assertThat(lease.holder()).isEqualTo(CollectorLease.current(db).orElseThrow());
    }

    @Test
    void aLiveHolderKeepsItAndTheRefusalSaysWhoAndWhatToDo() throws Exception {
        acquire("the console (user ada)", PC1_A, ALL_ALIVE);
        clock.advance(Duration.ofSeconds(3));
        assertThatThrownBy(() -> acquire("run --headless", PC2, ALL_ALIVE))
                .isInstanceOf(LeaseHeldException.class)
                .hasMessageContaining("Another ChargeDesk is collecting into this database: the console (user ada) "
                        + "on host pc-1 (pid 1111), last seen ")
                .hasMessageContaining("(3 s ago)")
                .hasMessageContaining("Close it first, or point this one at another database with --db.")
                .satisfies(e -> assertThat(((LeaseHeldException) e).holder().pid()).isEqualTo(1111));
        assertThatThrownBy(() -> acquire("run --headless", PC1_B, ALL_ALIVE))
                .as("another live process on the same host").isInstanceOf(LeaseHeldException.class);
        assertThat(CollectorLease.current(db).orElseThrow().description()).isEqualTo("the console (user ada)");
    }

    @Test
    void twoCollectorsOfThisVeryProcessDoNotShare() throws Exception {
        CollectorLease.acquire(db, "first", clock);
        assertThatThrownBy(() -> CollectorLease.acquire(db, "second", clock))
                .isInstanceOf(LeaseHeldException.class).hasMessageContaining(": first on host ");
    }

    @Test
    void aHolderNotSeenForTheStalenessLimitIsTakenOver() throws Exception {
        CollectorLease first = acquire("first", PC1_A, ALL_ALIVE);
        clock.advance(CollectorLease.STALE_AFTER);
        assertThatThrownBy(() -> acquire("second", PC2, ALL_ALIVE)).as("exactly at the limit it still counts")
                .isInstanceOf(LeaseHeldException.class).hasMessageContaining("If that PC is off or the program "
                        + "crashed, this one can start 15 s after it was last seen.");
        clock.advance(Duration.ofSeconds(1));
        CollectorLease second = acquire("second", PC2, ALL_ALIVE);
        assertThat(CollectorLease.current(db).orElseThrow().description()).isEqualTo("second");

        assertThatThrownBy(first::heartbeat).isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("This ChargeDesk stopped recording: second on host pc-2 (pid 3333) took over");
        second.heartbeat();
    }

    @Test
    void heartbeatsKeepTheLease() throws Exception {
        CollectorLease first = acquire("first", PC1_A, ALL_ALIVE);
        for (int i = 0; i < 6; i++) {
            clock.advance(CollectorLease.RENEW_EVERY);
            first.heartbeat();
        }
        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> acquire("second", PC2, ALL_ALIVE)).isInstanceOf(LeaseHeldException.class)
                .hasMessageContaining("(10 s ago)");
        assertThat(CollectorLease.current(db).orElseThrow().lastSeen()).isEqualTo(T.plusSeconds(30));
    }

    @Test
    void aHolderWhoseProcessEndedOnThisHostIsTakenOverAtOnce() throws Exception {
        CollectorLease killed = acquire("killed", PC1_A, ALL_ALIVE);
        clock.advance(Duration.ofSeconds(1));
        CollectorLease restarted = acquire("restarted", PC1_B, pid -> pid != PC1_A.pid());
        assertThat(restarted.holder().pid()).isEqualTo(2222);
        assertThatThrownBy(killed::heartbeat).isInstanceOf(LeaseLostException.class);
    }

    @Test
    void aProcessOnAnotherHostIsNotJudgedByThisHostsProcesses() throws Exception {
        acquire("elsewhere", PC2, ALL_ALIVE);
        assertThatThrownBy(() -> acquire("here", PC1_A, pid -> false)).isInstanceOf(LeaseHeldException.class);
    }

    @Test
    void aHostWithoutANameOfItsOwnNeverTrustsProcessIds() throws Exception {
        acquire("other", new Claimant("localhost", 1111), ALL_ALIVE);
        assertThatThrownBy(() -> acquire("here", new Claimant("localhost", 2222), pid -> false))
                .isInstanceOf(LeaseHeldException.class);
    }

    @Test
    void aProcessThatReallyEndedIsSeenAsEnded() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        acquire("killed", new Claimant("pc-1", p.pid()), ALL_ALIVE);
        CollectorLease restarted = CollectorLease.acquire(db, "restarted", clock,
                new Claimant("pc-1", ProcessHandle.current().pid()), CollectorLease::processAlive);
        assertThat(restarted.holder().description()).isEqualTo("restarted");
        assertThat(CollectorLease.processAlive(ProcessHandle.current().pid())).isTrue();
    }

    @Test
    void releaseFreesTheLeaseButNeverATakersLease() throws Exception {
        CollectorLease first = acquire("first", PC1_A, ALL_ALIVE);
        first.release();
        assertThat(CollectorLease.current(db)).isEmpty();
        CollectorLease second = acquire("second", PC2, ALL_ALIVE);

        clock.advance(Duration.ofSeconds(20));
        acquire("third", PC1_B, ALL_ALIVE);
        second.release();
        assertThat(CollectorLease.current(db).orElseThrow().description()).isEqualTo("third");
    }

    @Test
    void aCollectorThatLostTheLeaseWritesNothing() throws Exception {
        CollectorLease first = acquire("first", PC1_A, ALL_ALIVE);
        Recorder recorder = new Recorder(db, first);
        Reading before = new Reading("A1", T, Energy.ofWattHours(1000), Power.ofWatts(7000));
        recorder.record(List.of(before), List.of(), HistoryBatch.EMPTY);
        assertThat(CollectorLease.current(db).orElseThrow().lastSeen()).as("a write renews").isEqualTo(T);

        clock.advance(Duration.ofSeconds(16));
        acquire("second", PC2, ALL_ALIVE);
        Reading after = new Reading("A1", T.plusSeconds(16), Energy.ofWattHours(1100), Power.ofWatts(7000));
        assertThatThrownBy(() -> recorder.record(List.of(after), List.of(), HistoryBatch.EMPTY))
                .isInstanceOf(LeaseLostException.class);
        assertThat(new ReadingRepository(db).latest("A1")).contains(before);
    }

    @Test
    void ofCollectorsStartingTogetherExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<CollectorLease>> tries = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Claimant me = new Claimant("pc-" + i, 100 + i);
                    Callable<CollectorLease> attempt = () -> {
                        go.await();
                        try {
                            return acquire("collector " + me.host(), me, ALL_ALIVE);
                        } catch (LeaseHeldException e) {
                            return null;
                        }
                    };
                    tries.add(pool.submit(attempt));
                }
                go.countDown();
                List<CollectorLease> won = new ArrayList<>();
                for (Future<CollectorLease> f : tries) {
                    CollectorLease lease = f.get(30, TimeUnit.SECONDS);
                    if (lease != null) {
                        won.add(lease);
                    }
                }
                assertThat(won).as("round %d", round).hasSize(1);
                assertThat(CollectorLease.current(db)).contains(won.get(0).holder());
                won.get(0).release();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
