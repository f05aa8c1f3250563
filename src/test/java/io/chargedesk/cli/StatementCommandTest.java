package io.chargedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.receipt.Layout;
import io.chargedesk.app.UseCases;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.store.CustomerRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReceiptRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.RecordedSite;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.StatementsExportJob;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code statement} of docs/design.md, Command line: two drivers of the fleet Hansen Logistik charge either side of
 * the end of October (Berlin time); the fleet's October statement lists exactly their October sessions, from
 * receipts issued for them on the way, with the customer's company and odometer on the receipt; a credit note
 * lowers the next statement; a copy is byte for byte the statement issued; numbers are gapless.
 */
class StatementCommandTest {

    private static final UUID JUERGEN_OCT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID ANNA_NOV = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID ANNA_OCT = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID STRANGER_OCT = UUID.fromString("00000000-0000-0000-0000-000000000004");

    @TempDir
    Path dir;

    private String db;
    private Database database;
    private long anna;

    @BeforeEach
    void recorded() throws Exception {
        db = dir.resolve("db").toString();
        database = Database.open(db);
        RecordedSite.demo(database, Instant.parse("2026-05-06T00:00:00Z"));
        CustomerRepository customers = new CustomerRepository(database);
        Fleet hansen = customers.save(new Fleet(0, "Hansen Logistik", List.of(), List.of()));
        long juergen = customers.save(CustomerAccount.draft("Jürgen Müller", "Hansen GmbH", List.of("hh-jm 4711"),
                "04A2B3C4", "jm@hansen.example", "Am Sandtorkai 5, 20457 Hamburg", OptionalLong.of(hansen.id()))).id();
        anna = customers.save(CustomerAccount.draft("Anna Berg", "Hansen GmbH", List.of("HH-AB 123"), "", "",
                "Am Sandtorkai 5, 20457 Hamburg", OptionalLong.of(hansen.id()))).id();
        // 22:30 on 31 October in Berlin, and 00:30 on 1 November: either side of the month's end.
        session(JUERGEN_OCT, "A1", "2026-10-31T21:30:00Z", new Customer("Jürgen Müller", "HH-JM 4711", ""));
        session(ANNA_NOV, "A2", "2026-10-31T23:30:00Z", new Customer("", "HH-AB 123", ""));
        session(ANNA_OCT, "A2", "2026-10-15T08:00:00Z", new Customer("Anna Berg", "HH AB-123", ""));
        session(STRANGER_OCT, "A1", "2026-10-20T08:00:00Z", new Customer("Someone", "B-XY 1", ""));
        UseCases.customers(database, Clock.systemUTC())
                .link(new SessionLink(JUERGEN_OCT, OptionalLong.of(juergen), OptionalInt.of(48_213)));
    }

    /** Closed before the temporary folder is deleted: H2 may still be writing into it otherwise. */
    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** A closed hour at 10 kWh, priced by the demo site's tariffs. */
    private void session(UUID id, String bay, String start, Customer customer) throws Exception {
        Instant from = Instant.parse(start);
        Instant end = from.plus(Duration.ofHours(1));
        new SessionRepository(database).save(new Session(id, bay, "1", from, Optional.of(end), Energy.ofWattHours(0),
                Energy.ofWattHours(10_000), Power.ofWatts(11_000), Duration.ofHours(1), end, false, customer,
                Optional.of(EndReason.TIMEOUT), List.of(), List.of()));
    }

    @Test
    void theFleetsMonthListsItsSessionsFromTheirReceiptsAndACopyIsTheSameBytes() throws Exception {
        String year = String.valueOf(Year.now(ZoneId.of("Europe/Berlin")));
        Path first = dir.resolve("october.pdf");

        assertThat(run("statement", "--db", db, "--fleet", "hansen", "--month", "2026-10", "--language", "en",
                "--out", first.toString()))
                .contains("Issued statement ST-" + year + "-0001");
        String text = text(first);
        assertThat(text).contains("Hansen Logistik", "Period 2026-10-01 – 2026-10-31",
                "2026-10-15 10:00 A2 HH AB-123 Anna Berg 10.000 €5.90",
                "2026-10-31 22:30 A1 HH-JM 4711 Jürgen Müller 10.000 €3.90", "Total €9.80", "Energy 20.000 kWh")
                .doesNotContain("Someone", "2026-11-01");
        assertThat(Files.readString(dir.resolve("october.csv"))).contains(",HH-JM 4711,Jürgen Müller,10.000,19,");

        ReceiptDocument juergens = new ReceiptRepository(database).forSession(JUERGEN_OCT,
                ReceiptDocument.Kind.RECEIPT).orElseThrow();
        assertThat(juergens.customerCompany()).isEqualTo("Hansen GmbH");
        assertThat(juergens.customerAddress()).isEqualTo("Am Sandtorkai 5, 20457 Hamburg");
        assertThat(juergens.odometerKm()).isEqualTo(48_213);

        UseCases.receipts(database, Clock.systemUTC(), Managers.manager(database, Clock.systemUTC()))
                .creditSession(ANNA_OCT, ReceiptFormat.on(Layout.A4));
        Path second = dir.resolve("again.pdf");
        assertThat(run("statement", "--db", db, "--fleet", "Hansen Logistik", "--from", "2026-10-01", "--to",
                "2026-10-31", "--language", "de", "--out", second.toString()))
                .contains("Issued statement ST-" + year + "-0002");
        assertThat(text(second)).contains("Sammelrechnung", "-5,90 €", "Gesamt 3,90 €", "Energie 10,000 kWh");

        Path copy = dir.resolve("copy.pdf");
        assertThat(run("statement", "--db", db, "--copy", "st-" + year + "-0001", "--out", copy.toString()))
                .contains("Copy of statement ST-" + year + "-0001");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(dir.resolve("copy.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("october.csv")));

        assertThat(run("statement", "--db", db, "--customer", String.valueOf(anna), "--month", "2026-11", "--out",
                dir.resolve("anna.pdf").toString())).contains("ST-" + year + "-0003");
        assertThat(text(dir.resolve("anna.pdf"))).contains("Anna Berg", "Hansen GmbH", "01.11.2026 00:30 A2 HH-AB 123",
                "Gesamt 3,90 €");
    }

    /**
     * The automatic monthly run: one statement for the fleet and one for the customer outside any fleet, each
     * session on exactly one of them; the driver no customer is registered for is on none.
     */
    @Test
    void theMonthlyRunWritesAStatementForEachFleetAndEachCustomerOutsideAFleet() throws Exception {
        new CustomerRepository(database).save(CustomerAccount.draft("Sam Solo", "", List.of("B-XY 1"), "", "", "",
                OptionalLong.empty()));
        Path folder = new StatementsExportJob(UseCases.statements(database, Clock.systemUTC()))
                .write(YearMonth.of(2026, 10), dir.resolve("exports"), null);

        List<Path> pdfs;
        try (var files = Files.list(folder)) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).hasSize(2);
        String all = text(pdfs.get(0)) + text(pdfs.get(1));
        assertThat(all).contains("Hansen Logistik", "Sam Solo", "HH-JM 4711", "HH AB-123", "B-XY 1")
                .doesNotContain("2026-11-01", "01.11.2026");
        assertThat(Files.exists(pdfs.get(0).resolveSibling(pdfs.get(0).getFileName().toString()
                .replace(".pdf", ".csv")))).as("each statement's CSV beside it").isTrue();
    }

    /** The export keeps its first 13 columns and appends whom each session is billed to. */
    @Test
    void theSessionsExportAppendsCustomerCompanyPlateOdometerAndFleet() throws Exception {
        Path csv = dir.resolve("sessions.csv");
        Path json = dir.resolve("sessions.json");
        run("sessions", "--db", db, "--out", csv.toString());
        run("sessions", "--db", db, "--format", "json", "--out", json.toString());

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("session_id,bay,start,end,duration_s,energy_kwh,meter_start_kwh,"
                + "meter_end_kwh,peak_kw,cost,currency,status,anomalies,customer,company,plate,odometer_km,fleet");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(JUERGEN_OCT + ",A1,2026-10-31T22:30:00+01:00,")
                .endsWith(",closed,,Jürgen Müller,Hansen GmbH,HH-JM 4711,48213,Hansen Logistik"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(ANNA_NOV.toString())
                .endsWith(",closed,,Anna Berg,Hansen GmbH,HH-AB 123,,Hansen Logistik"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(STRANGER_OCT.toString())
                .endsWith(",closed,,Someone,,B-XY 1,,"));
        String exported = Files.readString(json);
        assertThat(exported).contains("\"odometer_km\" : 48213", "\"odometer_km\" : null",
                "\"fleet\" : \"Hansen Logistik\"");
    }

    @Test
    void anUnknownCustomerOrAMissingPeriodEndIsAnErrorToFixAndUsesNoNumber() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = ChargeDeskCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("statement", "--db", db, "--customer", "Nobody", "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(cli.execute("statement", "--db", db, "--customer", "Anna", "--from", "2026-10-01", "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(cli.execute("statement", "--db", db, "--customer", "Anna", "--from", "2026-10-31", "--to",
                "2026-10-01", "--out", dir.resolve("x.pdf").toString())).isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("No customer is named 'Nobody'", "--from and --to go together",
                "To: 2026-10-01 is before from").doesNotContain("Exception");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = ChargeDeskCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return err.toString();
    }
}
