package io.chargedesk.bench;

import io.chargedesk.app.UseCases;
import io.chargedesk.export.SessionExport;
import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.store.Database;
import io.chargedesk.store.Recorder;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.SessionReport;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The store under load: readings/s ingested through the collector's recorder in batches, and the sessions
 * browser's queries over one million stored sessions. A plain main, run on demand (bench/README.md).
 */
public final class SessionStoreBench {

    private static final int BAYS = 50;
    private static final int SESSIONS = 1_000_000;

    private SessionStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        try (TempFolder dir = new TempFolder("store-bench");
             Database db = Database.open(dir.path().resolve("db").toString())) {
            ingest(db);
            loadSessions(db);
            queries(db);
        }
    }

    private static void ingest(Database db) throws Exception {
        Recorder recorder = new Recorder(db);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int batch : new int[] {1, 100, 1000}) {
            int total = batch == 1 ? 2_000 : 50_000;
            List<Reading> readings = new ArrayList<>(batch);
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                t = t.plusMillis(20);
                readings.add(new Reading("B" + (i % BAYS), t, Energy.ofWattHours(1_000_000 + i), Power.ofWatts(7000),
                        "1"));
                if (readings.size() == batch) {
                    recorder.record(readings, List.of(), HistoryBatch.EMPTY);
                    readings.clear();
                }
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("ingest, %4d readings per transaction: %,8.0f readings/s%n", batch, total / s);
        }
    }

    /** A million closed sessions over about four years of 50 bays, inserted in large batches. */
    private static void loadSessions(Database db) throws Exception {
        long start = System.nanoTime();
        Instant t0 = Instant.parse("2022-01-01T00:00:00Z");
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO charging_session (id, bay_id, meter_serial, "
                    + "status, start_utc, end_utc, start_register_wh, end_register_wh, energy_wh, peak_power_w, "
                    + "charging_ms, last_charging_utc, manual, end_reason) VALUES (?, ?, '1', 'closed', ?, ?, ?, ?, ?, "
                    + "11000, 3000000, ?, FALSE, 'TIMEOUT')")) {
                for (int i = 0; i < SESSIONS; i++) {
                    Instant s = t0.plusSeconds(i * 126L);
                    long wh = 1_000_000L + i * 20L;
                    ps.setObject(1, new UUID(0x5E55L, i));
                    ps.setString(2, "B" + (i % BAYS));
                    ps.setObject(3, s.atOffset(ZoneOffset.UTC));
                    ps.setObject(4, s.plusSeconds(3600).atOffset(ZoneOffset.UTC));
                    ps.setLong(5, wh);
                    ps.setLong(6, wh + 15_000);
                    ps.setLong(7, 15_000);
                    ps.setObject(8, s.plusSeconds(3000).atOffset(ZoneOffset.UTC));
                    ps.addBatch();
                    if (i % 10_000 == 9_999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        System.out.printf("bulk load of %,d sessions: %.1f s%n", SESSIONS, (System.nanoTime() - start) / 1e9);
        new SessionRepository(db).save(new io.chargedesk.session.Session(UUID.randomUUID(), "B1", "1",
                Instant.parse("2026-03-01T00:00:00Z"), Optional.empty(), Energy.ofWattHours(0),
                Energy.ofWattHours(1), Power.ZERO, Duration.ZERO, Instant.parse("2026-03-01T00:00:00Z"), false,
                Customer.NONE, Optional.<EndReason>empty(), List.of(), List.of()));
    }

    private static void queries(Database db) throws Exception {
        SessionRepository repo = new SessionRepository(db);
        Instant day = Instant.parse("2024-06-12T00:00:00Z");
        time("one day, all bays", () -> repo.list(SessionFilter.between(day, day.plus(Duration.ofDays(1)))).size());
        SessionFilter bayMonth = new SessionFilter(Optional.of(day), Optional.of(day.plus(Duration.ofDays(30))),
                Optional.of("B7"), Optional.empty(), Optional.empty(), Optional.empty(), false);
        time("one bay, one month", () -> repo.list(bayMonth).size());
        time("open sessions", () -> repo.openSessions().size());
        time("one session by id prefix", () -> repo.findByPrefix("00000000-0000-5e55-0000-00000007a120").size());
        SessionReport report = UseCases.sessionReport(db, Clock.systemUTC());
        Instant month = Instant.parse("2025-03-01T00:00:00Z");
        long start = System.nanoTime();
        int rows = report.rows(SessionFilter.between(month, month.plus(Duration.ofDays(31))), Instant.now()).size();
        try (OutputStream out = OutputStream.nullOutputStream()) {
            SessionExport.write(report.rows(SessionFilter.between(month, month.plus(Duration.ofDays(31))),
                    Instant.now()), SessionExport.Format.CSV, Optional.empty(), out);
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("CSV export of one month (%,d sessions, listed twice): %.2f s, %,.0f sessions/s%n", rows, s,
                2 * rows / s);
    }

    private interface Query {
        int run() throws Exception;
    }

    private static void time(String what, Query q) throws Exception {
        q.run();
        long start = System.nanoTime();
        int rows = 0;
        for (int i = 0; i < 5; i++) {
            rows = q.run();
        }
        System.out.printf("query %-28s %6.1f ms (%,d rows)%n", what + ":", (System.nanoTime() - start) / 1e6 / 5, rows);
    }
}
