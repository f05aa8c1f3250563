package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.history.HistoryBatch;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Rows written as JDBC batches (the rollups' {@link Counters}, the history tables' upserts) come out exactly as when
 * each row is written on its own, whatever the order, however often a key repeats and wherever a batch is cut.
 */
class BatchedWritesPropertiesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant FIRST = Instant.parse("2026-10-24T20:00:00Z");
    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static Database db;

    @BeforeContainer
    static void open() throws Exception {
        db = Database.open("jdbc:h2:mem:batched-writes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        HistoryRollupsTest.berlinSite(db, "A1", "A2", "A3");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO charging_session (id, bay_id, status, start_utc, start_register_wh, "
                    + "end_register_wh, energy_wh, peak_power_w, charging_ms, last_charging_utc, manual) VALUES ('"
                    + SESSION + "', 'A1', 'open', TIMESTAMP WITH TIME ZONE '2026-10-24 20:00:00Z', 0, 0, 0, 0, 0, "
                    + "TIMESTAMP WITH TIME ZONE '2026-10-24 20:00:00Z', FALSE)");
        }
    }

    @BeforeTry
    void empty() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("bay_hour", "bay_interval", "session_minute")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    /** One addition: which bay, which hour or interval (a few, so they repeat), and how much. */
    record Add(int bay, int slot, int wh) {}

    @Provide
    Arbitrary<List<Add>> additions() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 5000)).as(Add::new).list().ofMaxSize(200);
    }

    @Property(tries = 30)
    void countersInBatchesEqualOneRowAtATime(@ForAll("additions") List<Add> adds, @ForAll("batchSizes") int batch,
                                             @ForAll boolean filled) throws Exception {
        prefill(filled);
        try (Connection c = db.connect()) {
            for (Add a : adds) {
                try (Counters one = bayHours(c, 1)) {
                    add(one, a);
                }
            }
        }
        List<List<String>> alone = rows("SELECT * FROM bay_hour ORDER BY bay_id, hour_utc");
        empty();
        prefill(filled);
        try (Connection c = db.connect(); Counters batched = bayHours(c, batch)) {
            for (Add a : adds) {
                add(batched, a);
            }
        }
        assertThat(rows("SELECT * FROM bay_hour ORDER BY bay_id, hour_utc")).isEqualTo(alone);
    }

    @Property(tries = 30)
    void historyRowsInBatchesEqualOneRowAtATime(@ForAll("additions") List<Add> adds) throws Exception {
        List<HistoryBatch> singles = new ArrayList<>();
        List<HistoryBatch.IntervalEnergy> intervals = new ArrayList<>();
        List<HistoryBatch.SessionMinute> minutes = new ArrayList<>();
        for (Add a : adds) {
            Instant at = FIRST.plusSeconds(900L * a.slot());
            var interval = new HistoryBatch.IntervalEnergy("A" + (a.bay() + 1), at, a.wh());
            // Not additive: the last write of a minute sets its register, the highest power stays.
            var minute = new HistoryBatch.SessionMinute(SESSION, at, a.wh(), a.wh() * 3L, a.wh(), 1);
            intervals.add(interval);
            minutes.add(minute);
            singles.add(new HistoryBatch(List.of(interval), List.of(), List.of(minute)));
        }
        String[] tables = {"SELECT * FROM bay_interval ORDER BY bay_id, interval_utc",
            "SELECT * FROM session_minute ORDER BY minute_utc"};
        try (Connection c = db.connect()) {
            for (HistoryBatch single : singles) {
                HistoryRepository.add(c, single);
            }
        }
        List<List<String>> aloneIntervals = rows(tables[0]);
        List<List<String>> aloneMinutes = rows(tables[1]);
        empty();
        try (Connection c = db.connect()) {
            HistoryRepository.add(c, new HistoryBatch(intervals, List.of(), minutes));
        }
        assertThat(rows(tables[0])).isEqualTo(aloneIntervals);
        assertThat(rows(tables[1])).isEqualTo(aloneMinutes);
    }

    /** A table with a row already: the counters then update before they insert. */
    private static void prefill(boolean filled) throws Exception {
        if (filled) {
            try (Connection c = db.connect(); Counters one = bayHours(c, 1)) {
                add(one, new Add(0, 0, 1));
            }
        }
    }

    @Provide
    Arbitrary<Integer> batchSizes() {
        return Arbitraries.integers().between(1, 50);
    }

    private static Counters bayHours(Connection c, int batch) throws Exception {
        return new Counters(c, "bay_hour", List.of("bay_id", "hour_utc"), List.of("energy_wh", "occupied_s"),
                List.of("local_day", "weekday", "local_hour"), batch);
    }

    private static void add(Counters counters, Add a) throws Exception {
        HistoryRollupWriter.LocalHour hour = HistoryRollupWriter.LocalHour.containing(
                FIRST.plusSeconds(3600L * a.slot()), BERLIN);
        counters.add(new Object[] {"A" + (a.bay() + 1), hour.start()}, new long[] {a.wh(), a.slot()}, hour.fixed());
    }

    private static List<List<String>> rows(String sql) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(String.valueOf(rs.getObject(i)));
                }
                out.add(row);
            }
        }
        return out;
    }
}
