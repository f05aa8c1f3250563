package io.chargedesk.app;

import io.chargedesk.meter.Diagnostics;
import java.util.Optional;

/** The meters of a site, polled on their buses once started, until closed. */
public interface MeterNetwork extends AutoCloseable {

    void start();

    /** Per-bus and per-bay statistics, where the network has real meters. */
    default Optional<Diagnostics> diagnostics() {
        return Optional.empty();
    }

    @Override
    void close();
}
