package io.chargedesk.app;

import io.chargedesk.collector.BayActions;
import io.chargedesk.collector.BayReason;
import io.chargedesk.collector.BaySnapshot;
import io.chargedesk.collector.Handover;
import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.collector.SnapshotSource;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site as a collector on another PC records it, read back from the shared database about once a second on
 * a thread of its own: the screens of a console that only watches (docs/design.md, Architecture; ADR 6). It
 * takes no lease and writes nothing, so attendant actions fail here; they belong to the console that runs the
 * collector.
 *
 * <p>The database holds readings and sessions, not failed polls or meter faults: a bay counts as offline once
 * its readings stop coming, and its faults are not known here.
 */
public final class DatabaseWatch implements SnapshotSource, BayActions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWatch.class);
    private static final Duration READ_EVERY = Duration.ofSeconds(1);
    /** Readings reach the database once a second, and a read may retry: some slack above the poll interval. */
    private static final Duration STALE_SLACK = Duration.ofSeconds(10);
    private static final int STALE_POLLS = 3;

    private final SiteConfig config;
    private final Database db;
    private final ReadingRepository readings;
    private final SessionRepository sessions;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "database-watch");
        t.setDaemon(true);
        return t;
    });
    private final List<Runnable> afterRead = new CopyOnWriteArrayList<>();
    private volatile SiteSnapshot snapshot;
    private volatile Optional<CollectorLease.Holder> collector;
    /** Touched by the watch thread only: the open sessions last seen, with how far each has counted. */
    private Map<UUID, Energy> seenOpen = Map.of();
    private long sessionsChanged;

    /** Reads the site once, so the first screen already shows it. */
    public DatabaseWatch(SiteConfig config, Database db, Clock clock) throws StoreException {
        this.config = config;
        this.db = db;
        this.readings = new ReadingRepository(db);
        this.sessions = new SessionRepository(db);
        this.clock = clock;
        this.collector = CollectorLease.current(db);
        this.snapshot = new SiteSnapshot(clock.instant(), List.of(), 0, Optional.empty());
        read();
    }

    /** Reads the database again about once a second from now on. */
    public void start() {
        thread.scheduleWithFixedDelay(this::read, READ_EVERY.toMillis(), READ_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public SiteSnapshot snapshot() {
        return snapshot;
    }

    /** Also runs {@code task} on the watch thread after each read from now on. */
    public void afterEachRead(Runnable task) {
        afterRead.add(task);
    }

    /** The collector that writes into the database, as it holds the lease; empty when none runs now. */
    public Optional<CollectorLease.Holder> collector() {
        return collector;
    }

    /** Builds the snapshot anew from the database; on the watch thread, or the caller's in tests. */
    void read() {
        try {
            collector = CollectorLease.current(db);
            Map<String, Session> open = sessions.openSessions().stream()
                    .collect(Collectors.toMap(Session::bayId, Function.identity(), (first, later) -> first));
            Map<String, Optional<Reading>> latest = new HashMap<>();
            for (BayConfig bay : config.bays()) {
                latest.put(bay.id(), readings.latest(bay.id()));
            }
            Instant now = siteNow(latest);
            List<BaySnapshot> bays = new ArrayList<>();
            for (BayConfig bay : config.bays()) {
                bays.add(bay(bay, latest.get(bay.id()), Optional.ofNullable(open.get(bay.id())), now));
            }
            countSessionChanges(open.values());
            snapshot = new SiteSnapshot(now, List.copyOf(bays), sessionsChanged, Optional.empty());
        } catch (StoreException | RuntimeException e) {
            if (snapshot.storeProblem().isEmpty()) {
                LOG.warn("Cannot read the site from the database, trying again: {}", e.getMessage());
            }
            snapshot = new SiteSnapshot(clock.instant(), snapshot.bays(), sessionsChanged,
                    Optional.of(String.valueOf(e.getMessage())));
        }
        afterRead.forEach(Runnable::run);
    }

    /** The demo's collector may run on sped-up time, ahead of this PC's clock: its newest reading is "now" then. */
    private Instant siteNow(Map<String, Optional<Reading>> latest) {
        Instant now = clock.instant();
        return latest.values().stream().flatMap(Optional::stream).map(Reading::at).filter(now::isBefore)
                .max(Instant::compareTo).orElse(now);
    }

    private BaySnapshot bay(BayConfig bay, Optional<Reading> last, Optional<Session> open, Instant now) {
        Instant staleBefore = now.minus(staleAfter(bay));
        if (last.isEmpty() || last.get().at().isBefore(staleBefore)) {
            return new BaySnapshot(bay, BayState.OFFLINE, last, open, Optional.empty(), Optional.empty(),
                    last.map(r -> Reason.of(BayReason.NO_RECENT_READING)));
        }
        BayState state = open.isEmpty() ? BayState.IDLE : bay.rules().openSessionState(last.get().power());
        return new BaySnapshot(bay, state, last, open, Optional.empty(), Optional.empty());
    }

    private Duration staleAfter(BayConfig bay) {
        Duration poll = config.buses().stream().filter(b -> b.id().equals(bay.busId())).findFirst()
                .map(BusConfig::pollInterval).orElse(Duration.ZERO);
        return STALE_SLACK.plus(poll.multipliedBy(STALE_POLLS));
    }

    /** Moves on when a session opens or closes, or an open one counts on, so the Sessions screen reloads. */
    private void countSessionChanges(Iterable<Session> open) {
        Map<UUID, Energy> now = new HashMap<>();
        open.forEach(s -> now.put(s.id(), s.endRegister()));
        if (!now.equals(seenOpen)) {
            sessionsChanged++;
            seenOpen = now;
        }
    }

    @Override
    public CompletableFuture<Session> openSession(String bayId, Customer customer) {
        return notHere();
    }

    @Override
    public CompletableFuture<Session> closeSession(String bayId) {
        return notHere();
    }

    @Override
    public CompletableFuture<Handover> endAndContinue(String bayId, Customer customer) {
        return notHere();
    }

    @Override
    public CompletableFuture<Session> annotate(String bayId, Customer customer) {
        return notHere();
    }

    @Override
    public CompletableFuture<Void> acknowledgeFault(String bayId) {
        return notHere();
    }

    private <T> CompletableFuture<T> notHere() {
        return CompletableFuture.failedFuture(new IllegalStateException("This console only watches the collector"
                + collector.map(h -> " on " + h.host() + " (" + h.description() + ")").orElse("")
                + "; start and stop sessions there."));
    }

    /** Stops reading; the database stays open for its owner to close. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
