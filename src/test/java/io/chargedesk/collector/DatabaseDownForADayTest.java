package io.chargedesk.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.store.RecordBatch;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database down for a whole day at 50 bays, each read once a second: 4,320,000 readings. Memory never holds more
 * than its bound, the journal on disk holds the rest, and when the database comes back every reading is written
 * exactly once. (The store here is {@link MemoryDatabase}: H2 takes minutes for four million rows; the write-back's
 * transactions on H2 are {@link SpillJournalTest}'s.)
 */
class DatabaseDownForADayTest {

    private static final Instant T = Instant.parse("2026-06-01T00:00:00Z");
    private static final int BAYS = 50;
    private static final int SECONDS = 86_400;
    /** The collector retries every second; every ten minutes here is enough to show both ways memory is spilled. */
    private static final int RETRY_EVERY_SECONDS = 600;

    @TempDir
    Path dir;

    @Test
    void memoryStaysWithinItsBoundTheJournalKeepsTheRestAndEveryReadingIsWrittenOnce() throws Exception {
        MutableClock clock = new MutableClock(T);
        MemoryDatabase database = new MemoryDatabase(T);
        FlakyWriter writer = new FlakyWriter(database);
        SpillSettings settings = SpillSettings.in(dir);
        PendingWrites pending = new PendingWrites(writer, settings, clock);
        pending.recover();
        writer.down(true);

        List<String> bays = new ArrayList<>();
        for (int b = 1; b <= BAYS; b++) {
            bays.add("B%02d".formatted(b));
        }
        int mostInMemory = 0;
        for (int s = 0; s < SECONDS; s++) {
            List<Reading> second = new ArrayList<>(BAYS);
            for (String bay : bays) {
                second.add(new Reading(bay, T.plusSeconds(s), Energy.ofWattHours(3L * s), Power.ofWatts(11_000)));
            }
            pending.add(new RecordBatch(second, List.of(), HistoryBatch.EMPTY));
            mostInMemory = Math.max(mostInMemory, pending.readingsInMemory());
            clock.advance(Duration.ofSeconds(1));
            if (s % RETRY_EVERY_SECONDS == RETRY_EVERY_SECONDS - 1) {
                assertThat(pending.flush().failure()).isPresent();
            }
        }

        assertThat(mostInMemory).as("readings in memory at most").isLessThanOrEqualTo(settings.readingsInMemory());
        assertThat(database.readings()).isZero();
        SpillJournal journal = SpillJournal.open(dir, new DiskBudget(settings, () -> 0, clock));
        assertThat(journal.readingsKept()).as("on disk").isEqualTo((long) BAYS * SECONDS);
        journal.close();
        assertThat(pending.problem()).get().asString()
                .startsWith(FlakyWriter.DOWN + " It has failed for 23 h 50 min; 4,320,000 readings (")
                .endsWith("MB) are kept on disk in " + dir + " until it works again. Free disk space or fix the "
                        + "database.");

        writer.down(false);
        int flushes = 0;
        while (pending.problem().isPresent() && flushes < 1_000) {
            assertThat(pending.flush().failure()).isEmpty();
            flushes++;
        }

        assertThat(database.twice()).as("readings written twice").isZero();
        assertThat(database.readings()).isEqualTo((long) BAYS * SECONDS);
        for (String bay : bays) {
            assertThat(database.secondsOf(bay)).as("seconds of bay %s", bay).isEqualTo(SECONDS);
        }
        assertThat(dir.resolve(SpillJournal.FILE_NAME)).as("deleted once written back").doesNotExist();
        pending.close();
    }
}
