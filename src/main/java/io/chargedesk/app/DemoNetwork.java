package io.chargedesk.app;

import io.chargedesk.meter.BusPoller;
import io.chargedesk.meter.MeterReader;
import io.chargedesk.meter.Pacer;
import io.chargedesk.meter.PollResult;
import io.chargedesk.meter.Reading;
import io.chargedesk.sim.ScaledClock;
import io.chargedesk.sim.SimulatedMeterReader;
import io.chargedesk.sim.SimulatedSite;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo site's meters: simulated in-process, polled once a second of site time on one bus. */
final class DemoNetwork implements MeterNetwork {

    private static final Logger LOG = LoggerFactory.getLogger(DemoNetwork.class);
    private static final Duration MEAN_GAP_BETWEEN_CARS = Duration.ofMinutes(25);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    /** A sped-up demo polls less often in site time, so it never reads more than 50 times a real second. */
    private static final Duration FASTEST_REAL_POLL = Duration.ofMillis(20);

    private final BusPoller poller;
    private final SimulatedSite site;

    /**
     * @param lastReadings each bay's reading as last stored, so the simulated meters carry on from its register
     *     and keep its serial: they are the same meters, and a new serial would read as a meter swap
     */
    DemoNetwork(SiteConfig config, Clock clock, long seed, Map<String, Reading> lastReadings,
                Consumer<PollResult> sink) {
        List<BayConfig> bays = config.bays();
        this.site = new SimulatedSite(new SimulatedSite.SequencedBays(bays.stream().map(BayConfig::id).toList(),
                bays.stream().map(BayConfig::maxPower).toList(), config.site().zone()), seed, clock,
                MEAN_GAP_BETWEEN_CARS);
        site.continueFrom(lastReadings);
        List<MeterReader> readers = site.meters().stream().<MeterReader>map(SimulatedMeterReader::new).toList();
        double speed = clock instanceof ScaledClock scaled ? scaled.speed() : 1;
        Duration interval = POLL_INTERVAL;
        Duration fastest = Duration.ofNanos((long) (FASTEST_REAL_POLL.toNanos() * speed));
        if (fastest.compareTo(interval) > 0) {
            interval = fastest;
        }
        this.poller = new BusPoller("demo", readers, interval, clock,
                speed == 1 ? Pacer.REAL_TIME : Pacer.scaled(speed), sink);
    }

    SimulatedSite simulatedSite() {
        return site;
    }

    @Override
    public void start() {
        LOG.info("Demo site: {} simulated meters", site.meters().size());
        poller.start();
    }

    @Override
    public void close() {
        try {
            poller.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
