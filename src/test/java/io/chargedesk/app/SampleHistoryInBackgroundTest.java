package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.Database;
import io.chargedesk.store.HistoryRebuild;
import io.chargedesk.store.HistoryRollups;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.Recorder;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.testing.Await;
import io.chargedesk.ui.history.BackgroundHistory;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryRange;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's sample year loads while the live demo runs: the site is up before a single week of it is written, and a
 * load stopped by closing the app is completed by the next start, each week once.
 */
class SampleHistoryInBackgroundTest {

    private static final double SPEED = 60;

    @TempDir
    Path dir;

    @Test
    void theDemoRunsBeforeItsSampleYearIsLoadedAndAStoppedLoadIsCompletedOnceByTheNextStart() throws Exception {
        String location = dir.resolve("demo").toString();
        SiteConfig demo = SiteSource.demo().config();
        String bay = demo.bays().get(0).id();
        Instant startedAt = Instant.now();
        List<Runnable> held = new CopyOnWriteArrayList<>();
        int stoppedAt;
        Database db = Database.open(location);
        try (SiteRuntime runtime = SiteRuntime.start(demo, db, SiteRuntime.takeLease(db, "a test"), SPEED, 7,
                Optional.of(held::add))) {
            BackgroundHistory sample = runtime.sampleHistory().orElseThrow();
            assertThat(held).as("the load waits for its executor").hasSize(1);
            assertThat(sample.daysLoaded()).isZero();
            assertThat(sample.daysInAll()).isEqualTo(365);
            Await.until("the live demo to record while the sample waits", Duration.ofSeconds(60),
                    () -> latest(db, bay).isAfter(startedAt));
            assertThat(new SessionRepository(db).list(SessionFilter.between(null, startedAt)))
                    .as("no session of the sample's year yet: only the days simulated at once to reach yesterday, "
                            + "fewer than seven").allMatch(s -> s.start().isAfter(startedAt.minus(Duration.ofDays(7))));

            CountDownLatch threeWeeks = new CountDownLatch(3);
            sample.onProgress(threeWeeks::countDown);
            Thread loader = new Thread(held.get(0), "sample-history-test");
            loader.start();
            assertThat(threeWeeks.await(10, TimeUnit.MINUTES)).as("three weeks loaded").isTrue();
            runtime.close();
            loader.join(TimeUnit.MINUTES.toMillis(10));
            stoppedAt = sample.daysLoaded();
            assertThat(stoppedAt).as("closed half-way").isBetween(1 + 2 * 7, 364);
        }

        Database again = Database.open(location);
        try (SiteRuntime restarted = SiteRuntime.start(demo, again, SiteRuntime.takeLease(again, "a test"), SPEED, 7,
                Optional.of(r -> new Thread(r, "sample-history-test").start()))) {
            BackgroundHistory rest = restarted.sampleHistory().orElseThrow();
            assertThat(rest.daysLoaded()).as("resumes where it stopped").isEqualTo(stoppedAt);
            assertThat(new SessionRepository(again).list(SessionFilter.between(null, startedAt)).stream()
                    .map(Session::start).max(Instant::compareTo).orElseThrow())
                    .as("the newest weeks went in first: the collector sees no bay silent for most of a year")
                    .isAfter(startedAt.minus(Duration.ofDays(14)));
            Await.until("the rest of the sample year", Duration.ofMinutes(15), rest::done);
        }

        Database after = Database.open(location);
        try {
            assertThat(SampleHistory.begin(after, demo, Instant.now())).as("nothing left to load").isEmpty();
            assertThat(new Recorder(after).lastMark(SampleHistory.WEEK_MARK)).hasValue(52);
            List<Session> sample = new SessionRepository(after).list(SessionFilter.between(null, startedAt));
            Set<UUID> inFile = sampleSessionIds();
            assertThat(sample.stream().map(Session::id).filter(inFile::contains).count())
                    .as("every sample session, once").isEqualTo(inFile.size());
            HistoryFacts history = new HistoryRollups(after);
            HistoryRange year = new HistoryRange(sample.stream().map(Session::start).min(Instant::compareTo)
                    .map(t -> t.atZone(demo.site().zone()).toLocalDate()).orElseThrow(),
                    startedAt.atZone(demo.site().zone()).toLocalDate().minusDays(1), Set.of());
            List<HistoryFacts.PeriodTotals> kept = history.totals(year, HistoryFacts.Period.MONTH);
            assertThat(kept.stream().mapToInt(HistoryFacts.PeriodTotals::sessions).sum())
                    .as("no week counted twice in the rollups").isEqualTo(sample.size());
            new HistoryRebuild(after).rebuild(UseCases.sessionPrices(after, Clock.systemUTC()), (d, l) -> { });
            assertThat(history.totals(year, HistoryFacts.Period.MONTH))
                    .as("the rollups equal a recomputation from the raw rows").isEqualTo(kept);
        } finally {
            after.close();
        }
    }

    private static Instant latest(Database db, String bay) {
        try {
            return new ReadingRepository(db).latest(bay).map(r -> r.at()).orElse(Instant.EPOCH);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The sessions in the sample's file: the first column of its lines but the header. */
    private static Set<UUID> sampleSessionIds() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                SampleHistory.class.getResourceAsStream("/sample-data/sessions.csv.gz")), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).map(line -> UUID.fromString(line.substring(0, line.indexOf(','))))
                    .collect(Collectors.toSet());
        }
    }
}
