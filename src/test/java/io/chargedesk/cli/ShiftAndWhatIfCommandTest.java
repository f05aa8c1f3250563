package io.chargedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.store.Database;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.RecordedSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code shift-report} and {@code what-if} of docs/design.md, Command line, on the demo site's flat tariff. */
class ShiftAndWhatIfCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs a command with the manager PIN in the environment, as a manager's script does: credit notes need it. */
    private int run(String... args) {
        CommandLine cli = ChargeDeskCommand.commandLine(new ManagerPrompt(Map.of(ManagerPrompt.PIN, Managers.PIN),
                Optional.empty()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void pricesAPeriodUnderATariffAndClosesAShiftWithItsPdf() throws Exception {
        String db = dir.resolve("db").toString();
        try (Database database = Database.open(db)) {
            RecordedSite.demo(database, Instant.parse("2026-05-06T00:00:00Z"));
            RecordedSite.closedSession(database, UUID.fromString("abcdef01-0000-0000-0000-000000000001"),
                    Instant.parse("2026-05-06T08:00:00Z"));
            Managers.pinSet(database, Clock.systemUTC());
        }
        assertThat(run("what-if", "--db", db, "--tariff", "standard", "--from", "2026-05-01", "--to", "2026-05-31"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("bay,sessions,energy_kwh,actual,what_if,difference,unpriced",
                "A1,1,10.000,4.90,4.90,0.00,0", "total,1,10.000,4.90,4.90,0.00,0");
        assertThat(run("what-if", "--db", db, "--tariff", "nope", "--from", "2026-05-01", "--to", "2026-05-31"))
                .isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("Tariff: there is no tariff nope");

        String id = "abcdef01";
        assertThat(run("receipt", "--db", db, "--session", id, "--out", dir.resolve("r.pdf").toString())).isZero();
        assertThat(run("receipt", "--db", db, "--session", id, "--correct", "--out", dir.resolve("c.pdf").toString()))
                .isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("Receipt 000001 still stands");
        assertThat(run("receipt", "--db", db, "--session", id, "--credit", "--out", dir.resolve("n.pdf").toString()))
                .isZero();
        assertThat(run("receipt", "--db", db, "--session", id, "--correct", "--name", "Jürgen Müller", "--out",
                dir.resolve("c.pdf").toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Issued receipt 000003");

        Path pdf = dir.resolve("shift.pdf");
        assertThat(run("shift-report", "--db", db, "--from", "2026-05-06", "--to", "2026-05-06", "--language", "en"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Sessions started: 1", "Energy: 10.000 kWh",
                "Revenue (credited receipts left out): 4.90 EUR");
        assertThat(run("shift-report", "--db", db, "--close", "Ada", "--out", pdf.toString(), "--language", "en"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Shift closed by: Ada");
        assertThat(pdf).isNotEmptyFile();
        assertThat(run("shift-report", "--db", db, "--from", "2026-05-06")).isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("--from and --to go together");
    }
}
