package io.chargedesk.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.app.UseCases;
import io.chargedesk.site.ExportSchedule;
import io.chargedesk.store.Database;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.RecordedSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The automatic monthly export on H2 with an injected clock: a run missed while no program ran is done once at the
 * next start, never twice, by whichever program starts; each month's file holds the month's sessions (site time).
 */
class ScheduledExportsTest {

    @TempDir
    Path dir;

    private Database db;
    private Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-15T10:00:00Z"));

    @BeforeEach
    void site() throws Exception {
        db = Database.open(dir.resolve("db").toString());
        RecordedSite.demo(db, Instant.parse("2026-01-01T00:00:00Z"));
        RecordedSite.closedSession(db, UUID.randomUUID(), Instant.parse("2026-03-10T08:00:00Z"));
        // 23:30 on 31 March in Hamburg: still March there.
        RecordedSite.closedSession(db, UUID.randomUUID(), Instant.parse("2026-03-31T21:30:00Z"));
        RecordedSite.closedSession(db, UUID.randomUUID(), Instant.parse("2026-04-02T08:00:00Z"));
        folder = dir.resolve("exports");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A console or collector started now: a new instance over the same database, as after a restart. */
    private ScheduledExports start() throws Exception {
        return UseCases.scheduledExports(db, clock);
    }

    @Test
    void aRunMissedWhileTheAppWasClosedIsDoneOnceAtTheNextStartAndNotTwice() throws Exception {
        start().save(true, 1, LocalTime.of(2, 0), folder.toString(), ExportSchedule.Format.CSV);
        assertThat(start().runDue()).as("nothing is due in the middle of March").isEmpty();

        // Closed from 15 March to 3 April: the run of 1 April 02:00 was missed.
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-04-03T09:00:00Z")));
        List<ScheduledExports.Run> runs = start().runDue();
        assertThat(runs).extracting(ScheduledExports.Run::job, ScheduledExports.Run::month)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sessions", YearMonth.of(2026, 3)),
                        org.assertj.core.groups.Tuple.tuple("statements", YearMonth.of(2026, 3)));
        Path march = folder.resolve("sessions-2026-03.csv");
        assertThat(runs.get(0).file()).contains(march);
        List<String> lines = Files.readAllLines(march);
        assertThat(lines).hasSize(3).first().asString().startsWith("session_id,bay,start,end");
        assertThat(lines.get(2)).contains("2026-03-31T23:30:00+02:00", "10.000", "4.90,EUR,closed");
        Files.delete(march);

        assertThat(start().runDue()).as("a second start").isEmpty();
        ScheduledExports running = start();
        clock.advance(Duration.ofHours(1));
        assertThat(running.runDue()).as("the next turn of a running program").isEmpty();
        assertThat(march).as("not written twice").doesNotExist();
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void everyMonthMissedSinceTheScheduleWasSavedIsCaughtUpInOrderAtItsTimeOfDay() throws Exception {
        start().save(true, 1, LocalTime.of(2, 0), folder.toString(), ExportSchedule.Format.JSON);
        // 1 June 01:59 in Hamburg (summer time): May is not yet due.
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-05-31T23:59:00Z")));
        assertThat(start().runDue()).extracting(ScheduledExports.Run::month)
                .as("the sessions export and the statements of each month")
                .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 3), YearMonth.of(2026, 4),
                        YearMonth.of(2026, 4));
        clock.advance(Duration.ofMinutes(1));
        assertThat(start().runDue()).extracting(ScheduledExports.Run::month)
                .containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 5));
        assertThat(Files.readString(folder.resolve("sessions-2026-04.json"))).contains("\"start\" : \"2026-04-02T10:00:00+02:00\"");
    }

    @Test
    void aFailedRunIsTriedAgainAtTheNextTurnAndADisabledScheduleRunsNothing() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "a file");
        start().save(true, 1, LocalTime.of(2, 0), blocker.toString(), ExportSchedule.Format.CSV);
        clock.advance(Duration.ofDays(20));
        assertThat(start().runDue()).hasSize(2).allSatisfy(r -> assertThat(r.failure()).isPresent());
        start().save(true, 1, LocalTime.of(2, 0), folder.toString(), ExportSchedule.Format.CSV);
        assertThat(start().runDue()).as("saved after the moment: April's run is not asked for").isEmpty();
        clock.advance(Duration.ofDays(31));
        assertThat(start().runDue()).extracting(ScheduledExports.Run::month)
                .containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 4));
        start().save(false, 1, LocalTime.of(2, 0), "", ExportSchedule.Format.CSV);
        clock.advance(Duration.ofDays(31));
        assertThat(start().runDue()).isEmpty();
        assertThatThrownBy(() -> new ExportSchedule(true, 31, LocalTime.NOON, "x", ExportSchedule.Format.CSV,
                clock.instant())).hasMessageContaining("Day of month: 31");
    }
}
