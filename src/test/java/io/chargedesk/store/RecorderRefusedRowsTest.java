package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.ShortPlates;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** A row the database refuses for what it holds is left out, and every other row written, in one transaction. */
@OnEveryDatabase
class RecorderRefusedRowsTest {

    private static final Instant T = Instant.parse("2026-04-01T10:00:00Z");
    private static final String TOO_LONG_PLATE = "HH-AB-12345";

    @Parameter
    TestDatabase database;
    private Database db;
    private Recorder recorder;
    private final List<Refused> kept = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = database.open();
        ShortPlates.narrow(db);
        recorder = new Recorder(db);
    }

    private static Reading reading(String bay, int second) {
        return new Reading(bay, T.plusSeconds(second), Energy.ofWattHours(1_000 + second), Power.ofWatts(11_000),
                "S1");
    }

    private static Session session(String bay, String plate) {
        return new Session(UUID.randomUUID(), bay, "S1", T, Optional.empty(), Energy.ofWattHours(1_000),
                Energy.ofWattHours(1_060), Power.ofWatts(11_000), Duration.ofSeconds(20), T.plusSeconds(20), true,
                new Customer("Ada", plate, ""), Optional.empty(), List.of(), List.of());
    }

    private static HistoryBatch.SessionMinute minute(Session s) {
        return new HistoryBatch.SessionMinute(s.id(), T, 1_060, 11_000, 22_000, 2);
    }

    @Test
    void leavesOutOnlyTheRefusedRowsAndKeepsThemBeforeTheCommit() throws Exception {
        Session good = session("A2", "OK-1");
        Session bad = session("A1", TOO_LONG_PLATE);
        String longBay = "B".repeat(40);
        RecordBatch batch = new RecordBatch(List.of(reading("A1", 0), reading(longBay, 1), reading("A2", 2)),
                List.of(bad, good), new HistoryBatch(
                        List.of(new HistoryBatch.IntervalEnergy("A1", T, 60)), List.of(),
                        List.of(minute(bad), minute(good))));
        WriteMark mark = new WriteMark(UUID.randomUUID(), 7);

        List<Long> marksWhenKept = new ArrayList<>();
        List<Refused> refused = recorder.record(List.of(RecordPart.divisible(batch)), List.of(mark), r -> {
            marksWhenKept.add(committedMarks());
            kept.addAll(r);
        });

        assertThat(marksWhenKept).as("kept before the commit").containsExactly(0L);
        assertThat(refused).isEqualTo(kept);
        assertThat(refused).extracting(r -> r.part().rows()).containsExactlyInAnyOrder(
                new RecordBatch(List.of(reading(longBay, 1)), List.of(), HistoryBatch.EMPTY),
                new RecordBatch(List.of(), List.of(bad), new HistoryBatch(List.of(), List.of(), List.of(minute(bad)))));
        // The database's own words: H2's "Value too long for column …", PostgreSQL's "value too long for type …".
        assertThat(refused).extracting(Refused::reason).allSatisfy(r -> assertThat(r)
                .containsIgnoringCase("value too long for").doesNotContain("SQL statement"));
        assertThat(count("SELECT COUNT(*) FROM reading")).isEqualTo(2);
        assertThat(new SessionRepository(db).find(good.id())).contains(good);
        assertThat(new SessionRepository(db).find(bad.id())).isEmpty();
        assertThat(new HistoryQueries(db).sessionMinutes(good.id())).containsExactly(minute(good));
        assertThat(count("SELECT COUNT(*) FROM session_minute")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM bay_interval")).isEqualTo(1);
        assertThat(recorder.lastMark(mark.id())).isEqualTo(OptionalLong.of(7));
    }

    @Test
    void aWholePartIsRefusedWithItsMarksAndTheOthersCommit() throws Exception {
        Session bad = session("A1", TOO_LONG_PLATE);
        WriteMark badMark = new WriteMark(UUID.randomUUID(), 3);
        WriteMark goodMark = new WriteMark(UUID.randomUUID(), 4);
        RecordPart badPart = RecordPart.whole(new RecordBatch(List.of(reading("A1", 0)), List.of(bad),
                HistoryBatch.EMPTY), List.of(badMark));
        RecordPart goodPart = RecordPart.whole(new RecordBatch(List.of(reading("A2", 0)), List.of(),
                HistoryBatch.EMPTY), List.of(goodMark));

        List<Refused> refused = recorder.record(List.of(badPart, goodPart), List.of(), kept::addAll);

        assertThat(refused).extracting(Refused::part).containsExactly(badPart);
        assertThat(recorder.lastMark(badMark.id())).isEmpty();
        assertThat(recorder.lastMark(goodMark.id())).isEqualTo(OptionalLong.of(4));
        assertThat(count("SELECT COUNT(*) FROM reading WHERE bay_id = 'A1'")).as("stands or falls with its part")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM reading WHERE bay_id = 'A2'")).isEqualTo(1);
    }

    @Test
    void aFailureOfTheDatabaseItselfWritesNothingAndKeepsNothingAside() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE bay_interval RENAME TO bay_interval_gone");
        }
        RecordBatch batch = new RecordBatch(List.of(reading("A1", 0)), List.of(session("A1", "OK-1")),
                new HistoryBatch(List.of(new HistoryBatch.IntervalEnergy("A1", T, 60)), List.of(), List.of()));

        assertThatThrownBy(() -> recorder.record(List.of(RecordPart.divisible(batch)),
                List.of(new WriteMark(UUID.randomUUID(), 1)), kept::addAll))
                .isInstanceOf(StoreException.class).isNotInstanceOf(LeaseLostException.class)
                .hasMessageStartingWith("Could not record 1 readings and 1 sessions: ");
        assertThat(kept).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM reading")).isZero();
        assertThat(count("SELECT COUNT(*) FROM write_mark")).isZero();
    }

    @Test
    void nothingCommitsWhenTheRefusedRowsCannotBeKept() throws Exception {
        RecordBatch batch = new RecordBatch(List.of(reading("A1", 0)), List.of(session("A1", TOO_LONG_PLATE)),
                HistoryBatch.EMPTY);

        assertThatThrownBy(() -> recorder.record(List.of(RecordPart.divisible(batch)), List.of(), r -> {
            throw new StoreException("disk full", null);
        })).hasMessage("disk full");
        assertThat(count("SELECT COUNT(*) FROM reading")).isZero();
    }

    /** Marks another connection sees: committed ones. */
    private long committedMarks() throws StoreException {
        try {
            return count("SELECT COUNT(*) FROM write_mark");
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private long count(String sql) throws SQLException {
        return ShortPlates.count(db, sql);
    }
}
