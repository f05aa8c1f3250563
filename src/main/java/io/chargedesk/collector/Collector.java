package io.chargedesk.collector;

import io.chargedesk.history.HistoryAccumulator;
import io.chargedesk.meter.BusSilence;
import io.chargedesk.meter.PollResult;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.BayTracker;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionEvent;
import io.chargedesk.session.ShortSessionPattern;
import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.session.SiteWatch;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.LeaseLostException;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.RecordBatch;
import io.chargedesk.store.Recorder;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.SiteAnomalyRepository;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.text.Reason;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meter readings → session state machines → the database, on one thread of its own, with or without a
 * window. Pollers hand results in through {@link #sink()}; attendants' commands come through the same
 * queue, so every tracker is only ever touched by this thread. The UI reads {@link #snapshot()}, which
 * never blocks.
 *
 * <p>Readings and changed sessions are written together once a second. If the database fails (full disk, server
 * gone) they go to a journal on disk and are written back when it recovers, even after a restart; a row the
 * database refuses for what it holds is kept aside on disk and tried again, and every other row is written
 * ({@link PendingWrites}).
 *
 * <p>It writes only while it holds the database's {@link CollectorLease}, renewed every few seconds and in
 * every write. If another collector took the lease over, this one stops recording for good, says so in its
 * snapshot and completes {@link #leaseLost()}.
 */
public final class Collector implements SnapshotSource, BayActions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Collector.class);
    private static final Duration FLUSH_EVERY = Duration.ofSeconds(1);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final Duration SILENT_AFTER = Duration.ofDays(3);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final SiteConfig config;
    private final Clock clock;
    private final PendingWrites pending;
    private final CollectorLease lease;
    private final CompletableFuture<String> lostLease = new CompletableFuture<>();
    private final ReadingRepository readings;
    private final Map<String, BayTracker> trackers = new LinkedHashMap<>();
    /** Each bus, watched for no meter answering at all, and the bus of each bay. */
    private final List<BusSilence> buses = new ArrayList<>();
    private final Map<String, BusSilence> busOfBay = new HashMap<>();
    private final HistoryAccumulator history;
    private final SessionTariffs tariffs;
    private final Map<String, ShortSessionPattern> shortSessions = new HashMap<>();
    private final SiteWatch siteWatch;
    private final SiteAnomalyRepository siteAnomalies;
    private final List<SiteAnomaly> unsavedSiteAnomalies = new ArrayList<>();
    private final BlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private final List<Reading> unsavedReadings = new ArrayList<>();
    private final Map<UUID, Session> unsavedSessions = new LinkedHashMap<>();
    private final List<Consumer<SessionEvent>> listeners = new ArrayList<>();
    private final List<Consumer<SiteAnomaly>> siteAnomalyListeners = new ArrayList<>();
    private final Thread thread;
    private volatile SiteSnapshot snapshot;
    private volatile boolean running = true;
    private long sessionsChanged;
    private Optional<String> storeProblem = Optional.empty();
    private long nextFlushNanos;
    private long nextRetryNanos;
    private long nextPruneNanos;
    private long nextRenewNanos;
    private boolean renewFailing;

    /**
     * Writes back what an earlier run kept on disk, then opens the trackers, resuming every session left open by
     * the last run (crash or shutdown).
     *
     * @param lease this collector's right to write into {@code db}, taken by the caller before anything is
     *     written; the collector renews it from now on and releases it on {@link #close()}
     * @param spill where, and how much, to keep on disk what the database does not take; one folder per database
     */
    public Collector(SiteConfig config, Database db, Clock clock, CollectorLease lease, SpillSettings spill)
            throws StoreException {
        this.config = config;
        this.clock = clock;
        this.lease = lease;
        new SiteRepository(db).save(config.site());
        for (String warning : new TariffRepository(db).addFromSiteFile(config, clock.instant())) {
            LOG.warn(warning);
        }
        new BayRepository(db).sync(config.bays());
        // Before reading the open sessions and last readings: the journal may hold newer ones than the database.
        this.pending = new PendingWrites(new Recorder(db, lease), spill, clock);
        pending.recover();
        this.tariffs = new SessionTariffs(db, config.site().zone(), clock);
        SessionRepository sessions = new SessionRepository(db);
        this.readings = new ReadingRepository(db);
        List<Session> open = sessions.openSessions();
        Map<String, Reading> lastStored = new HashMap<>();
        for (BayConfig bay : config.bays()) {
            Optional<Session> openHere = open.stream().filter(s -> s.bayId().equals(bay.id())).findFirst();
            openHere.ifPresent(s -> LOG.info("Bay {}: resuming open session {} from {}", bay.id(), s.id(), s.start()));
            Optional<Reading> last = readings.latest(bay.id());
            last.ifPresent(r -> lastStored.put(bay.id(), r));
            trackers.put(bay.id(), BayTracker.resume(bay.id(), bay.rules(), Optional.of(bay.maxPower()),
                    UUID::randomUUID, tariffs.forBay(bay.id()), openHere, last));
        }
        config.bays().stream().collect(Collectors.groupingBy(BayConfig::busId,
                Collectors.mapping(BayConfig::id, Collectors.toSet()))).forEach((bus, bays) -> {
                    BusSilence silence = new BusSilence(bus, bays);
                    buses.add(silence);
                    bays.forEach(bay -> busOfBay.put(bay, silence));
                });
        this.siteAnomalies = new SiteAnomalyRepository(db);
        Map<String, Instant> lastUse = new HashMap<>(siteAnomalies.lastSessionStarts());
        config.bays().forEach(b -> {
            lastUse.putIfAbsent(b.id(), clock.instant());
            shortSessions.put(b.id(), ShortSessionPattern.defaults());
        });
        this.siteWatch = new SiteWatch(config.site().gridLimit(), SILENT_AFTER, lastUse);
        this.history = new HistoryAccumulator(config.site().zone(), config.bays().stream()
                .collect(Collectors.toMap(BayConfig::id, BayConfig::maxPower)), lastStored);
        this.storeProblem = pending.problem();
        this.snapshot = takeSnapshot();
        this.thread = new Thread(this::run, "collector");
        this.thread.setDaemon(true);
    }

    /** Listeners run on the collector thread: keep them quick. */
    public void addListener(Consumer<SessionEvent> listener) {
        listeners.add(listener);
    }

    /** Listeners run on the collector thread: keep them quick. Add them before {@link #start()}. */
    public void addSiteAnomalyListener(Consumer<SiteAnomaly> listener) {
        siteAnomalyListeners.add(listener);
    }

    public void start() {
        thread.start();
    }

    /** Where pollers put their results; never blocks. */
    public Consumer<PollResult> sink() {
        return result -> inbox.add(() -> accept(result));
    }

    @Override
    public SiteSnapshot snapshot() {
        return snapshot;
    }

    public SiteConfig config() {
        return config;
    }

    /**
     * Completes, with the reason, when another collector has taken over the database: this one then records
     * nothing more, and whoever runs it should stop it.
     */
    public CompletableFuture<String> leaseLost() {
        return lostLease.copy();
    }

    @Override
    public CompletableFuture<Session> openSession(String bayId, Customer customer) {
        return command(bayId, t -> t.openManual(clock.instant(), customer));
    }

    @Override
    public CompletableFuture<Session> closeSession(String bayId) {
        return command(bayId, t -> t.closeManual(clock.instant()));
    }

    @Override
    public CompletableFuture<Handover> endAndContinue(String bayId, Customer customer) {
        return command(bayId, t -> t.endAndContinue(customer), events -> new Handover(
                carried(events, SessionEvent.Ended.class).findFirst().orElseThrow(),
                carried(events, SessionEvent.Started.class).reduce((a, b) -> b).orElseThrow()));
    }

    private static Stream<Session> carried(List<SessionEvent> events, Class<? extends SessionEvent> kind) {
        return events.stream().filter(kind::isInstance).map(SessionEvent::carried).flatMap(Optional::stream);
    }

    @Override
    public CompletableFuture<Session> annotate(String bayId, Customer customer) {
        return command(bayId, t -> t.setCustomer(customer));
    }

    @Override
    public CompletableFuture<Void> acknowledgeFault(String bayId) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        BayTracker tracker = tracker(bayId, done);
        if (tracker == null) {
            return done;
        }
        inbox.add(() -> {
            tracker.meterFault().ifPresent(f -> LOG.info("Bay {}: fault acknowledged ({})", bayId, f.reason()));
            tracker.acknowledgeFault();
            snapshot = takeSnapshot();
            done.complete(null);
        });
        return done;
    }

    /** Runs {@code action} on the collector thread; done with the last session it changed. */
    private CompletableFuture<Session> command(String bayId, Function<BayTracker, List<SessionEvent>> action) {
        return command(bayId, action, events -> carried(events, SessionEvent.class).reduce((a, b) -> b).orElseThrow());
    }

    private <T> CompletableFuture<T> command(String bayId, Function<BayTracker, List<SessionEvent>> action,
                                             Function<List<SessionEvent>, T> result) {
        CompletableFuture<T> done = new CompletableFuture<>();
        BayTracker tracker = tracker(bayId, done);
        if (tracker == null) {
            return done;
        }
        inbox.add(() -> {
            if (failedForLostLease(done)) {
                return;
            }
            try {
                List<SessionEvent> events = action.apply(tracker);
                handle(events);
                List<Session> changed = events.stream().map(SessionEvent::carried).flatMap(Optional::stream).toList();
                Optional<PendingWrites.Outcome> outcome = flush();
                if (failedForLostLease(done)) {
                    return;
                }
                Optional<String> notSaved = outcome.flatMap(o -> changed.stream()
                        .flatMap(changedSession -> NotSavedException.why(bayId, changedSession.id(), o).stream())
                        .findFirst());
                if (notSaved.isPresent()) {
                    done.completeExceptionally(new NotSavedException(notSaved.get()));
                } else {
                    done.complete(result.apply(events));
                }
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Whether the lease is lost, {@code done} then failed with the reason: nothing an attendant does is kept. */
    private boolean failedForLostLease(CompletableFuture<?> done) {
        if (lostLease.isDone()) {
            done.completeExceptionally(new IllegalStateException(lostLease.join()));
        }
        return lostLease.isDone();
    }

    /** The bay's tracker; null, with {@code done} failed, when the site has no such bay. */
    private BayTracker tracker(String bayId, CompletableFuture<?> done) {
        BayTracker tracker = trackers.get(bayId);
        if (tracker == null) {
            done.completeExceptionally(new IllegalArgumentException("There is no bay " + bayId + " on this site."));
        }
        return tracker;
    }

    private void run() {
        nextFlushNanos = System.nanoTime() + FLUSH_EVERY.toNanos();
        nextRetryNanos = System.nanoTime() + Quarantine.RETRY_EVERY.toNanos();
        nextPruneNanos = System.nanoTime();
        nextRenewNanos = System.nanoTime() + CollectorLease.RENEW_EVERY.toNanos();
        while (running) {
            try {
                Runnable work = inbox.poll(100, TimeUnit.MILLISECONDS);
                if (work != null) {
                    work.run();
                }
                if (System.nanoTime() - nextFlushNanos >= 0) {
                    flush();
                    nextFlushNanos = System.nanoTime() + FLUSH_EVERY.toNanos();
                }
                if (System.nanoTime() - nextRenewNanos >= 0) {
                    renewLease();
                }
                if (System.nanoTime() - nextRetryNanos >= 0) {
                    retryKeptAside();
                    nextRetryNanos = System.nanoTime() + Quarantine.RETRY_EVERY.toNanos();
                }
                if (System.nanoTime() - nextPruneNanos >= 0) {
                    pruneReadings();
                    List<SiteAnomaly> silent = siteWatch.silentBays(clock.instant());
                    unsavedSiteAnomalies.addAll(silent);
                    silent.forEach(a -> siteAnomalyListeners.forEach(l -> l.accept(a)));
                    nextPruneNanos = System.nanoTime() + PRUNE_EVERY.toNanos();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // One bad result must not stop recording for the whole site.
                LOG.error("Collector: unexpected error, carrying on", e);
            }
        }
    }

    private void accept(PollResult result) {
        if (lostLease.isDone()) {
            return;
        }
        BayTracker tracker = trackers.get(result.bayId());
        if (tracker == null) {
            LOG.warn("Result for unknown bay {} ignored", result.bayId());
            return;
        }
        List<SessionEvent> events = tracker.accept(result);
        if (result instanceof Reading r) {
            unsavedReadings.add(r);
            // The reading is evidence of the session it belongs to: the one open now, or the one it just ended.
            Optional<UUID> session = tracker.openSession().map(Session::id).or(() -> events.stream()
                    .filter(e -> e instanceof SessionEvent.Ended).flatMap(e -> SessionEvent.carried(e).stream())
                    .map(Session::id).findFirst());
            history.add(r, session);
        }
        handle(events);
        BusSilence bus = busOfBay.get(result.bayId());
        if (bus.accept(result)) {
            busSilenceChanged(bus);
        }
    }

    /** A bus fell silent (its bays count offline at once) or answers again; the snapshot says which. */
    private void busSilenceChanged(BusSilence bus) {
        List<SessionEvent> offline = new ArrayList<>();
        if (bus.silent()) {
            LOG.warn("Bus {}: {}", bus.busId(), bus.reason().orElseThrow());
            config.bays().stream().filter(b -> b.busId().equals(bus.busId()))
                    .forEach(b -> offline.addAll(trackers.get(b.id()).busSilent()));
        } else {
            LOG.info("Bus {}: meters answer again", bus.busId());
        }
        handle(offline);
    }

    private void handle(List<SessionEvent> events) {
        for (SessionEvent event : events) {
            SessionEvent e = event instanceof SessionEvent.Ended ended
                    ? new SessionEvent.Ended(shortSessions.get(ended.bayId()).check(ended.session())) : event;
            SessionEvent.carried(e).ifPresent(s -> unsavedSessions.put(s.id(), s));
            if (e instanceof SessionEvent.Started s) {
                sessionsChanged++;
                siteWatch.activity(s.bayId(), s.session().start());
                LOG.info("Bay {}: session {} started at {} (register {})", s.bayId(), s.session().id(),
                        s.session().start(), s.session().startRegister());
            } else if (e instanceof SessionEvent.Ended s) {
                sessionsChanged++;
                history.sessionEnded(s.session(), tariffs.price(s.session()));
                LOG.info("Bay {}: session {} ended ({}), {} in {}", s.bayId(), s.session().id(),
                        s.session().endReason().orElseThrow(), s.session().energy(),
                        s.session().duration(s.session().end().orElseThrow()));
            } else if (e instanceof SessionEvent.StateChanged c) {
                LOG.info("Bay {}: {} -> {} ({})", c.bayId(), c.from(), c.to(), c.reason());
            }
            for (Consumer<SessionEvent> l : listeners) {
                l.accept(e);
            }
        }
        snapshot = takeSnapshot();
    }

    /** Hands this second's batch over and writes what is pending; empty once the lease is lost. */
    private Optional<PendingWrites.Outcome> flush() {
        if (lostLease.isDone()) {
            return Optional.empty();
        }
        siteWatch.sitePower(snapshot.totalPower(), clock.instant()).ifPresent(unsavedSiteAnomalies::add);
        saveSiteAnomalies();
        pending.add(new RecordBatch(unsavedReadings, unsavedSessions.values(), history.pending()));
        unsavedReadings.clear();
        unsavedSessions.clear();
        history.clear();
        try {
            PendingWrites.Outcome outcome = pending.flush();
            if (outcome.failure().isEmpty()) {
                nextRenewNanos = System.nanoTime() + CollectorLease.RENEW_EVERY.toNanos();
            }
            storeProblem = pending.problem();
            snapshot = takeSnapshot();
            return Optional.of(outcome);
        } catch (LeaseLostException e) {
            loseLease(e);
            return Optional.empty();
        }
    }

    private void retryKeptAside() {
        if (lostLease.isDone()) {
            return;
        }
        try {
            pending.retry();
            storeProblem = pending.problem();
            snapshot = takeSnapshot();
        } catch (LeaseLostException e) {
            loseLease(e);
        }
    }

    /** Tells other programs this collector is alive, between writes (each write renews the lease too). */
    private void renewLease() {
        nextRenewNanos = System.nanoTime() + CollectorLease.RENEW_EVERY.toNanos();
        if (lostLease.isDone()) {
            return;
        }
        try {
            lease.heartbeat();
            if (renewFailing) {
                LOG.info("The collector lease is renewed again");
                renewFailing = false;
            }
        } catch (LeaseLostException e) {
            loseLease(e);
        } catch (StoreException e) {
            if (!renewFailing) {
                LOG.warn("{}; trying again", e.getMessage());
                renewFailing = true;
            }
        }
    }

    /** Another collector writes now: drop what this one still holds, and never write again. */
    private void loseLease(LeaseLostException e) {
        LOG.error("{} Dropped {} readings and {} session changes not yet written.", e.getMessage(),
                unsavedReadings.size() + pending.abandon(), unsavedSessions.size());
        unsavedReadings.clear();
        unsavedSessions.clear();
        unsavedSiteAnomalies.clear();
        history.clear();
        storeProblem = Optional.of(e.getMessage());
        snapshot = takeSnapshot();
        lostLease.complete(e.getMessage());
    }

    private void saveSiteAnomalies() {
        if (unsavedSiteAnomalies.isEmpty()) {
            return;
        }
        try {
            siteAnomalies.add(unsavedSiteAnomalies);
            unsavedSiteAnomalies.forEach(a -> LOG.warn("Anomaly {}{}: {}", a.anomaly().code().code(),
                    a.bayId().map(b -> " on bay " + b).orElse(""), a.anomaly().reason()));
            unsavedSiteAnomalies.clear();
        } catch (StoreException e) {
            LOG.warn("Could not store site anomalies, will try again: {}", e.getMessage());
        }
    }

    /** Raw readings older than the site keeps them go; sessions and their per-minute evidence stay. */
    private void pruneReadings() {
        if (lostLease.isDone()) {
            return;
        }
        Instant before = clock.instant().minus(config.rawReadingsKept());
        try {
            int deleted = readings.deleteOlderThan(before);
            if (deleted > 0) {
                LOG.info("Deleted {} raw readings from before {} (kept {} days)", deleted, before,
                        config.rawReadingsKept().toDays());
            }
        } catch (StoreException e) {
            LOG.warn("Could not delete old readings, will try again: {}", e.getMessage());
        }
    }

    private SiteSnapshot takeSnapshot() {
        List<BaySnapshot> bays = new ArrayList<>(trackers.size());
        for (BayConfig bay : config.bays()) {
            BayTracker t = trackers.get(bay.id());
            bays.add(new BaySnapshot(bay, t.state(), t.lastReading(), t.openSession(), t.lastFailure(),
                    t.meterFault()));
        }
        Map<String, Reason> silentBuses = new HashMap<>();
        buses.forEach(b -> b.reason().ifPresent(why -> silentBuses.put(b.busId(), why)));
        return new SiteSnapshot(clock.instant(), List.copyOf(bays), sessionsChanged, storeProblem, silentBuses);
    }

    /**
     * Stops after writing everything received; open sessions stay open in the database and resume next start.
     * Releases the lease, so the next collector can start at once.
     */
    @Override
    public void close() throws InterruptedException {
        running = false;
        // An interrupt would abort a write in progress (H2 and the journal's file channel give up on one), so the
        // thread is woken by an empty task and finishes what it is writing.
        inbox.add(() -> { });
        thread.join(STOP_WAIT.toMillis());
        if (thread.isAlive()) {
            LOG.warn("Collector: still writing after {}; interrupting it", STOP_WAIT);
            thread.interrupt();
            thread.join(STOP_WAIT.toMillis());
        }
        Runnable work;
        while ((work = inbox.poll()) != null) {
            work.run();
        }
        flush();
        try {
            pending.close();
        } catch (LeaseLostException e) {
            loseLease(e);
        }
        if (!lostLease.isDone()) {
            lease.release();
            storeProblem = pending.problem();
        }
        LOG.info("Collector stopped{}", storeProblem.map(p -> "; NOT everything is in the database: " + p)
                .orElse(""));
    }
}
