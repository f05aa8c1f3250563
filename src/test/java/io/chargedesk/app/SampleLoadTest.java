package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample load stopped before its first week, when the console closes within seconds of start, leaves the database
 * alone: it may be closed already, and H2 opens a closed file anew, or makes an empty one where it was removed.
 */
class SampleLoadTest {

    @TempDir
    Path dir;

    @Test
    void aLoadStoppedBeforeItRunsNeverOpensTheClosedDatabaseAgain() throws Exception {
        Database db = Database.open(dir.resolve("demo").toString());
        SampleLoad load = SampleHistory.begin(db, SiteSource.demo().config(), Instant.now()).orElseThrow();
        Path file = db.file().orElseThrow();
        load.stop();
        db.close();
        // Gone, as when the test's folder is cleaned up: any access to the database would make it again, empty.
        Files.delete(file);

        load.run();

        assertThat(file).as("no database made by the stopped load").doesNotExist();
        assertThat(load.daysLoaded()).isZero();
    }
}
