package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.meter.Reading;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.RecordedSession;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Raw readings age out; each bay's latest reading, sessions and their per-minute evidence never do. */
@OnEveryDatabase
class ReadingRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private static final Instant CUTOFF = NOW.minus(Duration.ofDays(7));

    @Parameter
    TestDatabase database;

    private static Reading reading(String bay, Instant at, long wh) {
        return new Reading(bay, at, Energy.ofWattHours(wh), Power.ofWatts(wh % 7_000), "777");
    }

    private static List<Instant> times(List<Reading> readings) {
        return readings.stream().map(Reading::at).toList();
    }

    @Test
    void deletesReadingsOlderThanTheCutoffAndKeepsTheRest() throws Exception {
        ReadingRepository repo = new ReadingRepository(database.open());
        repo.insert(List.of(
                reading("A1", CUTOFF.minus(Duration.ofDays(3)), 1_000),
                reading("A1", CUTOFF.minusMillis(1), 1_100),
                reading("A1", CUTOFF, 1_200),
                reading("A1", CUTOFF.plusSeconds(1), 1_300),
                reading("A1", NOW, 1_400)));

        assertThat(repo.deleteOlderThan(CUTOFF)).isEqualTo(2);

        assertThat(times(repo.between("A1", Instant.EPOCH, NOW)))
                .as("a reading exactly at the cutoff is inside the window")
                .containsExactly(CUTOFF, CUTOFF.plusSeconds(1), NOW);
        assertThat(repo.deleteOlderThan(CUTOFF)).as("nothing left to delete").isZero();
    }

    @Test
    void keepsEachBaysLatestReadingHoweverOldSoAResumedSessionCanContinueFromIt() throws Exception {
        ReadingRepository repo = new ReadingRepository(database.open());
        Instant silentSince = CUTOFF.minus(Duration.ofDays(20));
        repo.insert(List.of(
                reading("A1", silentSince.minusSeconds(60), 5_000),
                reading("A1", silentSince, 5_010),
                reading("A2", CUTOFF.minus(Duration.ofDays(1)), 9_000),
                reading("A2", NOW, 9_500)));

        assertThat(repo.deleteOlderThan(CUTOFF)).isEqualTo(2);

        assertThat(times(repo.between("A1", Instant.EPOCH, NOW))).containsExactly(silentSince);
        assertThat(repo.latest("A1")).contains(reading("A1", silentSince, 5_010));
        assertThat(times(repo.between("A2", Instant.EPOCH, NOW))).containsExactly(NOW);
    }

    @Test
    void leavesSessionsAndTheirPerMinuteEvidenceAlone() throws Exception {
        Database db = database.open();
        Instant start = CUTOFF.minus(Duration.ofDays(30));
        RecordedSession recorded = RecordedSession.closed("A1", start, 1_000, 3, 180);
        List<Reading> readings = List.of(
                reading("A1", start, 1_000), reading("A1", start.plusSeconds(90), 1_270),
                reading("A1", start.plusSeconds(180), 1_540), reading("A1", NOW, 1_540));
        new Recorder(db).record(readings, List.of(recorded.session()), recorded.batch());
        ReadingRepository repo = new ReadingRepository(db);

        assertThat(repo.deleteOlderThan(CUTOFF)).isEqualTo(3);

        assertThat(times(repo.between("A1", Instant.EPOCH, NOW))).containsExactly(NOW);
        assertThat(new SessionRepository(db).find(recorded.session().id())).contains(recorded.session());
        assertThat(new HistoryQueries(db).sessionMinutes(recorded.session().id())).isEqualTo(recorded.minutes());
    }
}
