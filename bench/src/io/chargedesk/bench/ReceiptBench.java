package io.chargedesk.bench;

import io.chargedesk.app.SiteSource;
import io.chargedesk.app.UseCases;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.ReceiptService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Receipts per second: issuing one at a time (price, fingerprint, number, store, render) and a batch of 1,000,
 * then reprinting the batch (render only). A plain main, run on demand (bench/README.md).
 */
public final class ReceiptBench {

    private static final int BATCH = 1_000;

    private ReceiptBench() {
    }

    public static void main(String[] args) throws Exception {
        try (TempFolder dir = new TempFolder("receipt-bench")) {
            run(dir.path());
        }
    }

    private static void run(Path dir) throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        var demo = SiteSource.demo().config();
        new SiteRepository(db).save(demo.site());
        new TariffRepository(db).addFromSiteFile(demo, Instant.now());
        new BayRepository(db).sync(demo.bays());
        SessionRepository sessions = new SessionRepository(db);
        List<UUID> ids = new ArrayList<>();
        Instant start = Instant.parse("2026-06-01T08:00:00Z");
        for (int i = 0; i < BATCH + 50; i++) {
            Instant s = start.plus(Duration.ofMinutes(90L * i));
            UUID id = UUID.randomUUID();
            sessions.save(new Session(id, "A" + (1 + i % 6), "123", s, Optional.of(s.plusSeconds(3600)),
                    Energy.ofWattHours(1_000_000L + i * 20_000L), Energy.ofWattHours(1_012_345L + i * 20_000L),
                    Power.ofWatts(11_000), Duration.ofMinutes(55), s.plusSeconds(3300), false, Customer.NONE,
                    Optional.of(EndReason.TIMEOUT), List.of(), List.of()));
            ids.add(id);
        }
        ReceiptService service = UseCases.receipts(db, Clock.systemUTC());
        for (int i = 0; i < 50; i++) {
            service.receipt(ids.get(i), ReceiptFormat.on(Layout.A4));
        }
        List<UUID> batch = ids.subList(50, ids.size());
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            service.receipt(batch.get(i), ReceiptFormat.on(Layout.A4));
        }
        double single = (System.nanoTime() - t0) / 1e6 / 20;
        long t1 = System.nanoTime();
        for (UUID id : batch.subList(20, batch.size())) {
            service.receipt(id, ReceiptFormat.on(Layout.A4));
        }
        double batchSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        for (UUID id : batch) {
            service.receipt(id, ReceiptFormat.on(Layout.ROLL));
        }
        double reprintSeconds = (System.nanoTime() - t2) / 1e9;
        System.out.printf("issue one receipt (A4):         %.1f ms each%n", single);
        System.out.printf("issue a batch of %d (A4):     %.1f s, %.0f receipts/s%n", batch.size() - 20, batchSeconds,
                (batch.size() - 20) / batchSeconds);
        System.out.printf("reprint %d as COPY (roll):     %.1f s, %.0f receipts/s%n", batch.size(), reprintSeconds,
                batch.size() / reprintSeconds);
        db.close();
    }
}
