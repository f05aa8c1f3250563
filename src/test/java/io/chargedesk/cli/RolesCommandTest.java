package io.chargedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReceiptRepository;
import io.chargedesk.store.SettingsRepository;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.RecordedSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line's roles: what changes records asks for the manager PIN (typed, or in CHARGEDESK_MANAGER_PIN) and
 * is refused without it; set-manager-pin; verify-audit naming the entry altered behind its back.
 */
class RolesCommandTest {

    private static final Map<String, String> NO_PIN = Map.of();
    private static final Map<String, String> MANAGER = Map.of(ManagerPrompt.PIN, Managers.PIN);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aCreditNoteWithoutTheManagerPinIsRefusedAndWithItIssued() throws Exception {
        String db = recorded(true);
        assertThat(run(NO_PIN, "receipt", "--db", db, "--session", "abcdef01", "--out", pdf("r"))).isZero();

        assertThat(run(NO_PIN, "receipt", "--db", db, "--session", "abcdef01", "--credit", "--out", pdf("c")))
                .isEqualTo(ChargeDeskCommand.DENIED);
        assertThat(err.toString()).contains("Only a manager may cancel a receipt with a credit note",
                "CHARGEDESK_MANAGER_PIN").doesNotContain("Exception");
        assertThat(run(Map.of(ManagerPrompt.PIN, "999999"), "receipt", "--db", db, "--session", "abcdef01",
                "--credit", "--out", pdf("c"))).isEqualTo(ChargeDeskCommand.DENIED);
        assertThat(err.toString()).contains("PIN given is wrong");
        try (Database database = Database.open(db)) {
            assertThat(new ReceiptRepository(database).creditFor(1)).as("nothing cancelled").isEmpty();
        }

        assertThat(run(MANAGER, "receipt", "--db", db, "--session", "abcdef01", "--credit", "--out", pdf("c")))
                .isZero();
        assertThat(err.toString()).contains("Issued credit note 000002");
        assertThat(run(NO_PIN, "verify-audit", "--db", db)).isZero();
        assertThat(out.toString()).contains("Audit trail OK: 3 entries");
    }

    @Test
    void aBackupWithoutTheManagerPinIsRefused() throws Exception {
        String db = recorded(true);

        assertThat(run(NO_PIN, "backup", "--db", db, "--to", dir.resolve("backups").toString()))
                .isEqualTo(ChargeDeskCommand.DENIED);
        assertThat(err.toString()).contains("Only a manager may back the database up");
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    /** The collector's site file is how a site is configured: changing the saved settings with it is a manager's. */
    @Test
    void aSiteFileThatChangesTheSettingsIsRefusedWithoutTheManagerPin() throws Exception {
        String db = recorded(true);
        try (Database database = Database.open(db)) {
            new SettingsRepository(database).save("site: {name: Depot, timezone: Europe/Berlin}\n", "installer",
                    Instant.parse("2026-05-06T00:00:00Z"));
        }
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, """
                site: {name: Depot Nord, timezone: Europe/Berlin}
                buses: [{id: bus1, port: /dev/ttyUSB0}]
                bays: [{id: D1, bus: bus1, address: 7, meter: sdm630}]
                """);

        assertThat(run(NO_PIN, "run", "--headless", "--site", file.toString(), "--db", db))
                .isEqualTo(ChargeDeskCommand.DENIED);
        assertThat(err.toString()).contains("Only a manager may change the settings").doesNotContain("Exception");
        try (Database database = Database.open(db)) {
            assertThat(new SettingsRepository(database).latest().orElseThrow().yaml()).doesNotContain("Depot Nord");
            assertThat(CollectorLease.current(database)).as("the lease is given back").isEmpty();
        }
    }

    @Test
    void aSiteWithoutAManagerPinSaysHowToSetOne() throws Exception {
        String db = recorded(false);

        assertThat(run(MANAGER, "receipt", "--db", db, "--session", "abcdef01", "--credit", "--out", pdf("c")))
                .isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("no manager PIN yet", "set-manager-pin");

        assertThat(run(Map.of(ManagerPrompt.NEW_PIN, "4711"), "set-manager-pin", "--db", db))
                .isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("6 to 12 digits");
        assertThat(run(Map.of(ManagerPrompt.NEW_PIN, "471147"), "set-manager-pin", "--db", db)).isZero();
        assertThat(err.toString()).contains("Set the manager PIN");

        assertThat(run(Map.of(ManagerPrompt.NEW_PIN, "123123"), "set-manager-pin", "--db", db))
                .as("changing it takes the current PIN").isEqualTo(ChargeDeskCommand.DENIED);
        assertThat(run(Map.of(ManagerPrompt.PIN, "471147", ManagerPrompt.NEW_PIN, "123123"), "set-manager-pin",
                "--db", db)).isZero();
        assertThat(err.toString()).contains("Changed the manager PIN");
        assertThat(run(NO_PIN, "receipt", "--db", db, "--session", "abcdef01", "--out", pdf("r"))).isZero();
        assertThat(run(Map.of(ManagerPrompt.PIN, "123123"), "receipt", "--db", db, "--session", "abcdef01",
                "--credit", "--out", pdf("c"))).as("cancelled with the new PIN").isZero();
    }

    @Test
    void verifyAuditNamesTheEntryAlteredOrRemovedInTheDatabase() throws Exception {
        String db = recorded(true);
        for (String name : new String[] {"r1", "r2", "r3"}) {
            run(NO_PIN, "receipt", "--db", db, "--session", "abcdef01", "--out", pdf(name));
        }
        run(MANAGER, "receipt", "--db", db, "--session", "abcdef01", "--credit", "--out", pdf("c"));
        assertThat(run(NO_PIN, "verify-audit", "--db", db)).isZero();

        sql(db, "UPDATE audit_entry SET actor_name = 'someone else' WHERE seq = 2");
        assertThat(run(NO_PIN, "verify-audit", "--db", db)).isEqualTo(VerifyAuditCommand.BROKEN);
        assertThat(out.toString()).contains("Audit trail BROKEN at entry 2", "altered");

        sql(db, "DELETE FROM audit_entry WHERE seq = 2");
        assertThat(run(NO_PIN, "verify-audit", "--db", db)).isEqualTo(VerifyAuditCommand.BROKEN);
        assertThat(out.toString()).contains("BROKEN at entry 2", "removed");
    }

    /** The demo site with one closed session, abcdef01-…; with the test's manager PIN set, or none. */
    private String recorded(boolean withPin) throws Exception {
        String db = dir.resolve("site").toString();
        try (Database database = Database.open(db)) {
            RecordedSite.demo(database, Instant.parse("2026-05-06T00:00:00Z"));
            RecordedSite.closedSession(database, UUID.fromString("abcdef01-0000-0000-0000-000000000001"),
                    Instant.parse("2026-05-06T08:00:00Z"));
            if (withPin) {
                Managers.pinSet(database, Clock.systemUTC());
            }
        }
        return db;
    }

    private String pdf(String name) {
        return dir.resolve(name + ".pdf").toString();
    }

    private static void sql(String db, String statement) throws Exception {
        try (Database database = Database.open(db); Connection c = database.connect();
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /** Runs a command with {@code env} as its environment and no console to type on. */
    private int run(Map<String, String> env, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = ChargeDeskCommand.commandLine(new ManagerPrompt(env, Optional.empty()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
