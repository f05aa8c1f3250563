package io.chargedesk.app;

import io.chargedesk.alert.AlertChange;
import io.chargedesk.collector.AlertRules;
import io.chargedesk.collector.Collector;
import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.usecase.AlertDesk;
import io.chargedesk.usecase.port.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises and clears the site's alerts from its collector's snapshots once a second, and stores them, on a thread of
 * its own ("alerts"): only the program that collects does, so consoles that watch read them and store none twice
 * (docs/decisions/0013-alerts-raised-by-the-collector.md). While the database fails, the changes wait here and are
 * stored in order once it takes them again.
 */
final class AlertFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);
    /** An outage long enough to fill this drops the oldest changes rather than the collector's memory. */
    private static final int MAX_UNSAVED = 10_000;

    private final AlertRules rules;
    private final Collector collector;
    private final AlertDesk desk;
    private final Queue<SiteAnomaly> reported = new ConcurrentLinkedQueue<>();
    /** On the alerts thread only. */
    private final List<AlertChange> unsaved = new ArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alerts");
        t.setDaemon(true);
        return t;
    });
    private boolean failing;

    private AlertFeed(AlertRules rules, Collector collector, AlertDesk desk) {
        this.rules = rules;
        this.collector = collector;
        this.desk = desk;
    }

    /** Listens to the collector's site anomalies: call before the collector starts, so none is missed. */
    static AlertFeed watch(Collector collector, AlertDesk desk) throws StoreException {
        AlertFeed feed = new AlertFeed(new AlertRules(collector.config().site().gridLimit(), desk.open()), collector,
                desk);
        collector.addSiteAnomalyListener(feed.reported::add);
        return feed;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            for (SiteAnomaly a = reported.poll(); a != null; a = reported.poll()) {
                rules.reported(a);
            }
            unsaved.addAll(rules.evaluate(collector.snapshot()));
            if (unsaved.size() > MAX_UNSAVED) {
                LOG.warn("Dropped {} alert changes the database did not take", unsaved.size() - MAX_UNSAVED);
                unsaved.subList(0, unsaved.size() - MAX_UNSAVED).clear();
            }
            if (unsaved.isEmpty()) {
                return;
            }
            desk.record(unsaved);
            unsaved.forEach(c -> LOG.info("Alert {} {}{}", c instanceof AlertChange.Raised ? "raised:" : "cleared:",
                    c.key().kind().code(), c.key().bayId().map(b -> " on bay " + b).orElse("")));
            unsaved.clear();
            failing = false;
        } catch (StoreException e) {
            if (!failing) {
                LOG.warn("Could not store alerts, will try again: {}", e.getMessage());
                failing = true;
            }
        } catch (RuntimeException e) {
            // The next second tries again: one bad snapshot must not end alerting for good.
            LOG.error("Alerts: unexpected error, carrying on", e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
