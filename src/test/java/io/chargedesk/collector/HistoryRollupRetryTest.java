package io.chargedesk.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.store.Database;
import io.chargedesk.store.RecordBatch;
import io.chargedesk.store.Recorder;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.ShortPlates;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch written back from the spill journal whose commit the collector never heard of is not written again: the
 * history rollups, kept in the same transaction, count its energy, sessions and revenue once.
 */
class HistoryRollupRetryTest {

    private static final Instant T = Instant.parse("2026-06-01T08:00:00Z");

    @TempDir
    Path dir;

    private static RecordBatch quarterHour(int i) {
        Instant start = T.plus(Duration.ofMinutes(15L * i));
        Session closed = new Session(UUID.randomUUID(), "A1", "S", start, Optional.of(start.plusSeconds(600)),
                Energy.ofWattHours(0), Energy.ofWattHours(1_000), Power.ofWatts(11_000), Duration.ofSeconds(600),
                start.plusSeconds(600), false, Customer.NONE, Optional.of(EndReason.TIMEOUT), List.of(), List.of());
        return new RecordBatch(List.of(), List.of(closed), new HistoryBatch(
                List.of(new HistoryBatch.IntervalEnergy("A1", start, 1_000)), List.of(), List.of(),
                List.of(new HistoryBatch.SessionPrice(closed.id(), Money.of("2.50", "EUR")))));
    }

    @Test
    void aWriteBackCommittedBeforeACrashIsCountedOnce() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        Recorder recorder = new Recorder(db);
        FlakyWriter writer = new FlakyWriter(recorder);
        MutableClock clock = new MutableClock(T);
        SpillSettings settings = SpillSettings.in(dir.resolve("unsaved"));
        PendingWrites first = new PendingWrites(writer, settings, clock);
        first.recover();
        writer.down(true);
        for (int i = 0; i < 8; i++) {
            first.add(quarterHour(i));
            first.flush();
        }
        first.close();

        writer.down(false);
        writer.crashAfterCommit(1);
        PendingWrites dying = new PendingWrites(writer, settings, clock);
        assertThatThrownBy(dying::recover).isInstanceOf(StoreException.class).hasMessageContaining("died");
        PendingWrites restarted = new PendingWrites(recorder, settings, clock);
        restarted.recover();
        restarted.close();

        assertThat(ShortPlates.count(db, "SELECT SUM(energy_wh) FROM site_interval")).isEqualTo(8_000);
        assertThat(ShortPlates.count(db, "SELECT SUM(energy_wh) FROM site_day")).isEqualTo(8_000);
        assertThat(ShortPlates.count(db, "SELECT SUM(energy_wh) FROM bay_hour")).isEqualTo(8_000);
        assertThat(ShortPlates.count(db, "SELECT SUM(sessions) FROM site_day")).isEqualTo(8);
        assertThat(ShortPlates.count(db, "SELECT SUM(revenue_minor) FROM site_day")).isEqualTo(2_000);
        assertThat(ShortPlates.count(db, "SELECT SUM(occupied_s) FROM bay_hour")).isEqualTo(8 * 600);
    }
}
