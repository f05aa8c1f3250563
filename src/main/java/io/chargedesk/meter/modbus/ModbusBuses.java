package io.chargedesk.meter.modbus;

import io.chargedesk.meter.BusDiagnostics;
import io.chargedesk.meter.BusPoller;
import io.chargedesk.meter.Diagnostics;
import io.chargedesk.meter.MeterModels;
import io.chargedesk.meter.MeterReader;
import io.chargedesk.meter.Pacer;
import io.chargedesk.meter.PollResult;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.SiteConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site's real meters: one {@link ModbusBus} and one {@link BusPoller} thread per bus of the site
 * file, every bay read with its model's register map. Closing stops the pollers, then closes the ports.
 */
public final class ModbusBuses implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusBuses.class);

    private final List<BusPoller> pollers;
    private final List<ModbusBus> buses;
    private final Diagnostics diagnostics;

    private ModbusBuses(List<BusPoller> pollers, List<ModbusBus> buses, Diagnostics diagnostics) {
        this.pollers = pollers;
        this.buses = buses;
        this.diagnostics = diagnostics;
    }

    /** Starts polling every bus of {@code site} with the built-in meter models. */
    public static ModbusBuses start(SiteConfig site, Clock clock, Consumer<PollResult> sink) {
        return start(site, MeterModels.builtIn(), clock, sink);
    }

    /**
     * Starts polling every bus of {@code site} that has bays; readings and failures go to {@code sink}
     * from the buses' threads.
     *
     * @param models the register maps (built-in plus the installer's own) the bays' {@code meter:} names
     */
    public static ModbusBuses start(SiteConfig site, MeterModels models, Clock clock, Consumer<PollResult> sink) {
        List<BusPoller> pollers = new ArrayList<>();
        List<ModbusBus> buses = new ArrayList<>();
        List<BusDiagnostics> diagnostics = new ArrayList<>();
        for (BusConfig config : site.buses()) {
            List<BayConfig> bays = site.baysOn(config.id());
            if (bays.isEmpty()) {
                LOG.info("Bus {}: no bays on it, not polled", config.id());
                continue;
            }
            BusDiagnostics busDiagnostics = new BusDiagnostics(config.id(), config.port());
            ModbusBus bus = ModbusBus.on(config, busDiagnostics);
            List<MeterReader> readers = new ArrayList<>();
            for (BayConfig bay : bays) {
                busDiagnostics.addBay(bay.id(), bay.address(), bay.meterModel(), bay.rules().offlineAfterFailures());
                readers.add(new ModbusMeterReader(bay.id(), bay.address(), models.get(bay.meterModel()), bus,
                        busDiagnostics));
            }
            BusPoller poller = new BusPoller(config.id(), readers, config.pollInterval(), clock, Pacer.REAL_TIME, sink,
                    busDiagnostics);
            buses.add(bus);
            diagnostics.add(busDiagnostics);
            pollers.add(poller);
        }
        pollers.forEach(BusPoller::start);
        return new ModbusBuses(pollers, buses, new Diagnostics(diagnostics));
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    @Override
    public void close() throws InterruptedException {
        for (BusPoller poller : pollers) {
            poller.close();
        }
        buses.forEach(ModbusBus::close);
    }
}
