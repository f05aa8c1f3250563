package io.chargedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.export.SessionRow;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.AnomalyReason;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.store.Database;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The sessions export is a contract other tools rely on (docs/design.md, Sessions export): header, formats,
 * prices.
 */
class SessionsCommandTest {

    private static final Instant START = Instant.parse("2026-05-06T08:00:00Z");
    private static final UUID CLOSED = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID OPEN = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @TempDir
    Path dir;

    private String dbPath;

    @BeforeEach
    void recordTwoSessions() throws Exception {
        dbPath = dir.resolve("data/chargedesk").toString();
        Database db = Database.open(dbPath);
        var demo = SiteSource.demo().config();
        new SiteRepository(db).save(demo.site());
        new TariffRepository(db).addFromSiteFile(demo, START);
        SessionRepository repo = new SessionRepository(db);
        repo.save(new Session(CLOSED, "A1", "123", START, Optional.of(START.plusSeconds(5400)),
                Energy.ofWattHours(1_000_000), Energy.ofWattHours(1_012_345), Power.ofWatts(11_040),
                Duration.ofMinutes(85), START.plusSeconds(5400), false, Customer.NONE, Optional.of(EndReason.TIMEOUT),
                List.of(), List.of(new Anomaly(AnomalyCode.METER_OFFLINE, START, Reason.of(FaultKind.TIMEOUT)),
                        new Anomaly(AnomalyCode.OVERPOWER, START,
                                Reason.of(AnomalyReason.OVERPOWER, new BigDecimal("12.00"), new BigDecimal("11.00"))))));
        repo.save(new Session(OPEN, "A2", "456", START.plus(Duration.ofDays(1)), Optional.empty(),
                Energy.ofWattHours(500), Energy.ofWattHours(700), Power.ofWatts(3_700), Duration.ofMinutes(2),
                START.plus(Duration.ofDays(1)), false, Customer.NONE, Optional.empty(), List.of(), List.of()));
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = ChargeDeskCommand.commandLine().execute(args);
            assertThat(code).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvFollowsTheContract() throws Exception {
        String csv = run("sessions", "--db", dbPath, "--format", "csv");
        assertThat(csv.lines().findFirst()).contains("session_id,bay,start,end,duration_s,energy_kwh,meter_start_kwh,"
                + "meter_end_kwh,peak_kw,cost,currency,status,anomalies,customer,company,plate,odometer_km,fleet");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord closed = rows.get(0);
        assertThat(closed.get("session_id")).isEqualTo(CLOSED.toString());
        assertThat(closed.get("start")).isEqualTo("2026-05-06T10:00:00+02:00");
        assertThat(closed.get("end")).isEqualTo("2026-05-06T11:30:00+02:00");
        assertThat(closed.get("duration_s")).isEqualTo("5400");
        assertThat(closed.get("energy_kwh")).isEqualTo("12.345");
        assertThat(closed.get("meter_start_kwh")).isEqualTo("1000.000");
        assertThat(closed.get("meter_end_kwh")).isEqualTo("1012.345");
        assertThat(closed.get("peak_kw")).isEqualTo("11.040");
        assertThat(closed.get("cost")).as("12.345 kWh × 0.49 EUR, no idle time").isEqualTo("6.05");
        assertThat(closed.get("currency")).isEqualTo("EUR");
        assertThat(closed.get("status")).isEqualTo("closed");
        assertThat(closed.get("anomalies")).isEqualTo("meter_offline;overpower");
        assertThat(rows.get(1).get("status")).isEqualTo("open");
        assertThat(rows.get(1).get("end")).isEmpty();
    }

    @Test
    void filtersByDayInSiteTime() {
        String csv = run("sessions", "--db", dbPath, "--from", "2026-05-07", "--to", "2026-05-07");
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).contains(OPEN.toString()).doesNotContain(CLOSED.toString());
    }

    @Test
    void jsonHasTheSameFieldsWithNumbersAsNumbers() {
        String json = run("sessions", "--db", dbPath, "--format", "json");
        assertThat(json).contains("\"energy_kwh\" : 12.345", "\"cost\" : 6.05", "\"status\" : \"open\"",
                "\"end\" : null");
    }

    @Test
    void writesAnExcelFriendlyFileOnRequest() throws Exception {
        Path out = dir.resolve("export.csv");
        run("sessions", "--db", dbPath, "--excel", "--out", out.toString());
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    }

    /** The file as Excel reads it: its byte-order mark, then records split at {@code delimiter}. */
    private static List<CSVRecord> excel(Path file, char delimiter) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void forGermanExcelSemicolonsDecimalCommasAndLocalTimes() throws Exception {
        Path out = dir.resolve("de.csv");
        run("sessions", "--db", dbPath, "--excel", "de", "--out", out.toString());

        String header = Files.readAllLines(out, StandardCharsets.UTF_8).get(0);
        assertThat(header).isEqualTo("\uFEFF" + String.join(";", SessionRow.HEADER));
        CSVRecord closed = excel(out, ';').get(0);
        assertThat(closed.get("start")).isEqualTo("06.05.2026 10:00:00");
        assertThat(closed.get("end")).isEqualTo("06.05.2026 11:30:00");
        assertThat(closed.get("energy_kwh")).isEqualTo("12,345");
        assertThat(closed.get("meter_start_kwh")).isEqualTo("1000,000");
        assertThat(closed.get("peak_kw")).isEqualTo("11,040");
        assertThat(closed.get("cost")).isEqualTo("6,05");
        assertThat(closed.get("duration_s")).isEqualTo("5400");
        assertThat(closed.get("anomalies")).as("codes, as in the contract").isEqualTo("meter_offline;overpower");
        assertThat(new BigDecimal(closed.get("cost").replace(',', '.'))).isEqualByComparingTo("6.05");
    }

    @Test
    void forEnglishExcelCommasDecimalPointsAndTheSameTimes() throws Exception {
        Path out = dir.resolve("en.csv");
        run("sessions", "--db", dbPath, "--excel=en", "--out", out.toString());

        List<CSVRecord> rows = excel(out, ',');
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("start")).isEqualTo("2026-05-06 10:00:00");
        assertThat(rows.get(0).get("energy_kwh")).isEqualTo("12.345");
        assertThat(rows.get(0).get("cost")).isEqualTo("6.05");
        assertThat(rows.get(1).get("end")).isEmpty();
    }

    @Test
    void anExcelLanguageWithoutTextsIsRefused() {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cli = ChargeDeskCommand.commandLine();
        cli.setErr(new java.io.PrintWriter(err));
        assertThat(cli.execute("sessions", "--db", dbPath, "--excel", "klingon")).isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("--excel 'klingon' is not a language ChargeDesk has texts in");
    }

    @Test
    void aMissingDatabaseIsAClearError() {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cli = ChargeDeskCommand.commandLine();
        cli.setErr(new java.io.PrintWriter(err));
        assertThat(cli.execute("sessions", "--db", dir.resolve("nope").toString()))
                .isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).startsWith("chargedesk: There is no ChargeDesk database");
    }
}
