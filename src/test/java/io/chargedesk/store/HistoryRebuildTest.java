package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Session;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** rebuild-history commits month by month: a rebuild stopped half-way keeps the months done, and a second run is whole. */
@OnEveryDatabase
class HistoryRebuildTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 2, 1);
    private static final List<String> ROLLUPS = List.of(
            "SELECT interval_utc, energy_wh FROM site_interval ORDER BY 1",
            "SELECT local_day, energy_wh, sessions, peak_wh, peak_utc FROM site_day ORDER BY 1",
            "SELECT bay_id, hour_utc, energy_wh, occupied_s FROM bay_hour ORDER BY 1, 2",
            "SELECT bay_id, local_day, occupied_s FROM bay_day ORDER BY 1, 2",
            "SELECT session_id, local_day FROM session_fact ORDER BY 1",
            "SELECT bay_id, month_start, energy_wh, sessions, occupied_s FROM bay_month ORDER BY 1, 2",
            "SELECT bay_id, year_start, weekday, local_hour, energy_wh, occupied_s FROM bay_year_hour "
                    + "ORDER BY 1, 2, 3, 4");

    @Parameter
    TestDatabase database;
    private Database db;
    private final List<Session> monthly = new ArrayList<>();

    @BeforeEach
    void threeMonthsOfOneBay() throws Exception {
        db = database.open();
        HistoryRollupsTest.berlinSite(db, "A1");
        List<HistoryBatch.IntervalEnergy> energy = new ArrayList<>();
        List<HistoryBatch.DayTotals> days = new ArrayList<>();
        for (int month = 0; month < 3; month++) {
            LocalDate day = FIRST_DAY.plusMonths(month);
            Instant nine = Instant.parse(day + "T08:00:00Z");
            monthly.add(HistoryRollupsTest.closed("A1", nine, nine.plus(Duration.ofMinutes(40)), 1000 + month));
            energy.add(new HistoryBatch.IntervalEnergy("A1", nine, 1000 + month));
            days.add(new HistoryBatch.DayTotals("A1", day, 1000 + month, 1, 1000 + month, 2400));
        }
        new Recorder(db).record(List.of(), monthly, new HistoryBatch(energy, days, List.of(), List.of()));
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aRebuildStoppedHalfWayKeepsTheMonthsDoneAndASecondRunIsWhole() throws Exception {
        List<String> incremental = new ArrayList<>();
        for (String sql : ROLLUPS) {
            incremental.add(rows(sql));
        }
        List<LocalDate> reported = new ArrayList<>();
        Session secondMonth = monthly.get(1);

        assertThatThrownBy(() -> new HistoryRebuild(db).rebuild(s -> {
            if (s.id().equals(secondMonth.id())) {
                throw new IllegalStateException("the tariff could not be read");
            }
            return Optional.empty();
        }, (done, last) -> reported.add(done))).hasMessageContaining("tariff");

        assertThat(reported).containsExactly(LocalDate.of(2026, 2, 28));
        assertThat(rows("SELECT local_day FROM site_day ORDER BY 1")).as("only the first month is rebuilt")
                .isEqualTo(FIRST_DAY + "\n");
        assertThat(rows("SELECT COUNT(*) FROM session_fact")).isEqualTo("1\n");
        assertThat(rows("SELECT COUNT(*), SUM(energy_wh) FROM bay_interval")).as("recorded energy untouched")
                .isEqualTo("3|3003\n");
        assertThat(rows("SELECT COUNT(*) FROM charging_session")).as("sessions untouched").isEqualTo("3\n");

        new HistoryRebuild(db).rebuild(s -> Optional.empty(), (done, last) -> { });
        for (int i = 0; i < ROLLUPS.size(); i++) {
            assertThat(rows(ROLLUPS.get(i))).as(ROLLUPS.get(i)).isEqualTo(incremental.get(i));
        }
    }

    /** The rows of a query, one a line, their columns joined by '|'. */
    private String rows(String sql) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    out.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
