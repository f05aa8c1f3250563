package io.chargedesk.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.meter.MeterModels;
import io.chargedesk.meter.Reading;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFile;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.HistoryQueries;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.Recorder;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.testing.Await;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.RecordedSession;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector prunes raw readings by the site file's {@code storage: {raw_readings_days: N}}, on its own
 * clock; sessions and their per-minute evidence stay.
 */
class CollectorPruneTest {

    /** Months before the real date, so a prune on the system clock instead of the site's would show. */
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dir;

    private static SiteConfig site(String storage) throws Exception {
        return new SiteFile(MeterModels.builtIn()::contains).parse("""
                site: {name: Prune site, timezone: UTC, currency: EUR}
                buses:
                  - {id: bus1, port: /dev/null-chargedesk, baud: 9600, parity: none, stop_bits: 1}
                bays:
                  - {id: A1, bus: bus1, address: 1, meter: sdm630, max_kw: 22}
                  - {id: A2, bus: bus1, address: 2, meter: sdm630, max_kw: 22}
                %s
                """.formatted(storage), "prune-site.yaml");
    }

    private static Reading reading(String bay, Instant at, long wh) {
        return new Reading(bay, at, Energy.ofWattHours(wh), Power.ZERO, "777");
    }

    private static List<Instant> times(ReadingRepository repo, String bay) {
        try {
            return repo.between(bay, Instant.EPOCH, NOW.plus(Duration.ofDays(1))).stream().map(Reading::at).toList();
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onStartDeletesReadingsOutsideTheSitesWindowAndKeepsSessionEvidence() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        Instant start = NOW.minus(Duration.ofDays(40));
        RecordedSession recorded = RecordedSession.closed("A1", start, 1_000, 2, 180);
        Instant fiveDaysAgo = NOW.minus(Duration.ofDays(5));
        Instant justInside = NOW.minus(Duration.ofDays(3)).plusSeconds(1);
        Instant anHourAgo = NOW.minus(Duration.ofHours(1));
        new Recorder(db).record(List.of(
                        reading("A1", start, 1_000), reading("A1", start.plusSeconds(120), 1_360),
                        reading("A1", fiveDaysAgo, 1_360), reading("A1", justInside, 1_360),
                        reading("A1", anHourAgo, 1_360),
                        reading("A2", NOW.minus(Duration.ofDays(9)), 42_000)),
                List.of(recorded.session()), recorded.batch());
        ReadingRepository readings = new ReadingRepository(db);

        try (Collector collector = new Collector(site("storage: {raw_readings_days: 3}"), db, new MutableClock(NOW),
                CollectorLease.acquire(db, "prune test", Clock.systemUTC()),
                SpillSettings.in(dir.resolve("unsaved")))) {
            collector.start();
            Await.until("the old readings of bay A1 to be pruned", Duration.ofSeconds(10),
                    () -> times(readings, "A1").size() < 5, () -> times(readings, "A1").toString());
        }

        assertThat(times(readings, "A1")).as("five days old is outside a 3-day window, not the default 14")
                .containsExactly(justInside, anHourAgo);
        assertThat(times(readings, "A2")).as("a bay's latest reading stays however old")
                .containsExactly(NOW.minus(Duration.ofDays(9)));
        assertThat(new SessionRepository(db).find(recorded.session().id())).contains(recorded.session());
        assertThat(new HistoryQueries(db).sessionMinutes(recorded.session().id())).isEqualTo(recorded.minutes());
    }

    @Test
    void withoutAStorageSectionKeepsTheDefaultFourteenDays() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        Instant outside = NOW.minus(Duration.ofDays(14)).minusSeconds(1);
        Instant inside = NOW.minus(Duration.ofDays(13));
        new ReadingRepository(db).insert(List.of(reading("A1", outside, 10), reading("A1", inside, 10),
                reading("A1", NOW, 10)));
        ReadingRepository readings = new ReadingRepository(db);

        try (Collector collector = new Collector(site(""), db, new MutableClock(NOW),
                CollectorLease.acquire(db, "prune test", Clock.systemUTC()),
                SpillSettings.in(dir.resolve("unsaved")))) {
            collector.start();
            Await.until("the reading older than 14 days to be pruned", Duration.ofSeconds(10),
                    () -> !times(readings, "A1").contains(outside), () -> times(readings, "A1").toString());
        }

        assertThat(times(readings, "A1")).containsExactly(inside, NOW);
    }
}
