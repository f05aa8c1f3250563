package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.Database;
import io.chargedesk.store.HistoryQueries;
import io.chargedesk.store.HistoryRollups;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryRange;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleHistoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void loadsAYearEndingYesterdayIntoAnEmptyDatabaseOnce() throws Exception {
        Database db = Database.open(dir.resolve("demo").toString());
        SiteConfig demo = SiteSource.demo().config();
        assertThat(demo.site().zone()).isEqualTo(BERLIN);
        assertThat(SampleHistory.loadIntoEmpty(db, demo, NOW)).isTrue();
        List<Session> sessions = new SessionRepository(db).list(SessionFilter.ALL);
        assertThat(sessions).hasSizeGreaterThan(6000).allMatch(s -> !s.isOpen() && s.energy().wattHours() >= 0);
        assertThat(sessions).as("the demo's tariffs, stored before its sessions, price them")
                .allMatch(s -> s.tariffVersion().isPresent());
        assertThat(sessions.stream().map(s -> s.tariffVersion().orElseThrow()).distinct())
                .as("a year reaches back before the tariff's June version").hasSize(2);
        List<HistoryBatch.DayTotals> days = new HistoryQueries(db).days(LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31));
        // Days with energy or sessions: a session's revenue and plugged-in time also count on the day it started.
        assertThat(days.stream().filter(d -> d.energyWh() > 0 || d.sessions() > 0).map(HistoryBatch.DayTotals::day)
                .distinct().count()).isEqualTo(365);
        HistoryFacts history = new HistoryRollups(db);
        HistoryFacts.RecordedDays recorded = history.recordedDays().orElseThrow();
        assertThat(recorded).as("the history's rollups hold a year, moved by whole weeks to end in the last one")
                .isEqualTo(new HistoryFacts.RecordedDays(LocalDate.of(2025, 11, 29), LocalDate.of(2026, 11, 28)));
        assertThat(recorded.last().getDayOfWeek()).as("weekdays kept").isEqualTo(DayOfWeek.SATURDAY);
        List<HistoryFacts.PeriodTotals> months = history.totals(HistoryRange.of(recorded.first(), recorded.last()),
                HistoryFacts.Period.MONTH);
        assertThat(months).as("every month of the year, the partial first and last ones too").hasSize(13)
                .allSatisfy(m -> {
                    assertThat(m.sessions()).as("sessions in %s", m.start()).isPositive();
                    assertThat(m.revenue().isZero()).as("revenue in %s", m.start()).isFalse();
                });
        assertThat(months.stream().mapToInt(HistoryFacts.PeriodTotals::sessions).sum()).isEqualTo(sessions.size());
        assertThat(demo.bays()).as("the demo's twelve bays").hasSize(12);
        for (var bay : demo.bays()) {
            assertThat(new ReadingRepository(db).latest(bay.id())).as("the live demo continues from the sample's "
                    + "meter at %s", bay.id()).isPresent();
        }
        assertThat(SampleHistory.loadIntoEmpty(db, demo, NOW)).as("never twice").isFalse();
        assertThat(new SessionRepository(db).list(SessionFilter.ALL)).hasSameSizeAs(sessions);
    }
}
