package io.chargedesk.ui.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.UseCases;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.export.SessionExport;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.store.CustomerRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.testing.RecordedSite;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sessions screen exports through the session report the command line and the scheduled export use: a session
 * of a registered customer has all five customer columns, name, company, plate, odometer and fleet, in CSV and JSON
 * (it had only name and plate when the screen built its rows itself).
 */
class SessionsScreenExportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2026-10-15T08:00:00Z");
    private static final UUID JUERGEN = UUID.fromString("00000000-0000-0000-0000-00000000e001");

    @TempDir
    Path dir;

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private Database db;
    private SessionsViewModel model;

    @BeforeEach
    void aRegisteredCustomersSession() throws Exception {
        db = Database.open(dir.resolve("db").toString());
        RecordedSite.demo(db, Instant.parse("2026-01-01T00:00:00Z"));
        Instant end = START.plus(Duration.ofHours(1));
        new SessionRepository(db).save(new Session(JUERGEN, "A1", "1", START, Optional.of(end),
                Energy.ofWattHours(0), Energy.ofWattHours(10_000), Power.ofWatts(11_000), Duration.ofHours(1), end,
                false, new Customer("", "HH-JM 4711", ""), Optional.of(EndReason.TIMEOUT), List.of(), List.of()));
        CustomerRepository customers = new CustomerRepository(db);
        Fleet hansen = customers.save(new Fleet(0, "Hansen Logistik", List.of(), List.of()));
        long juergen = customers.save(CustomerAccount.draft("Jürgen Müller", "Hansen GmbH", List.of("HH-JM 4711"),
                "", "", "", OptionalLong.of(hansen.id()))).id();
        Clock clock = Clock.fixed(Instant.parse("2026-10-20T12:00:00Z"), ZoneOffset.UTC);
        UseCases.customers(db, clock).link(new SessionLink(JUERGEN, OptionalLong.of(juergen), OptionalInt.of(48_213)));
        SessionPricer pricer = UseCases.tariffs(db, clock).pricer();
        SessionRepository sessions = new SessionRepository(db);
        model = threads.build(() -> new SessionsViewModel(sessions::list, item -> null, pricer,
                UseCases.sessionReport(db, pricer, BERLIN)::rows, noReceipts(), List.of("A1"), BERLIN, clock,
                threads.background(), threads.ui(), Locale.ENGLISH));
        threads.onUi(() -> model.fromProperty().set(LocalDate.of(2026, 10, 1)));
        threads.onUi(() -> model.refresh());
        assertThat(model.items()).hasSize(1);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theCsvHasAllFiveCustomerColumns() throws Exception {
        Path file = dir.resolve("sessions.csv");
        threads.onUi(() -> model.export(file, SessionExport.Format.CSV, Optional.empty()));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(file))).getRecords();
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("customer")).isEqualTo("Jürgen Müller");
        assertThat(row.get("company")).isEqualTo("Hansen GmbH");
        assertThat(row.get("plate")).isEqualTo("HH-JM 4711");
        assertThat(row.get("odometer_km")).isEqualTo("48213");
        assertThat(row.get("fleet")).isEqualTo("Hansen Logistik");
        assertThat(row.get("cost")).as("the price the list shows").isEqualTo(model.items().get(0).quote()
                .orElseThrow().total().rounded().amount().toPlainString());
    }

    @Test
    void theJsonHasAllFiveCustomerColumns() throws Exception {
        Path file = dir.resolve("sessions.json");
        threads.onUi(() -> model.export(file, SessionExport.Format.JSON, Optional.empty()));
        String json = Files.readString(file);
        assertThat(json).contains("\"customer\" : \"Jürgen Müller\"", "\"company\" : \"Hansen GmbH\"",
                "\"plate\" : \"HH-JM 4711\"", "\"odometer_km\" : 48213", "\"fleet\" : \"Hansen Logistik\"");
    }

    /** The list asks for receipt states; this session has none. */
    private static ReceiptActions noReceipts() {
        return (ReceiptActions) Proxy.newProxyInstance(ReceiptActions.class.getClassLoader(),
                new Class<?>[] {ReceiptActions.class}, (proxy, method, args) -> {
                    if (method.getName().equals("statuses")) {
                        return Map.of();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
