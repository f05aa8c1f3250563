package io.chargedesk.app;

import io.chargedesk.collector.Collector;
import io.chargedesk.collector.SpillSettings;
import io.chargedesk.meter.Diagnostics;
import io.chargedesk.meter.MeterException;
import io.chargedesk.meter.Reading;
import io.chargedesk.meter.modbus.BusScanner;
import io.chargedesk.meter.modbus.ScanHit;
import io.chargedesk.sim.ScaledClock;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.LeaseLostException;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.ui.history.BackgroundHistory;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running site: its meters polled, sessions recorded to the database. Used with or without a window. Only one
 * runs per database: it holds the database's {@link CollectorLease}, and stops polling if it loses it.
 */
public final class SiteRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SiteRuntime.class);
    private static final Duration SCAN_TIMEOUT = Duration.ofMillis(100);

    private final Database database;
    private final Clock clock;
    private final Collector collector;
    private final MeterNetwork network;
    private final AlertFeed alerts;
    private final ExportScheduler exports;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Optional<SampleLoad> sampleHistory;
    /** Guarded by {@code this}: false once the lease is lost or the runtime closes. */
    private boolean polling = true;

    private SiteRuntime(Database database, Clock clock, Collector collector, MeterNetwork network, AlertFeed alerts,
            Optional<SampleLoad> sampleHistory) {
        this.sampleHistory = sampleHistory;
        this.alerts = alerts;
        this.database = database;
        this.clock = clock;
        this.collector = collector;
        this.network = network;
        this.exports = new ExportScheduler(database, clock);
    }

    /** How a lease holder is named in another program's error message: {@code what} and the user running it. */
    static String holder(String what) {
        return what + " (user " + System.getProperty("user.name", "unknown") + ")";
    }

    /**
     * Takes the lease, then starts collecting.
     *
     * @param speed how much faster than real time the demo site runs (1 for real meters)
     */
    public static SiteRuntime start(SiteConfig config, Database db, double speed, long seed) throws StoreException {
        return start(config, db, takeLease(db, "a ChargeDesk collector"), speed, seed, false);
    }

    /**
     * Takes the database's collector lease for this program: do it before anything is written (the saved
     * settings too), since it is what keeps two collectors from resuming the same open sessions.
     *
     * @param what what this program is called in another one's error message ("the console")
     * @throws io.chargedesk.store.LeaseHeldException another ChargeDesk collects into this database
     */
    public static CollectorLease takeLease(Database db, String what) throws StoreException {
        return CollectorLease.acquire(db, holder(what), Clock.systemUTC());
    }

    /**
     * Starts collecting under {@code lease}, which the runtime then owns: renewed while it runs, released when
     * it closes or fails to start.
     *
     * @param sampleHistory for the demo site: load the sample history into a database without sessions, on a
     *     thread of its own while the site runs ({@link #sampleHistory})
     */
    public static SiteRuntime start(SiteConfig config, Database db, CollectorLease lease, double speed, long seed,
            boolean sampleHistory) throws StoreException {
        return start(config, db, lease, speed, seed, sampleHistory ? Optional.of(SiteRuntime::sampleThread)
                : Optional.empty());
    }

    private static void sampleThread(Runnable load) {
        Thread t = new Thread(load, "sample-history");
        // Closing stops it between weeks (close()); a JVM that dies mid-week leaves that week uncommitted.
        t.setDaemon(true);
        t.start();
    }

    /** @param sampleLoader for the demo site: where the sample history loads while the site runs */
    static SiteRuntime start(SiteConfig config, Database db, CollectorLease lease, double speed, long seed,
            Optional<Executor> sampleLoader) throws StoreException {
        Optional<SampleLoad> sample = Optional.empty();
        Collector collector;
        MeterNetwork network;
        Clock clock;
        AlertFeed alerts;
        try {
            // Still ours? A console may have waited on a dialog for longer than a lease lives.
            lease.heartbeat();
            if (config.demo() && sampleLoader.isPresent()) {
                // Only its quick part here (the last readings the live demo continues from); the year runs below.
                sample = SampleHistory.begin(db, config, Instant.now());
            }
            Map<String, Reading> last = lastReadings(config, db);
            // A sped-up demo's clock runs ahead of the wall clock; a restart must not take it back in time.
            Instant resumeAt = last.values().stream().map(Reading::at).max(Instant::compareTo)
                    .filter(t -> t.isAfter(Instant.now())).orElse(Instant.now());
            clock = speed == 1 ? Clock.systemUTC() : new ScaledClock(resumeAt, speed);
            collector = new Collector(config, db, clock, lease, spillSettings(db.url(), System::getenv,
                    System.getProperties()));
            if (config.demo()) {
                network = new DemoNetwork(config, clock, seed, last, collector.sink());
            } else {
                network = new ModbusNetwork(config, SiteSource.meterModels(), clock, collector.sink());
            }
            alerts = AlertFeed.watch(collector, UseCases.alerts(db, clock,
                    UseCases.auditLog(db, UseCases.attendant(db, clock), clock)));
        } catch (StoreException | RuntimeException e) {
            if (!(e instanceof LeaseLostException)) {
                lease.release();
            }
            throw e;
        }
        collector.start();
        network.start();
        alerts.start();
        LOG.info("Site {} running: {} bays, database {}", config.site().name(), config.bays().size(), db.url());
        SiteRuntime runtime = new SiteRuntime(db, clock, collector, network, alerts, sample);
        sample.ifPresent(load -> sampleLoader.orElseThrow().execute(() -> {
            try {
                load.run();
            } catch (StoreException | RuntimeException e) {
                LOG.error("Could not load the sample history; the next start tries the rest again", e);
            }
        }));
        // A collector that lost the database to another one must not go on taking the bus from it either.
        collector.leaseLost().thenRunAsync(runtime::stopPolling);
        return runtime;
    }

    /**
     * Where and how much the collector keeps on disk while the database fails: the database's own folder under the
     * data folder, at most {@code CHARGEDESK_SPILL_MAX_MB} (or {@code -Dchargedesk.spill.max-mb}) MB.
     *
     * @throws IllegalArgumentException the setting is not a number of MB in range; the message names it
     */
    static SpillSettings spillSettings(String databaseUrl, Function<String, String> env, Properties properties) {
        SpillSettings settings = SpillSettings.in(AppPaths.unsavedFolder(databaseUrl));
        String property = properties.getProperty("chargedesk.spill.max-mb");
        if (property != null) {
            return settings.withMaxMegabytes("-Dchargedesk.spill.max-mb", property);
        }
        String variable = env.apply("CHARGEDESK_SPILL_MAX_MB");
        return variable == null ? settings : settings.withMaxMegabytes("CHARGEDESK_SPILL_MAX_MB", variable);
    }

    private static Map<String, Reading> lastReadings(SiteConfig config, Database db) throws StoreException {
        ReadingRepository readings = new ReadingRepository(db);
        Map<String, Reading> last = new HashMap<>();
        for (BayConfig bay : config.bays()) {
            readings.latest(bay.id()).ifPresent(r -> last.put(bay.id(), r));
        }
        return last;
    }

    /** The demo's sample history while it still loads; empty when it was all there at the start. */
    public Optional<BackgroundHistory> sampleHistory() {
        return sampleHistory.map(BackgroundHistory.class::cast);
    }

    public Collector collector() {
        return collector;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    /**
     * Probes every slave id on one bus for meters. A bus has one master, so polling pauses for the scan (the
     * bays record it as a gap) and resumes after.
     */
    public synchronized List<ScanHit> scanBus(String busId, IntConsumer progress) throws MeterException {
        BusConfig bus = config().buses().stream().filter(b -> b.id().equals(busId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no bus " + busId + " on this site."));
        if (!polling) {
            throw new IllegalStateException("This ChargeDesk no longer collects: another one has the buses now.");
        }
        network.close();
        try {
            return new BusScanner(SiteSource.meterModels()).scan(bus, 1, 247, SCAN_TIMEOUT, progress);
        } finally {
            network.start();
        }
    }

    /** Bus and meter statistics for installers; empty on the demo site. */
    public Optional<Diagnostics> diagnostics() {
        return network.diagnostics();
    }

    public SiteConfig config() {
        return collector.config();
    }

    private synchronized void stopPolling() {
        if (polling) {
            polling = false;
            network.close();
        }
    }

    /**
     * Stops polling, then writes everything the collector still holds and releases the lease, then lets the
     * database close. Closing twice does nothing more.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Before the database closes: a week being written finishes, none starts after.
        sampleHistory.ifPresent(SampleLoad::stop);
        stopPolling();
        alerts.close();
        try {
            exports.close();
            collector.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }
}
