package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A console watching the demo's collector in another program sees how far that program has loaded the sample year,
 * from the marks it commits with each week, so its History screen says so as the collecting console's does.
 */
class WatchedSampleLoadTest {

    @TempDir
    Path dir;

    @Test
    void aWatchingConsoleReadsHowManyDaysOfTheSampleYearAreIn() throws Exception {
        SiteConfig demo = SiteSource.demo().config();
        try (Database db = Database.open(dir.resolve("demo").toString())) {
            assertThat(SampleHistory.watch(db)).as("no load began").isEmpty();
            SampleLoad load = SampleHistory.begin(db, demo, Instant.now()).orElseThrow();
            WatchedSampleLoad watched = SampleHistory.watch(db).orElseThrow();
            assertThat(watched.daysLoaded()).isZero();
            assertThat(watched.daysInAll()).isEqualTo(365);

            // The other program loads a few weeks, then is closed.
            load.onProgress(() -> {
                if (load.daysLoaded() >= 14) {
                    load.stop();
                }
            });
            load.run();
            AtomicInteger told = new AtomicInteger();
            watched.onProgress(told::incrementAndGet);
            try (DatabaseWatch watch = new DatabaseWatch(demo, db, Clock.systemUTC())) {
                watch.afterEachRead(watched::read);
                watch.read();
            }
            assertThat(watched.daysLoaded()).isEqualTo(load.daysLoaded()).isBetween(14, 364);
            assertThat(watched.done()).isFalse();
            assertThat(told).as("the History screen is told").hasValue(1);
        }
    }
}
