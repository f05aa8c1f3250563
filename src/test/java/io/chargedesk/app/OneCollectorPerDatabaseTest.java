package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.session.Customer;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.LeaseHeldException;
import io.chargedesk.testing.Await;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two collectors on one database would resume the same open sessions and overwrite each other's. */
class OneCollectorPerDatabaseTest {

    private static final double SPEED = 3000;

    @TempDir
    Path dir;

    @Test
    void aSecondCollectorRefusesToStartAndSaysWhoCollects() throws Exception {
        String location = dir.resolve("site").toString();
        Database first = Database.open(location);
        String user = System.getProperty("user.name");
        try (SiteRuntime running = SiteRuntime.start(SiteSource.demo().config(), first,
                SiteRuntime.takeLease(first, "the console"), SPEED, 7, false)) {
            Database second = Database.open(location);
            assertThatThrownBy(() -> SiteRuntime.takeLease(second, "run --headless"))
                    .isInstanceOf(LeaseHeldException.class)
                    .hasMessageStartingWith("Another ChargeDesk is collecting into this database: the console "
                            + "(user " + user + ") on host ")
                    .hasMessageContaining("(pid " + ProcessHandle.current().pid() + "), last seen ")
                    .hasMessageEndingWith("Close it first, or point this one at another database with --db.");
            assertThatThrownBy(() -> SiteRuntime.start(SiteSource.demo().config(), second, SPEED, 7))
                    .isInstanceOf(LeaseHeldException.class);
            assertThat(CollectorLease.current(second).orElseThrow().description())
                    .isEqualTo("the console (user " + user + ")");
        }
        Database third = Database.open(location);
        assertThat(CollectorLease.current(third)).as("a clean stop releases the lease").isEmpty();
        try (SiteRuntime restarted = SiteRuntime.start(SiteSource.demo().config(), third, SPEED, 7)) {
            assertThat(CollectorLease.current(third)).isPresent();
        }
    }

    @Test
    void aCollectorWhoseLeaseWasTakenOverStopsWriting() throws Exception {
        Database db = Database.open(dir.resolve("site").toString());
        try (SiteRuntime runtime = SiteRuntime.start(SiteSource.demo().config(), db, SPEED, 7)) {
            Await.until("readings recorded", Duration.ofSeconds(30), () -> readings(db) > 0);
            takeOver(db);
            Await.until("the collector noticing", Duration.ofSeconds(15),
                    () -> runtime.collector().leaseLost().isDone());
            assertThat(runtime.collector().leaseLost().get()).startsWith("This ChargeDesk stopped recording: "
                    + "the intruder on host pc-9 (pid 99) took over collecting into this database");
            assertThat(runtime.collector().snapshot().storeProblem()).get().asString()
                    .startsWith("This ChargeDesk stopped recording");
            long stopped = readings(db);
            Thread.sleep(2_500);
            assertThat(readings(db)).as("nothing written after the takeover").isEqualTo(stopped);
            String bay = runtime.config().bays().get(0).id();
            assertThatThrownBy(() -> runtime.collector().openSession(bay, Customer.NONE).get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasRootCauseMessage(runtime.collector().leaseLost().get());
        }
        assertThat(CollectorLease.current(db).orElseThrow().description()).as("a lost lease is never released")
                .isEqualTo("the intruder");
    }

    /** What another program on another PC does once this one seems gone. */
    private static void takeOver(Database db) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("UPDATE collector_lease SET "
                + "token = ?, holder = 'the intruder', host = 'pc-9', pid = 99, started_utc = ?, heartbeat_utc = ?, "
                + "version = version + 1 WHERE id = 1")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, Instant.now().atOffset(ZoneOffset.UTC));
            ps.setObject(3, Instant.now().atOffset(ZoneOffset.UTC));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static long readings(Database db) {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM reading")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
