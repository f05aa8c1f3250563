package io.chargedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.receipt.SessionEvidence;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReceiptRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code receipt --db PATH --session ID --out FILE.pdf} of docs/design.md, Command line. */
class ReceiptCommandTest {

    @TempDir
    Path dir;

    @Test
    void issuesThenCopiesThenCreditsBySessionIdPrefix() throws Exception {
        String db = dir.resolve("db").toString();
        Database database = Database.open(db);
        var demo = SiteSource.demo().config();
        new SiteRepository(database).save(demo.site());
        new TariffRepository(database).addFromSiteFile(demo, Instant.parse("2026-05-06T00:00:00Z"));
        new BayRepository(database).sync(demo.bays());
        Instant start = Instant.parse("2026-05-06T08:00:00Z");
        UUID id = UUID.fromString("abcdef01-0000-0000-0000-000000000001");
        new SessionRepository(database).save(new Session(id, "A1", "1", start, Optional.of(start.plusSeconds(3600)),
                Energy.ofWattHours(0), Energy.ofWattHours(10_000), Power.ofWatts(11_000), Duration.ofHours(1),
                start.plusSeconds(3600), false, Customer.NONE, Optional.of(EndReason.TIMEOUT), List.of(), List.of()));

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

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = ChargeDeskCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return err.toString();
    }
}
