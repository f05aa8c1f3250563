package io.chargedesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteLaunch;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.testing.Await;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collectors as separate programs on one H2 file (AUTO_SERVER), as users start them: a second one refuses with
 * exit code 2, and one killed with SIGKILL is replaced at once, not after the lease's staleness limit.
 */
class CollectorLeaseProcessTest {

    @TempDir
    Path dir;

    private CollectorProcesses collectors;

    @AfterEach
    void stopEverything() {
        if (collectors != null) {
            collectors.close();
        }
    }

    @Test
    void aSecondCollectorExitsWithCode2AndAKilledOneIsReplacedAtOnce() throws Exception {
        collectors = new CollectorProcesses(dir);
        String db = dir.resolve("data/site").toString();
        Process first = collectors.start("first", "run", "--headless", "--db", db);
        // The demo site, which runs in its own database beside the one given.
        Database view = CollectorProcesses.awaitDatabase(SiteLaunch.demoDatabase(db));
        Await.until("the first collector holding the lease", Duration.ofSeconds(60),
                () -> holderPid(view).equals(Optional.of(first.pid())), collectors::logs);

        Process second = collectors.start("second", "run", "--headless", "--db", db);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the second collector gives up").isTrue();
        assertThat(second.exitValue()).isEqualTo(2);
        assertThat(collectors.output("second")).contains("chargedesk: Another ChargeDesk is collecting into this "
                + "database: run --headless (user " + System.getProperty("user.name") + ") on host ")
                .contains("(pid " + first.pid() + "), last seen ")
                .contains("Close it first, or point this one at another database with --db.");
        assertThat(first.isAlive()).as("the first one carries on").isTrue();

        first.destroyForcibly().waitFor();
        Process third = collectors.start("third", "run", "--headless", "--db", db);
        Await.until("the restarted collector holding the lease", Duration.ofSeconds(60),
                () -> holderPid(view).equals(Optional.of(third.pid())), collectors::logs);
        String host = CollectorLease.current(view).orElseThrow().host();
        assertThat(collectors.sharedLog()).contains("Took over the collector lease from run --headless (user "
                + System.getProperty("user.name") + ") on host " + host + " (pid " + first.pid() + "): ");
        if (!host.startsWith("localhost") && !host.equals("unknown host")) {
            // A restart may take longer than the staleness limit on a busy machine; the reason names the process.
            assertThat(collectors.sharedLog()).as("taken over because the killed process is gone, not after "
                    + CollectorLease.STALE_AFTER.toSeconds() + " s").contains("(pid " + first.pid() + "): its "
                    + "process has ended");
        }

        // Stopped once it runs: a SIGTERM while it is still starting ends it before its shutdown hook exists.
        Await.until("the restarted collector running", Duration.ofSeconds(60),
                () -> output("third").contains("Stop with Ctrl-C."), collectors::logs);
        third.destroy();
        assertThat(third.waitFor()).as("SIGTERM closes the collector cleanly").isIn(0, 143);
        assertThat(CollectorLease.current(view)).as("and releases the lease").isEmpty();
        view.close();
    }

    private String output(String name) {
        try {
            return collectors.output(name);
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<Long> holderPid(Database db) {
        try {
            return CollectorLease.current(db).map(CollectorLease.Holder::pid);
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
