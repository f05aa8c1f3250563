package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
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
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleHistoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Wednesday: moved by whole weeks, the sample's year ends on the Saturday before, three days short. */
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    /** The first day after the sample's last, moved. */
    private static final LocalDate AFTER_SAMPLE = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    @Test
    void loadsAYearEndingYesterdayIntoAnEmptyDatabaseOnce() throws Exception {
        Database db = Database.open(dir.resolve("demo").toString());
        SiteConfig demo = SiteSource.demo().config();
        assertThat(demo.site().zone()).isEqualTo(BERLIN);
        SampleHistory.begin(db, demo, NOW).orElseThrow().run();
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
                .distinct().count()).as("the sample's 365 days and the three simulated to reach yesterday")
                .isEqualTo(368);
        HistoryFacts history = new HistoryRollups(db);
        HistoryFacts.RecordedDays recorded = history.recordedDays().orElseThrow();
        assertThat(recorded).as("the history's rollups hold a year moved by whole weeks, and the days to yesterday")
                .isEqualTo(new HistoryFacts.RecordedDays(LocalDate.of(2025, 11, 29), LocalDate.of(2026, 12, 1)));
        assertThat(recorded.first().getDayOfWeek()).as("weekdays kept: the sample's first day, 1 November 2025")
                .isEqualTo(DayOfWeek.SATURDAY);
        List<HistoryFacts.PeriodTotals> months = history.totals(HistoryRange.of(recorded.first(), recorded.last()),
                HistoryFacts.Period.MONTH);
        assertThat(months).as("every month of the year, the partial first and last ones too").hasSize(14)
                .allSatisfy(m -> {
                    assertThat(m.sessions()).as("sessions in %s", m.start()).isPositive();
                    assertThat(m.revenue().isZero()).as("revenue in %s", m.start()).isFalse();
                });
        assertThat(months.stream().mapToInt(HistoryFacts.PeriodTotals::sessions).sum()).isEqualTo(sessions.size());
        assertThat(sumsPerBay(history, new HistoryRange(recorded.first(), recorded.last(), Set.of())))
                .as("a year read from the month rollups equals its days read from the day rollups")
                .isEqualTo(halfMonths(recorded).stream().map(r -> sumsPerBay(history, r)).reduce(SampleHistoryTest::add)
                        .orElseThrow());
        Set<String> someBays = Set.of("A2", "B3", "B6");
        assertThat(sumsPerBay(history, new HistoryRange(recorded.first(), recorded.last(), someBays)))
                .as("the same for a few bays").isEqualTo(halfMonths(recorded).stream()
                        .map(r -> sumsPerBay(history, new HistoryRange(r.from(), r.to(), someBays)))
                        .reduce(SampleHistoryTest::add).orElseThrow());
        assertThat(demo.bays()).as("the demo's twelve bays").hasSize(12);
        assertThat(sessions.stream().filter(s -> !startsBefore(s, AFTER_SAMPLE)).count())
                .as("sessions on the three days simulated").isGreaterThan(20);
        for (var bay : demo.bays()) {
            Reading last = new ReadingRepository(db).latest(bay.id()).orElseThrow();
            assertThat(LocalDate.ofInstant(last.at(), BERLIN)).as("the live demo continues from the meter at %s as of "
                    + "yesterday", bay.id()).isEqualTo(LocalDate.of(2026, 12, 1));
            List<Session> atBay = sessions.stream().filter(s -> s.bayId().equals(bay.id()))
                    .sorted(Comparator.comparing(Session::start)).toList();
            Session lastOfSample = atBay.stream().filter(s -> startsBefore(s, AFTER_SAMPLE)).reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(last.importRegister()).as("the register keeps counting at %s", bay.id())
                    .isGreaterThanOrEqualTo(atBay.get(atBay.size() - 1).endRegister())
                    .isGreaterThanOrEqualTo(lastOfSample.endRegister());
            atBay.stream().filter(s -> !startsBefore(s, AFTER_SAMPLE)).findFirst().ifPresent(simulated -> {
                assertThat(simulated.meterSerial()).as("the same meter at %s", bay.id())
                        .isEqualTo(lastOfSample.meterSerial());
                assertThat(simulated.startRegister()).as("its register keeps counting at %s", bay.id())
                        .isGreaterThanOrEqualTo(lastOfSample.endRegister());
            });
        }
        assertThat(SampleHistory.begin(db, demo, NOW)).as("never twice").isEmpty();
        assertThat(new SessionRepository(db).list(SessionFilter.ALL)).hasSameSizeAs(sessions);
    }

    private static boolean startsBefore(Session s, LocalDate day) {
        return LocalDate.ofInstant(s.start(), BERLIN).isBefore(day);
    }

    /** The range in pieces of half a month at most: none a whole month, so each is read from the day rollups. */
    private static List<HistoryRange> halfMonths(HistoryFacts.RecordedDays recorded) {
        List<HistoryRange> pieces = new ArrayList<>();
        LocalDate from = recorded.first();
        while (!from.isAfter(recorded.last())) {
            LocalDate end = from.getDayOfMonth() < 15 ? from.withDayOfMonth(14) : from.withDayOfMonth(from.lengthOfMonth());
            LocalDate to = end.isAfter(recorded.last()) ? recorded.last() : end;
            pieces.add(HistoryRange.of(from, to));
            from = to.plusDays(1);
        }
        return pieces;
    }

    /** Per bay: energy, sessions, revenue; then the sessions in each bucket of the three distributions. */
    private static Map<String, Long> sumsPerBay(HistoryFacts history, HistoryRange range) {
        Map<String, Long> sums = new TreeMap<>();
        try {
            for (HistoryFacts.BayFacts b : history.bays(range)) {
                sums.put(b.bayId() + " Wh", b.energy().wattHours());
                sums.put(b.bayId() + " sessions", (long) b.sessions());
                sums.put(b.bayId() + " revenue", b.revenue().minorUnits());
            }
            HistoryFacts.Distributions d = history.distributions(range);
            for (var buckets : List.of(d.duration(), d.energy(), d.arrival())) {
                for (var b : buckets) {
                    sums.merge(b.from() + " sessions", (long) b.sessions(), Long::sum);
                }
            }
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
        return sums;
    }

    private static Map<String, Long> add(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return sum;
    }
}
