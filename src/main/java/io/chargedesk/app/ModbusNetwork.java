package io.chargedesk.app;

import io.chargedesk.meter.Diagnostics;
import io.chargedesk.meter.MeterModels;
import io.chargedesk.meter.PollResult;
import io.chargedesk.meter.modbus.ModbusBuses;
import io.chargedesk.site.SiteConfig;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/** A real site's meters: one Modbus RTU poller per bus, started on demand. */
final class ModbusNetwork implements MeterNetwork {

    private final SiteConfig config;
    private final MeterModels models;
    private final Clock clock;
    private final Consumer<PollResult> sink;
    private ModbusBuses buses;

    ModbusNetwork(SiteConfig config, MeterModels models, Clock clock, Consumer<PollResult> sink) {
        this.config = config;
        this.models = models;
        this.clock = clock;
        this.sink = sink;
    }

    @Override
    public void start() {
        buses = ModbusBuses.start(config, models, clock, sink);
    }

    @Override
    public Optional<Diagnostics> diagnostics() {
        return Optional.ofNullable(buses).map(ModbusBuses::diagnostics);
    }

    @Override
    public void close() {
        if (buses == null) {
            return;
        }
        try {
            buses.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
