package io.chargedesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.UseCases;
import io.chargedesk.customer.BillTo;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.StatementPeriod;
import io.chargedesk.meter.Reading;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.sim.SimulatedMeter;
import io.chargedesk.sim.rtu.FaultInjection;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.testing.Await;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.CustomerDesk;
import io.chargedesk.usecase.ReceiptService;
import io.chargedesk.usecase.StatementDesk;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements end to end on real serial I/O: two drivers of one fleet charge at two RTU-simulated meters, each before
 * and after a statement period's boundary, the collector (its own JVM) records them, their receipts are issued, and
 * the fleet's statements for the two periods add up to the energy the meters' registers counted, each session on
 * exactly one of them, to the cent.
 *
 * <p>A month's first midnight cannot be waited for in a test; a period's boundary is a midnight in site time all the
 * same, so the site's time zone is set (a fixed offset, to the second) to put midnight a minute ahead: the day before
 * closes the first period and the day after opens the second, as the 31st and the 1st do.
 */
class RtuFleetStatementsTest {

    /** The meters' standby draw between cars (the simulator's), which no session bills. */
    private static final double STANDBY_W = 2;

    @TempDir
    Path dir;

    private CollectorProcesses collectors;
    private SimulatedBus bus;

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (collectors != null) {
            collectors.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void aFleetsStatementsEitherSideOfTheBoundaryAddUpToTheRegisters() throws Exception {
        Clock clock = Clock.systemUTC();
        // No car comes by itself in the test's minutes: a car is there only while the test plugs one in.
        List<SimulatedMeter> meters = List.of(meter("A1", 151, clock), meter("A2", 392, clock));
        bus = SimulatedBus.start(dir, meters, clock, FaultInjection.NONE);
        collectors = new CollectorProcesses(dir);
        Instant boundary = clock.instant().plusSeconds(50).truncatedTo(ChronoUnit.SECONDS);
        ZoneOffset zone = midnightAt(boundary);
        String db = dir.resolve("data/site").toString();
        Process collector = collectors.start(writeSite(bus.appPort(), zone), db, "collector");

        long[] before = new long[2];
        Instant from;
        try (Database view = CollectorProcesses.awaitDatabase(db)) {
            SessionRepository sessions = new SessionRepository(view);
            ReadingRepository readings = new ReadingRepository(view);
            // Plugged in only once the collector reads the meters, so every watt-hour a car takes is in a session.
            Await.until("the collector reading both meters", Duration.ofSeconds(40),
                    () -> query(() -> readings.latest("A1").isPresent() && readings.latest("A2").isPresent()),
                    collectors::logs);
            from = clock.instant();
            for (int i = 0; i < 2; i++) {
                before[i] = meters.get(i).stateAt(from).importEnergy().wattHours();
                meters.get(i).plugIn(from);
            }
            Await.until("both first sessions open", Duration.ofSeconds(30),
                    () -> query(() -> sessions.openSessions().size() == 2), collectors::logs);
            assertThat(sessions.openSessions()).as("the first sessions start before the boundary")
                    .allMatch(s -> s.start().isBefore(boundary));

            Await.until("the boundary passed", Duration.ofMinutes(2),
                    () -> clock.instant().isAfter(boundary.plusSeconds(2)), collectors::logs);
            meters.forEach(m -> m.unplug(clock.instant()));
            Await.until("both first sessions closed", Duration.ofSeconds(60),
                    () -> query(() -> closed(sessions) == 2), collectors::logs);

            Map<String, Long> atSecondPlugIn = new HashMap<>();
            for (SimulatedMeter m : meters) {
                atSecondPlugIn.put(m.bayId(), m.stateAt(clock.instant()).importEnergy().wattHours());
                m.plugIn(clock.instant());
            }
            Await.until("both second sessions open and charging", Duration.ofSeconds(60),
                    () -> query(() -> sessions.openSessions().size() == 2 && meters.stream().allMatch(m ->
                            query(() -> readings.latest(m.bayId())).map(Reading::importRegister)
                                    .map(e -> e.wattHours() > atSecondPlugIn.get(m.bayId()) + 30).orElse(false))),
                    collectors::logs);
            meters.forEach(m -> m.unplug(clock.instant()));
            Await.until("all four sessions closed", Duration.ofSeconds(60),
                    () -> query(() -> closed(sessions) == 4), collectors::logs);
        }
        collector.destroy();
        assertThat(collector.waitFor()).isIn(0, 143);
        Instant to = clock.instant();
        long[] after = new long[2];
        for (int i = 0; i < 2; i++) {
            after[i] = meters.get(i).stateAt(to).importEnergy().wattHours();
        }

        try (Database site = Database.open(db)) {
            List<Session> recorded = new SessionRepository(site).list(SessionFilter.ALL);
            assertThat(recorded).hasSize(4).allMatch(s -> s.end().isPresent());
            assertThat(recorded).filteredOn(s -> s.start().isBefore(boundary)).extracting(Session::bayId)
                    .containsExactlyInAnyOrder("A1", "A2");
            ReadingRepository readings = new ReadingRepository(site);
            for (Session s : recorded) {
                Set<Long> said = new HashSet<>(readings.between(s.bayId(), s.start().minusSeconds(5),
                        s.end().orElseThrow().plusSeconds(30)).stream().map(r -> r.importRegister().wattHours()).toList());
                assertThat(said).as("session %s runs from register to register as the meter said them", s.id())
                        .contains(s.startRegister().wattHours(), s.endRegister().wattHours());
            }

            // The attendant names each driver on their sessions, as the console does.
            CustomerDesk customers = UseCases.customers(site, clock);
            Fleet fleet = customers.save(new Fleet(0, "Hansen Logistik", List.of(), List.of()));
            Map<String, Long> driverAt = Map.of(
                    "A1", customers.save(CustomerAccount.draft("Jürgen Müller", "Hansen GmbH", List.of("HH-JM 4711"),
                            "", "", "", OptionalLong.of(fleet.id()))).id(),
                    "A2", customers.save(CustomerAccount.draft("Anna Berg", "Hansen GmbH", List.of("HH-AB 123"),
                            "", "", "", OptionalLong.of(fleet.id()))).id());
            for (Session s : recorded) {
                customers.link(new SessionLink(s.id(), OptionalLong.of(driverAt.get(s.bayId())), OptionalInt.empty()));
            }

            ReceiptService receipts = UseCases.receipts(site, clock);
            Map<String, UUID> sessionOfReceipt = new HashMap<>();
            Map<UUID, BigDecimal> receiptTotal = new HashMap<>();
            for (Session s : recorded) {
                ReceiptService.Issued r = receipts.receipt(s.id(), ReceiptFormat.on(Layout.A4));
                sessionOfReceipt.put(ReceiptDocument.formatNumber(r.document().number()), s.id());
                receiptTotal.put(s.id(), r.document().total());
            }

            LocalDate lastDay = boundary.minusSeconds(1).atZone(zone).toLocalDate();
            LocalDate firstDay = boundary.atZone(zone).toLocalDate();
            assertThat(firstDay).isEqualTo(lastDay.plusDays(1));
            StatementPeriod first = new StatementPeriod(YearMonth.from(lastDay).atDay(1), lastDay);
            StatementPeriod second = new StatementPeriod(firstDay, YearMonth.from(firstDay).atEndOfMonth());
            StatementDesk statements = UseCases.statements(site, clock);
            BillTo billTo = customers.fleet("Hansen Logistik");
            assertThat(statements.due(first)).containsExactly(billTo);
            assertThat(statements.due(second)).containsExactly(billTo);

            Map<UUID, Integer> onStatements = new HashMap<>();
            long statementWh = 0;
            BigDecimal statementTotal = BigDecimal.ZERO;
            for (StatementPeriod period : List.of(first, second)) {
                StatementDesk.Issued issued = statements.issue(billTo, period, Optional.of(Locale.ENGLISH));
                List<CSVRecord> lines = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                        .parse(new StringReader(new String(issued.csv(), StandardCharsets.UTF_8))).getRecords();
                assertThat(lines).as("one line per session of the period").hasSize(2);
                long wh = 0;
                BigDecimal total = BigDecimal.ZERO;
                for (CSVRecord line : lines) {
                    UUID session = sessionOfReceipt.get(line.get("document"));
                    assertThat(session).as("line of receipt %s", line.get("document")).isNotNull();
                    Session s = recorded.stream().filter(x -> x.id().equals(session)).findFirst().orElseThrow();
                    assertThat(s.start().isBefore(boundary)).as("session %s on the statement of its start", session)
                            .isEqualTo(period == first);
                    assertThat(new BigDecimal(line.get("energy_kwh")).movePointRight(3).longValueExact())
                            .isEqualTo(s.energy().wattHours());
                    assertThat(new BigDecimal(line.get("total"))).isEqualByComparingTo(receiptTotal.get(session));
                    onStatements.merge(session, 1, Integer::sum);
                    wh += s.energy().wattHours();
                    total = total.add(new BigDecimal(line.get("total")));
                }
                String text = text(issued.pdf());
                assertThat(text).contains("Energy " + BigDecimal.valueOf(wh, 3).toPlainString() + " kWh",
                        "Total €" + total.setScale(2).toPlainString());
                statementWh += wh;
                statementTotal = statementTotal.add(total);
            }

            assertThat(onStatements).as("each session on exactly one statement")
                    .containsOnlyKeys(recorded.stream().map(Session::id).toArray(UUID[]::new))
                    .allSatisfy((id, times) -> assertThat(times).isOne());
            assertThat(statementTotal).as("the statements' totals are the receipts' to the cent")
                    .isEqualByComparingTo(receiptTotal.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(statementWh).as("the statements bill what the sessions' registers counted")
                    .isEqualTo(recorded.stream().mapToLong(s -> s.endRegister().wattHours()
                            - s.startRegister().wattHours()).sum());
            long registersWh = (after[0] - before[0]) + (after[1] - before[1]);
            // Outside the sessions only the meters' standby counts. A meter's difference is made of six registers in
            // whole watt-hours: before and after as the simulator floors them (under 1 Wh off together), the four of
            // its sessions as the collector rounds the meter's kWh (half a watt-hour each): under 3 Wh a meter. A
            // session missing or counted twice would be off by dozens.
            long standbyWh = (long) Math.ceil(2 * STANDBY_W * Duration.between(from, to).toMillis() / 3_600_000.0);
            assertThat(registersWh - statementWh).as("the meters' registers (%d Wh) less the statements' energy",
                    registersWh).isBetween(-6L, standbyWh + 6);
        }
    }

    /**
     * A meter whose cars (by {@code seed}) draw up to 22 kW after a short ramp, so a session of half a minute counts
     * a hundred watt-hours; its register starts low, where the meter's float kWh is exact to the watt-hour.
     */
    private static SimulatedMeter meter(String bay, long seed, Clock clock) {
        return new SimulatedMeter(bay, Power.ofWatts(22_000), seed, clock.instant(), 1_000,
                Duration.ofDays(3650), false);
    }

    /** The fixed offset, to the second, whose midnight is {@code boundary}. */
    private static ZoneOffset midnightAt(Instant boundary) {
        int secondOfDay = (int) (boundary.getEpochSecond() % 86_400);
        int offset = (86_400 - secondOfDay) % 86_400;
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(offset > 43_200 ? offset - 86_400 : offset);
        assertThat(boundary.atZone(zone).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
        return zone;
    }

    private static long closed(SessionRepository sessions) throws Exception {
        return sessions.list(SessionFilter.ALL).stream().filter(s -> s.end().isPresent()).count();
    }

    private static <T> T query(Callable<T> q) {
        try {
            return q.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** A flat 0.49 EUR a kWh, no idle fee: every cent on a receipt is energy. */
    private Path writeSite(String port, ZoneOffset zone) throws Exception {
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, """
                site: {name: Fleet depot, timezone: '%s', currency: EUR,
                       operator: {name: Depot Charging Ltd, address: 1 Yard Road, vat_id: DE999}}
                buses:
                  - {id: bus1, port: '%s', baud: 9600, timeout_ms: 150, poll_ms: 300, retries: 1}
                session: {start_w: 100, start_hold_s: 3, end_timeout_s: 5}
                bays:
                  - {id: A1, bus: bus1, address: 1, meter: sdm630, max_kw: 22}
                  - {id: A2, bus: bus1, address: 2, meter: sdm630, max_kw: 22}
                tariffs:
                  - {id: flat, effective_from: 2020-01-01T00:00:00Z, energy_per_kwh: 0.49, vat_percent: 19}
                """.formatted(zone.getId(), port));
        return site;
    }
}
