package io.chargedesk.app;

import io.chargedesk.store.Backups;
import io.chargedesk.store.Database;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the collector's database up every {@code every} into a folder, keeping the newest {@code keep}; the first
 * backup a minute after the start, so that a collector restarted often still has a recent one. A backup that fails
 * is logged and tried again at the next turn; recording goes on either way.
 */
public final class BackupSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);
    private static final Duration FIRST_AFTER = Duration.ofMinutes(1);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "backup");
        t.setDaemon(true);
        return t;
    });

    public BackupSchedule(Database db, Path folder, Duration every, int keep, Clock clock) {
        timer.scheduleAtFixedRate(() -> {
            try {
                Backups.take(db, folder, clock.instant(), keep);
            } catch (StoreException | RuntimeException e) {
                LOG.error("Scheduled backup failed; trying again in {}: {}", every, e.getMessage());
            }
        }, FIRST_AFTER.toSeconds(), every.toSeconds(), TimeUnit.SECONDS);
    }

    /** Lets a backup in progress finish, so that no half-written zip is left behind. */
    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.MINUTES);
    }
}
