package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.session.TariffVersionRef;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.Database;
import io.chargedesk.store.HistoryQueries;
import io.chargedesk.store.HistoryRollups;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryRange;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleHistoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2027-02-10T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void loadsSixtyDaysEndingYesterdayIntoAnEmptyDatabaseOnce() throws Exception {
        Database db = Database.open(dir.resolve("demo").toString());
        SiteConfig demo = SiteSource.demo().config();
        assertThat(demo.site().zone()).isEqualTo(BERLIN);
        assertThat(SampleHistory.loadIntoEmpty(db, demo, NOW)).isTrue();
        List<Session> sessions = new SessionRepository(db).list(SessionFilter.ALL);
        assertThat(sessions).hasSizeGreaterThan(500).allMatch(s -> !s.isOpen() && s.energy().wattHours() >= 0);
        assertThat(sessions).as("the demo's tariffs, stored before its sessions, price them")
                .allMatch(s -> s.tariffVersion().equals(Optional.of(new TariffVersionRef("standard",
                        demo.tariffs().get(1).effectiveFrom()))));
        List<HistoryBatch.DayTotals> days = new HistoryQueries(db).days(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31));
        assertThat(days.stream().map(HistoryBatch.DayTotals::day).max(LocalDate::compareTo))
                .contains(LocalDate.of(2027, 2, 9));
        // Days with energy or sessions: a session's revenue and plugged-in time also count on the day it started.
        assertThat(days.stream().filter(d -> d.energyWh() > 0 || d.sessions() > 0).map(HistoryBatch.DayTotals::day)
                .distinct().count()).isEqualTo(60);
        HistoryFacts history = new HistoryRollups(db);
        assertThat(history.recordedDays().orElseThrow().last()).as("the history's rollups hold the sample")
                .isEqualTo(LocalDate.of(2027, 2, 9));
        HistoryFacts.PeriodTotals all = history.totals(HistoryRange.of(LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 2, 9)), HistoryFacts.Period.forDays(999)).stream().reduce((a, b) ->
                new HistoryFacts.PeriodTotals(a.start(), a.energy().plus(b.energy()), a.sessions() + b.sessions(),
                        a.revenue().plus(b.revenue()))).orElseThrow();
        assertThat(all.sessions()).isEqualTo(sessions.size());
        assertThat(all.revenue().isZero()).as("each sample session priced into the revenue").isFalse();
        assertThat(new ReadingRepository(db).latest("A1")).as("the live demo continues from the sample's meters")
                .isPresent();
        assertThat(SampleHistory.loadIntoEmpty(db, demo, NOW)).as("never twice").isFalse();
        assertThat(new SessionRepository(db).list(SessionFilter.ALL)).hasSameSizeAs(sessions);
    }
}
