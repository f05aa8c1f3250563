package io.chargedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.receipt.SessionEvidence;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReceiptRepository;
import io.chargedesk.testing.LaterTariffChanges;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.RecordedSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code receipt --db PATH --session ID --out FILE.pdf} of docs/design.md, Command line. */
class ReceiptCommandTest {

    @TempDir
    Path dir;

    /** The demo site with one closed session, abcdef01-…, on bay A1 under the demo's first tariff version. */
    private Database recorded(String db) throws Exception {
        Database database = Database.open(db);
        RecordedSite.demo(database, Instant.parse("2026-05-06T00:00:00Z"));
        Managers.pinSet(database, Clock.systemUTC());
        RecordedSite.closedSession(database, UUID.fromString("abcdef01-0000-0000-0000-000000000001"),
                Instant.parse("2026-05-06T08:00:00Z"));
        return database;
    }

    @Test
    void issuesThenCopiesThenCreditsBySessionIdPrefix() throws Exception {
        String db = dir.resolve("db").toString();
        Database database = recorded(db);

        assertThat(run("receipt", "--db", db, "--session", "abcdef01", "--out", dir.resolve("r.pdf").toString()))
                .contains("Issued receipt 000001 (4.90 EUR)");
        assertThat(Files.readAllBytes(dir.resolve("r.pdf"))).startsWith("%PDF".getBytes());
        assertThat(run("receipt", "--db", db, "--session", "abcdef01", "--layout", "roll", "--out",
                dir.resolve("out/copy.pdf").toString())).contains("Copy of receipt 000001");
        assertThat(run("receipt", "--db", db, "--session", "abcdef01", "--credit", "--out",
                dir.resolve("c.pdf").toString())).contains("Issued credit note 000002 (-4.90 EUR)");

        Path evidence = dir.resolve("evidence.txt");
        String said = run("evidence", "--db", db, "--session", "abcdef01", "--out", evidence.toString());
        String sha = SessionEvidence.sha256(Files.readString(evidence));
        assertThat(said).contains("SHA-256 " + sha);
        assertThat(new ReceiptRepository(database).byNumber(1).orElseThrow().evidenceSha256())
                .as("the receipt prints the fingerprint of exactly this file").isEqualTo(sha);
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnErrorToFixAndUsesNoNumber() throws Exception {
        String db = dir.resolve("db").toString();
        Database database = recorded(db);
        Path blocker = Files.writeString(dir.resolve("out"), "a file where a folder should be");
        Path out = blocker.resolve("r.pdf");

        StringWriter err = new StringWriter();
        CommandLine cli = ChargeDeskCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("receipt", "--db", db, "--session", "abcdef01", "--out", out.toString()))
                .isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).startsWith("chargedesk: Cannot write the PDF to " + out.toAbsolutePath())
                .contains("No number was used.").doesNotContain("Exception");
        assertThat(new ReceiptRepository(database).byNumber(1)).isEmpty();

        Files.delete(blocker);
        assertThat(run("receipt", "--db", db, "--session", "abcdef01", "--out", out.toString()))
                .contains("Issued receipt 000001", "to " + out.toAbsolutePath());
        assertThat(out).exists();
    }

    /**
     * The evidence of a receipt is what was fingerprinted when it was issued, not the tariff worked out again: a
     * version of the bay's tariff added later with a start before the session, then the bay moved to another
     * tariff, change neither the text nor its hash.
     */
    @Test
    void theEvidenceStillHashesToTheFingerprintAfterTheBaysTariffChanged() throws Exception {
        String db = dir.resolve("db").toString();
        Database database = recorded(db);
        run("receipt", "--db", db, "--session", "abcdef01", "--out", dir.resolve("r.pdf").toString());
        String fingerprint = new ReceiptRepository(database).byNumber(1).orElseThrow().evidenceSha256();
        Path evidence = dir.resolve("evidence.txt");

        LaterTariffChanges.addVersion(database, "standard", Instant.parse("2026-05-06T07:00:00Z"), "0.99");
        run("evidence", "--db", db, "--session", "abcdef01", "--out", evidence.toString());
        assertThat(SessionEvidence.sha256(Files.readString(evidence))).isEqualTo(fingerprint);

        LaterTariffChanges.addVersion(database, "fleet", Instant.parse("2026-01-01T00:00:00Z"), "0.29");
        LaterTariffChanges.moveBay(database, "A1", "fleet");
        assertThat(run("evidence", "--db", db, "--session", "abcdef01", "--out", evidence.toString()))
                .contains("SHA-256 " + fingerprint);
        assertThat(SessionEvidence.sha256(Files.readString(evidence))).isEqualTo(fingerprint);
        assertThat(Files.readString(evidence)).contains("tariff=standard@2024-12-31T23:00:00Z;")
                .doesNotContain("fleet", "0.99");
    }

    /** Runs a command with the manager PIN in the environment, as a manager's script does. */
    private static String run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = ChargeDeskCommand.commandLine(new ManagerPrompt(Map.of(ManagerPrompt.PIN, Managers.PIN),
                Optional.empty()));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return err.toString();
    }
}
