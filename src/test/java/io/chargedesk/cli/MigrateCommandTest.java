package io.chargedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.alert.AlertChange;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.app.UseCases;
import io.chargedesk.meter.Reading;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.store.AlertRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.SettingsRepository;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.RecordedSite;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.ReceiptService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import picocli.CommandLine;

/**
 * {@code migrate}: an H2 site copied into a new database (H2, and PostgreSQL where a server answers) with every table's
 * rows and every receipt byte-identical, and the copy goes on where the source stopped.
 */
@OnEveryDatabase
class MigrateCommandTest {

    private static final Instant START = Instant.parse("2026-05-06T08:00:00Z");

    @Parameter
    TestDatabase target;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void copiesEveryRecordAndEveryReceiptByteForByteAndTheCopyGoesOn() throws Exception {
        String source = dir.resolve("site").toString();
        Map<Long, byte[]> pdfs = recordASite(source);
        String to = target.newLocation();

        assertThat(run("migrate", "--from", source, "--to", to)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("receipt ", "charging_session", "reading", "tariff_window",
                "site_settings", "alert", "receipts and credit notes compared byte for byte: 4", "Verified")
                .doesNotContain("MISMATCH");

        try (Database copy = target.open(to)) {
            assertThat(copy.vendor()).isEqualTo(target.vendor());
            for (Map.Entry<Long, byte[]> pdf : pdfs.entrySet()) {
                assertThat(RecordedSite.storedPdf(copy, pdf.getKey())).as("receipt %s", pdf.getKey())
                        .isEqualTo(pdf.getValue());
            }
            ReceiptService receipts = UseCases.receipts(copy, Clock.systemUTC());
            UUID next = RecordedSite.closedSession(copy, UUID.randomUUID(), START.plus(Duration.ofDays(1)));
            assertThat(receipts.receipt(next, ReceiptFormat.on(Layout.A4)).document().number())
                    .as("numbers go on without a gap").isEqualTo(5);
            new AlertRepository(copy).record(List.of(new AlertChange.Raised(AlertKey.site(AlertKind.GRID_NEAR_LIMIT),
                    START.plus(Duration.ofDays(1)), List.of(Reason.said("a new alert after the copy")))));
            assertThat(new AlertRepository(copy).recent(10)).as("identities go on after the copied rows").hasSize(2);
            new SettingsRepository(copy).save("site: {}", "after the copy", START.plus(Duration.ofDays(1)));
            assertThat(new SettingsRepository(copy).latest().orElseThrow().version()).isEqualTo(2);
        }
    }

    @Test
    void refusesATargetThatHoldsAnythingAlready() throws Exception {
        String source = dir.resolve("site").toString();
        recordASite(source);
        String to = target.newLocation();
        target.open(to).close();

        assertThat(run("migrate", "--from", source, "--to", to)).isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("is not empty", "new, empty database");
    }

    /** A site with sessions, readings, receipts and a credit note, settings and an alert; the PDFs by number. */
    private static Map<Long, byte[]> recordASite(String location) throws Exception {
        Map<Long, byte[]> pdfs = new LinkedHashMap<>();
        try (Database db = Database.open(location)) {
            RecordedSite.demo(db, START);
            ReceiptService receipts = UseCases.receipts(db, Clock.systemUTC(), Managers.manager(db, Clock.systemUTC()));
            UUID first = null;
            for (int i = 0; i < 3; i++) {
                UUID id = RecordedSite.closedSession(db, UUID.randomUUID(), START.plus(Duration.ofHours(i)));
                first = first == null ? id : first;
                receipts.receipt(id, ReceiptFormat.on(Layout.A4));
            }
            receipts.creditSession(first, ReceiptFormat.on(Layout.ROLL));
            for (long number = 1; number <= 4; number++) {
                pdfs.put(number, RecordedSite.storedPdf(db, number));
            }
            new ReadingRepository(db).insert(List.of(
                    new Reading("A1", START, Energy.ofWattHours(0), Power.ofWatts(11_000), "1"),
                    new Reading("A1", START.plusSeconds(1), Energy.ofWattHours(3), Power.ofWatts(11_000), "1")));
            new SettingsRepository(db).save("site: {}", "test", START);
            new AlertRepository(db).record(List.of(new AlertChange.Raised(AlertKey.bay(AlertKind.METER_OFFLINE, "A1"),
                    START, List.of(Reason.said("Timeout: no answer")))));
        }
        return pdfs;
    }

    private int run(String... args) {
        CommandLine cli = ChargeDeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
