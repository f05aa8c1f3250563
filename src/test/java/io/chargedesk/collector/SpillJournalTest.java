package io.chargedesk.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.RecordBatch;
import io.chargedesk.store.Recorder;
import io.chargedesk.usecase.port.StoreException;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.ShortPlates;
import io.chargedesk.testing.TestSites;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spill journal on H2: what is kept while the database fails is written back exactly once, after a crash in
 * the middle of a write-back, after a torn last record, and by the next collector after a restart; at its cap raw
 * readings are left out and sessions kept.
 */
class SpillJournalTest {

    private static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
    private static final int STEP_SECONDS = 10;

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T);
    private final Map<String, Session> sessions = new LinkedHashMap<>();

    private SpillSettings settings() {
        return SpillSettings.in(dir.resolve("unsaved"));
    }

    /**
     * {@code STEP_SECONDS} of every bay charging: a reading a second (3 Wh more each), the session's new version, its
     * minutes and the bay's interval energy.
     */
    private RecordBatch step(List<String> bays, int from) {
        List<Reading> readings = new ArrayList<>();
        List<HistoryBatch.SessionMinute> minutes = new ArrayList<>();
        List<HistoryBatch.IntervalEnergy> intervals = new ArrayList<>();
        for (String bay : bays) {
            Session s = sessions.computeIfAbsent(bay, b -> session(b, UUID.randomUUID(), 0));
            for (int second = from; second < from + STEP_SECONDS; second++) {
                Instant at = T.plusSeconds(second);
                readings.add(new Reading(bay, at, register(second), Power.ofWatts(11_000), "S-" + bay));
                minutes.add(new HistoryBatch.SessionMinute(s.id(), at.truncatedTo(ChronoUnit.MINUTES),
                        register(second).wattHours(), 11_000, 11_000, 1));
                intervals.add(new HistoryBatch.IntervalEnergy(bay, at.truncatedTo(ChronoUnit.HOURS), 3));
            }
            sessions.put(bay, session(bay, s.id(), from + STEP_SECONDS - 1));
        }
        return new RecordBatch(readings, List.copyOf(sessions.values()),
                new HistoryBatch(List.of(), List.of(), List.of()).plus(new HistoryBatch(intervals, List.of(),
                        minutes)));
    }

    private static Energy register(int second) {
        return Energy.ofWattHours(1_000 + 3L * second);
    }

    private static Session session(String bay, UUID id, int lastSecond) {
        return new Session(id, bay, "S-" + bay, T, Optional.empty(), register(0), register(lastSecond),
                Power.ofWatts(11_000), Duration.ofSeconds(lastSecond), T.plusSeconds(lastSecond), false,
                Customer.NONE, Optional.empty(), List.of(), List.of());
    }

    /** Feeds {@code seconds} of all bays, trying the database once a minute as the collector would every second. */
    private void feed(PendingWrites pending, List<String> bays, int seconds) throws Exception {
        for (int s = 0; s < seconds; s += STEP_SECONDS) {
            pending.add(step(bays, s));
            clock.advance(Duration.ofSeconds(STEP_SECONDS));
            if (s % 60 == 60 - STEP_SECONDS) {
                pending.flush();
            }
        }
    }

    private static List<String> bays(int n) {
        return Stream.iterate(1, i -> i + 1).limit(n).map(i -> "A" + i).toList();
    }

    private static long count(Database db, String sql) throws Exception {
        return ShortPlates.count(db, sql);
    }

    @Test
    void aCrashInTheMiddleOfAWriteBackNeitherLosesNorDuplicatesARow() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        Recorder recorder = new Recorder(db);
        FlakyWriter writer = new FlakyWriter(recorder);
        List<String> bays = bays(5);
        int seconds = 10_000;
        PendingWrites first = new PendingWrites(writer, settings(), clock);
        first.recover();
        writer.down(true);
        feed(first, bays, seconds);
        first.close();
        assertThat(count(db, "SELECT COUNT(*) FROM reading")).isZero();

        writer.down(false);
        writer.crashAfterCommit(2);
        PendingWrites dying = new PendingWrites(writer, settings(), clock);
        assertThatThrownBy(dying::recover).isInstanceOf(StoreException.class).hasMessageContaining("died");
        assertThat(count(db, "SELECT COUNT(*) FROM reading")).as("two write-backs committed")
                .isGreaterThanOrEqualTo(2L * PendingWrites.WRITE_BACK_READINGS).isLessThan(5L * seconds);

        PendingWrites restarted = new PendingWrites(recorder, settings(), clock);
        restarted.recover();

        assertThat(count(db, "SELECT COUNT(*) FROM reading")).isEqualTo(5L * seconds);
        assertThat(count(db, "SELECT COUNT(*) FROM (SELECT DISTINCT bay_id, at_utc FROM reading)"))
                .isEqualTo(5L * seconds);
        for (String bay : bays) {
            assertThat(count(db, "SELECT SUM(energy_wh) FROM bay_interval WHERE bay_id = '" + bay + "'"))
                    .as("interval energy of %s, added up once", bay).isEqualTo(3L * seconds);
            Session last = sessions.get(bay);
            assertThat(count(db, "SELECT SUM(readings) FROM session_minute WHERE session_id = '" + last.id() + "'"))
                    .as("readings in the minutes of %s", bay).isEqualTo(seconds);
            assertThat(count(db, "SELECT end_register_wh FROM charging_session WHERE id = '" + last.id() + "'"))
                    .isEqualTo(last.endRegister().wattHours());
        }
        assertThat(restarted.problem()).isEmpty();
        assertThat(settings().folder().resolve(SpillJournal.FILE_NAME)).doesNotExist();
        restarted.close();
    }

    @Test
    void aTornLastRecordIsLeftOutAndEveryEarlierOneWrittenBack() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        FlakyWriter writer = new FlakyWriter(new Recorder(db));
        PendingWrites first = new PendingWrites(writer, settings(), clock);
        first.recover();
        writer.down(true);
        for (int s = 0; s < 3 * STEP_SECONDS; s += STEP_SECONDS) {
            first.add(step(List.of("A1"), s));
            first.flush();
        }
        first.close();
        Path journal = settings().folder().resolve(SpillJournal.FILE_NAME);
        long size = Files.size(journal);
        try (FileChannel f = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            f.truncate(size - 7);
        }

        PendingWrites restarted = new PendingWrites(new Recorder(db), settings(), clock);
        restarted.recover();

        assertThat(count(db, "SELECT COUNT(*) FROM reading")).as("the first two records").isEqualTo(20);
        assertThat(count(db, "SELECT MAX(end_register_wh) FROM charging_session"))
                .isEqualTo(register(2 * STEP_SECONDS - 1).wattHours());
        try (Stream<Path> files = Files.list(settings().folder())) {
            List<Path> aside = files.filter(f -> f.getFileName().toString().startsWith("journal.log.damaged-"))
                    .toList();
            assertThat(aside).as("the torn bytes, kept for inspection").hasSize(1);
            assertThat(Files.readString(aside.get(0))).startsWith("batch\t3\t");
        }
        assertThat(journal).doesNotExist();
        restarted.close();
    }

    @Test
    void theNextCollectorWritesBackWhatWasKeptWhileTheDatabaseFailedAndResumesItsSessions() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        FlakyWriter writer = new FlakyWriter(new Recorder(db));
        List<String> bays = bays(3);
        PendingWrites stopped = new PendingWrites(writer, settings(), clock);
        stopped.recover();
        writer.down(true);
        feed(stopped, bays, 600);
        stopped.close();

        try (Collector restarted = new Collector(TestSites.oneBus("/dev/null-chargedesk", 300, 1_000, 1, "sdm630",
                "sdm630", "sdm630"), db, clock, CollectorLease.acquire(db, "restart test", Clock.systemUTC()),
                settings())) {
            assertThat(count(db, "SELECT COUNT(*) FROM reading")).isEqualTo(3L * 600);
            for (int b = 0; b < bays.size(); b++) {
                assertThat(restarted.snapshot().bays().get(b).openSession()).as("bay %s", bays.get(b))
                        .contains(sessions.get(bays.get(b)));
            }
            assertThat(restarted.snapshot().storeProblem()).isEmpty();
        }
    }

    @Test
    void atItsCapTheJournalLeavesOutRawReadingsAndKeepsSessions() throws Exception {
        MemoryDatabase database = new MemoryDatabase(T);
        FlakyWriter writer = new FlakyWriter(database);
        SpillSettings small = new SpillSettings(dir, 64 * 1024, 0, 1_000);
        PendingWrites pending = new PendingWrites(writer, small, clock);
        pending.recover();
        writer.down(true);
        List<String> said = new ArrayList<>();
        List<String> bays = bays(3);
        int seconds = 3_000;
        for (int s = 0; s < seconds; s += STEP_SECONDS) {
            pending.add(step(bays, s));
            clock.advance(Duration.ofSeconds(STEP_SECONDS));
            pending.flush();
            pending.problem().ifPresent(said::add);
        }

        assertThat(Files.size(dir.resolve(SpillJournal.FILE_NAME))).isLessThanOrEqualTo(64 * 1024);
        assertThat(said).as("a warning before it is full").anySatisfy(p -> assertThat(p)
                .contains("take ").contains("when that is full, raw readings are no longer kept (sessions and "
                        + "their per-minute evidence are)."));
        assertThat(said.get(said.size() - 1)).contains("There was no more room on disk for them (0.1 MB at most")
                .contains("raw readings were not kept; sessions and their per-minute evidence still are.");

        writer.down(false);
        for (int i = 0; i < 100 && pending.problem().isPresent(); i++) {
            pending.flush();
        }
        assertThat(pending.problem()).isEmpty();
        assertThat(database.twice()).isZero();
        assertThat(database.readings()).as("left out at the cap").isPositive().isLessThan(3L * seconds);
        assertThat(database.sessions().values()).as("every session, in its last version")
                .containsExactlyInAnyOrderElementsOf(sessions.values());
        pending.close();
    }
}
