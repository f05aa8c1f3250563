package io.chargedesk.app;

import io.chargedesk.store.Database;
import io.chargedesk.usecase.ScheduledExports;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the automatic exports that are due: at once when the collecting program starts (catching up what was missed
 * while none ran), then every minute. Started with the collector, in the console and in {@code run --headless}; a run
 * is claimed in the database, so each month is written once whichever program gets to it.
 */
final class ExportScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExportScheduler.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scheduled-exports");
        t.setDaemon(true);
        return t;
    });

    ExportScheduler(Database db, Clock clock) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                UseCases.scheduledExports(db, clock).runDue();
            } catch (StoreException | RuntimeException e) {
                LOG.error("Could not run the automatic exports; trying again in a minute: {}", e.getMessage());
            }
        }, 0, 60, TimeUnit.SECONDS);
    }

    /** Lets an export in progress finish: it writes through a temporary file, but its run is recorded after. */
    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(1, TimeUnit.MINUTES);
    }
}
