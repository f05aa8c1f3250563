package io.chargedesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.session.SessionFilter;
import io.chargedesk.app.SiteRuntime;
import io.chargedesk.app.SiteSource;
import io.chargedesk.store.Database;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second program reads a protected database while a collector holds it: {@code sessions} in its own JVM finds the
 * password beside the database and reaches it through the collector's AUTO_SERVER port on loopback.
 */
class ExportWhileCollectingTest {

    @TempDir
    Path dir;

    @Test
    void theSessionsCommandExportsFromTheDatabaseTheCollectorHolds() throws Exception {
        String db = dir.resolve("data/site").toString();
        Path csv = dir.resolve("sessions.csv");
        try (SiteRuntime collector = SiteRuntime.start(SiteSource.demo().config(), Database.open(db), 3000, 42);
             CollectorProcesses programs = new CollectorProcesses(dir)) {
            SessionRepository sessions = new SessionRepository(collector.database());
            Await.until("a recorded session", Duration.ofSeconds(60),
                    () -> !list(sessions).isEmpty());

            Process export = programs.start("sessions", "sessions", "--db", db, "--out", csv.toString());
            assertThat(export.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(export.exitValue()).as(programs.logs()).isZero();
            assertThat(Files.readAllLines(csv)).first().asString().startsWith("session_id,bay,start,end");
            assertThat(Files.readAllLines(csv)).as("every session recorded when it read").hasSizeGreaterThan(1);
        }
    }

    private static List<?> list(SessionRepository sessions) {
        try {
            return sessions.list(SessionFilter.ALL);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
