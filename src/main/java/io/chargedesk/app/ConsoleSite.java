package io.chargedesk.app;

import io.chargedesk.collector.BayActions;
import io.chargedesk.collector.SnapshotSource;
import io.chargedesk.meter.Diagnostics;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.Database;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.diagnostics.DiagnosticsViewModel;
import io.chargedesk.ui.history.BackgroundHistory;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What the console's screens are built on: the site's collector running in this program, or a collector on
 * another PC whose database this console only watches (docs/design.md, Architecture). The screens are the
 * same either way.
 *
 * @param origin where the site comes from, for the window's header
 * @param withoutBuses what the Diagnostics screen says when there are no buses to show here
 * @param recordingStopped completes with the reason if this console's own collector stops recording
 * @param closer stops whatever runs underneath, then closes the database
 * @param sampleHistory the demo's sample history while it still loads in this program
 */
record ConsoleSite(SiteConfig config, String origin, Database database, Clock clock, SnapshotSource snapshots,
                   BayActions actions, Supplier<Optional<Diagnostics>> diagnostics, String withoutBuses,
                   DiagnosticsViewModel.BusScan busScan, CompletableFuture<String> recordingStopped,
                   Runnable closer, Optional<BackgroundHistory> sampleHistory) {

    /** The site's collector runs in this console. */
    static ConsoleSite collecting(SiteRuntime runtime, String origin, Messages texts) {
        return new ConsoleSite(runtime.config(), origin, runtime.database(), runtime.clock(), runtime.collector(),
                runtime.collector(), runtime::diagnostics, texts.get("diagnostics.demoWithoutBuses"),
                (bus, progress) -> runtime.scanBus(bus, progress).stream().map(ChargeDeskApp::describe).toList(),
                runtime.collector().leaseLost(), runtime::close, runtime.sampleHistory());
    }

    /**
     * A collector elsewhere writes into {@code db}; this console shows what it wrote and changes nothing of it.
     *
     * @param sampleHistory the demo's sample history while the program of that collector still loads it
     */
    static ConsoleSite watching(DatabaseWatch watch, SiteConfig config, Database db, Clock clock, Messages texts,
                                Optional<BackgroundHistory> sampleHistory) {
        String host = watch.collector().map(h -> h.host()).orElse(texts.get("origin.collectorsPc"));
        return new ConsoleSite(config, texts.get("origin.watching", host), db, clock, watch, watch, Optional::empty,
                texts.get("diagnostics.watchingWithoutBuses", host),
                (bus, progress) -> {
                    throw new IllegalStateException("Only the collector on " + host + " can scan its buses.");
                },
                new CompletableFuture<>(), () -> {
                    watch.close();
                    db.close();
                }, sampleHistory);
    }

    void close() {
        closer.run();
    }
}
