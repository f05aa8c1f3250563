package io.chargedesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.UseCases;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.meter.Reading;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.sim.SimulatedMeter;
import io.chargedesk.sim.SimulatedSite;
import io.chargedesk.sim.rtu.FaultInjection;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.testing.Await;
import io.chargedesk.testing.Managers;
import io.chargedesk.usecase.ReceiptService;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Billing end to end on real serial I/O: two cars charge at RTU-simulated meters across a time-of-use boundary set
 * a minute or so ahead, the collector records them, and the receipts price each window from the register the meter
 * reported at the boundary, number gaplessly, and are cancelled by a credit note.
 */
class RtuTimeOfUseReceiptTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

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
    void aSessionAcrossATimeOfUseBoundaryIsPricedByWindowReceiptedAndCredited() throws Exception {
        Clock clock = Clock.systemUTC();
        List<SimulatedMeter> meters = new SimulatedSite(2, 20261126L, clock, Duration.ofHours(2)).meters();
        meters.forEach(m -> m.plugIn(clock.instant()));
        bus = SimulatedBus.start(dir, meters, clock, new FaultInjection(5, 5, 0, 11, false, 9600));
        collectors = new CollectorProcesses(dir);
        Instant boundary = clock.instant().plusSeconds(100).truncatedTo(ChronoUnit.MINUTES);
        String db = dir.resolve("data/site").toString();
        Process collector = collectors.start(writeSite(bus.appPort(), boundary.atZone(ZONE).toLocalTime()), db,
                "collector");

        Await.until("the time-of-use boundary passed with a minute of evidence after it", Duration.ofMinutes(3),
                () -> clock.instant().isAfter(boundary.plusSeconds(20)), collectors::logs);
        meters.forEach(m -> m.unplug(clock.instant()));
        try (Database view = CollectorProcesses.awaitDatabase(db)) {
            SessionRepository sessions = new SessionRepository(view);
            Await.until("both sessions closed", Duration.ofSeconds(60),
                    () -> closedSessions(sessions) >= 2,
                    collectors::logs);
        }
        collector.destroy();
        assertThat(collector.waitFor()).isIn(0, 143);

        try (Database db2 = Database.open(db)) {
            List<Session> recorded = new SessionRepository(db2).list(SessionFilter.ALL);
            Session a1 = crossing(recorded, "A1", boundary);
            Session a2 = crossing(recorded, "A2", boundary);
            ReceiptService receipts = UseCases.receipts(db2, Clock.systemUTC(),
                    Managers.manager(db2, Clock.systemUTC()));
            ReceiptDocument before = receipts.receipt(a2.id(), ReceiptFormat.on(Layout.A4)).document();
            ReceiptService.Issued issued = receipts.receipt(a1.id(), ReceiptFormat.on(Layout.A4));
            ReceiptDocument d = issued.document();
            assertThat(d.number()).as("numbers follow on").isEqualTo(before.number() + 1);

            assertThat(d.lines()).extracting(ReceiptDocument.Line::description)
                    .containsExactly("Energy, before", "Energy, after");
            assertThat(d.lines().stream().map(ReceiptDocument.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(d.total());
            assertThat(d.net().add(d.vat())).isEqualByComparingTo(d.total());
            for (ReceiptDocument.Line l : d.lines()) {
                assertThat(l.amount()).isEqualByComparingTo(l.quantity().multiply(l.unitPrice())
                        .setScale(2, java.math.RoundingMode.HALF_UP));
            }
            assertThat(d.energySplit()).hasSize(2);
            ReceiptDocument.EnergySplit first = d.energySplit().get(0);
            ReceiptDocument.EnergySplit second = d.energySplit().get(1);
            assertThat(first.to()).isEqualTo(boundary);
            assertThat(first.fromRegisterWh()).isEqualTo(a1.startRegister().wattHours());
            assertThat(second.toRegisterWh()).isEqualTo(a1.endRegister().wattHours());
            assertThat(first.energyWh()).as("energy before the boundary").isPositive();
            assertThat(second.energyWh()).as("energy after the boundary").isPositive();
            Set<Long> said = new ReadingRepository(db2).between("A1", a1.start(), a1.end().orElseThrow()).stream()
                    .map(Reading::importRegister).map(e -> e.wattHours()).collect(Collectors.toSet());
            Reading lastBefore = new ReadingRepository(db2).between("A1", a1.start(), boundary.minusNanos(1)).stream()
                    .reduce((x, y) -> y).orElseThrow();
            assertThat(said).as("the boundary register is one the meter reported").contains(first.toRegisterWh());
            assertThat(first.toRegisterWh()).as("the last reading before the boundary")
                    .isEqualTo(lastBefore.importRegister().wattHours());
            assertThat(d.lines().get(0).quantity()).isEqualByComparingTo(BigDecimal.valueOf(first.energyWh(), 3));
            assertThat(d.lines().get(1).quantity()).isEqualByComparingTo(BigDecimal.valueOf(second.energyWh(), 3));
            assertThat(d.lines().get(0).unitPrice()).isEqualByComparingTo("0.59");
            assertThat(d.lines().get(1).unitPrice()).isEqualByComparingTo("0.29");

            String text = text(issued.pdf());
            for (ReceiptDocument.Line l : d.lines()) {
                assertThat(text).contains(l.description(), l.quantity().toPlainString() + " kWh × €"
                        + l.unitPrice().toPlainString(), "€" + l.amount().toPlainString());
            }
            assertThat(text).contains("Receipt " + ReceiptDocument.formatNumber(d.number()),
                    "Total €" + d.total().toPlainString(), "Energy by time of use");
            Files.write(dir.resolve("receipt.pdf"), issued.pdf());

            ReceiptService.Issued credit = receipts.creditSession(a1.id(), ReceiptFormat.on(Layout.A4));
            assertThat(credit.document().number()).isEqualTo(d.number() + 1);
            assertThat(credit.document().creditsNumber()).isEqualTo(d.number());
            assertThat(credit.document().total()).isEqualByComparingTo(d.total().negate());
            assertThat(text(credit.pdf())).contains("Cancels receipt " + ReceiptDocument.formatNumber(d.number()));
        }
    }

    private static long closedSessions(SessionRepository sessions) {
        try {
            return sessions.list(SessionFilter.ALL).stream().filter(s -> s.end().isPresent()).count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bay's session that ran across the boundary. */
    private static Session crossing(List<Session> recorded, String bay, Instant boundary) {
        return recorded.stream().filter(s -> s.bayId().equals(bay) && s.start().isBefore(boundary)
                && s.end().orElseThrow().isAfter(boundary)).findFirst().orElseThrow(() -> new AssertionError(
                "no session of " + bay + " spans " + boundary + ": " + recorded));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Two windows a day: "before" for the twelve hours up to {@code boundary}, "after" for the twelve after. */
    private Path writeSite(String port, LocalTime boundary) throws Exception {
        String b = boundary.truncatedTo(ChronoUnit.MINUTES).toString();
        String half = boundary.plusHours(12).truncatedTo(ChronoUnit.MINUTES).toString();
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, """
                site: {name: Time-of-use site, timezone: Europe/Berlin, currency: EUR,
                       operator: {name: Depot Charging Ltd, address: 1 Yard Road, vat_id: DE999}}
                buses:
                  - {id: bus1, port: '%s', baud: 9600, timeout_ms: 150, poll_ms: 300, retries: 1}
                session: {start_w: 100, start_hold_s: 3, end_timeout_s: 5}
                bays:
                  - {id: A1, bus: bus1, address: 1, meter: sdm630, max_kw: 22}
                  - {id: A2, bus: bus1, address: 2, meter: sdm630, max_kw: 22}
                tariffs:
                  - id: tou
                    effective_from: 2026-01-01T00:00:00+01:00
                    vat_percent: 19
                    time_of_use:
                      - {name: before, days: daily, from: "%s", to: "%s", per_kwh: 0.59}
                      - {name: after, days: daily, from: "%s", to: "%s", per_kwh: 0.29}
                """.formatted(port, half, b, b, half));
        return site;
    }
}
