package io.chargedesk.app;

import io.chargedesk.collector.Collector;
import io.chargedesk.meter.Diagnostics;
import io.chargedesk.meter.MeterException;
import io.chargedesk.meter.Reading;
import io.chargedesk.meter.modbus.BusScanner;
import io.chargedesk.meter.modbus.ScanHit;
import io.chargedesk.sim.ScaledClock;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.StoreException;
import io.chargedesk.units.Energy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running site: its meters polled, sessions recorded to the database. Used with or without a window. */
public final class SiteRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SiteRuntime.class);
    private static final Duration SCAN_TIMEOUT = Duration.ofMillis(100);

    private final Database database;
    private final Clock clock;
    private final Collector collector;
    private final MeterNetwork network;

    private SiteRuntime(Database database, Clock clock, Collector collector, MeterNetwork network) {
        this.database = database;
        this.clock = clock;
        this.collector = collector;
        this.network = network;
    }

    /**
     * Starts collecting.
     *
     * @param speed how much faster than real time the demo site runs (1 for real meters)
     */
    public static SiteRuntime start(SiteConfig config, Database db, double speed, long seed) throws StoreException {
        return start(config, db, speed, seed, false);
    }

    /** @param sampleHistory for the demo site: load the sample history into a database without sessions */
    public static SiteRuntime start(SiteConfig config, Database db, double speed, long seed, boolean sampleHistory)
            throws StoreException {
        if (config.demo() && sampleHistory) {
            SampleHistory.loadIntoEmpty(db, config.site().zone(), Instant.now());
        }
        Map<String, Reading> last = lastReadings(config, db);
        // A sped-up demo's clock runs ahead of the wall clock; a restart must not take it back in time.
        Instant resumeAt = last.values().stream().map(Reading::at).max(Instant::compareTo)
                .filter(t -> t.isAfter(Instant.now())).orElse(Instant.now());
        Clock clock = speed == 1 ? Clock.systemUTC() : new ScaledClock(resumeAt, speed);
        Collector collector = new Collector(config, db, clock);
        MeterNetwork network;
        if (config.demo()) {
            Map<String, Energy> registers = new HashMap<>();
            last.forEach((bay, r) -> registers.put(bay, r.importRegister()));
            network = new DemoNetwork(config, clock, seed, registers, collector.sink());
        } else {
            network = new ModbusNetwork(config, SiteSource.meterModels(), clock, collector.sink());
        }
        collector.start();
        network.start();
        LOG.info("Site {} running: {} bays, database {}", config.site().name(), config.bays().size(), db.url());
        return new SiteRuntime(db, clock, collector, network);
    }

    private static Map<String, Reading> lastReadings(SiteConfig config, Database db) throws StoreException {
        ReadingRepository readings = new ReadingRepository(db);
        Map<String, Reading> last = new HashMap<>();
        for (BayConfig bay : config.bays()) {
            readings.latest(bay.id()).ifPresent(r -> last.put(bay.id(), r));
        }
        return last;
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

    /** Stops polling, then writes everything the collector still holds, then lets the database close. */
    @Override
    public void close() {
        network.close();
        try {
            collector.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }
}
