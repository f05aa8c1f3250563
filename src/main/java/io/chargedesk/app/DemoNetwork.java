package io.chargedesk.app;

import io.chargedesk.meter.BusPoller;
import io.chargedesk.meter.MeterReader;
import io.chargedesk.meter.Pacer;
import io.chargedesk.meter.PollResult;
import io.chargedesk.sim.ScaledClock;
import io.chargedesk.sim.SimulatedMeterReader;
import io.chargedesk.sim.SimulatedSite;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo site's meters: simulated in-process, polled once a second of site time on one bus. */
final class DemoNetwork implements MeterNetwork {

    private static final Logger LOG = LoggerFactory.getLogger(DemoNetwork.class);
    private static final Duration MEAN_GAP_BETWEEN_CARS = Duration.ofMinutes(25);

    private final BusPoller poller;
    private final SimulatedSite site;

    DemoNetwork(SiteConfig config, Clock clock, long seed, Consumer<PollResult> sink) {
        List<BayConfig> bays = config.bays();
        this.site = new SimulatedSite(new SimulatedSite.SequencedBays(bays.stream().map(BayConfig::id).toList(),
                bays.stream().map(BayConfig::maxPower).toList()), seed, clock, MEAN_GAP_BETWEEN_CARS);
        List<MeterReader> readers = site.meters().stream().<MeterReader>map(SimulatedMeterReader::new).toList();
        Pacer pacer = clock instanceof ScaledClock scaled ? Pacer.scaled(scaled.speed()) : Pacer.REAL_TIME;
        this.poller = new BusPoller("demo", readers, Duration.ofSeconds(1), clock, pacer, sink);
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
