package io.chargedesk.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.app.SiteSource;
import io.chargedesk.app.UseCases;
import io.chargedesk.history.HistoryBatch;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.receipt.SessionEvidence;
import io.chargedesk.receipt.ReceiptPdf;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.site.Operator;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.Recorder;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.testing.LaterTariffChanges;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.testing.Managers;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Receipts end to end on H2: pricing, gapless numbers, copies, credit notes, immutability, the PDF's text. */
@OnEveryDatabase
class ReceiptServiceTest {

    /** Wednesday 6 May 2026, 10:00 in Berlin: the demo's flat first version of its tariff is in force. */
    private static final Instant START = Instant.parse("2026-05-06T08:00:00Z");

    @Parameter
    TestDatabase database;

    @TempDir
    Path dir;

    private Database db;
    private ReceiptService service;
    private Session first;
    private Session second;

    @BeforeEach
    void recordSessions() throws Exception {
        db = database.open();
        SiteConfig demo = SiteSource.demo().config();
        SiteInfo hamburg = demo.site();
        // The texts checked below are English; the demo site's German is the default of its own test.
        new SiteRepository(db).save(new SiteInfo(hamburg.name(), hamburg.zone(), hamburg.currency(),
                hamburg.gridLimit(), hamburg.operator(), Locale.ENGLISH));
        new TariffRepository(db).addFromSiteFile(demo, START);
        new BayRepository(db).sync(demo.bays());
        first = closed(UUID.randomUUID(), "A1", START, 12_345, Duration.ofMinutes(90), Duration.ofMinutes(45));
        second = closed(UUID.randomUUID(), "A2", START.plusSeconds(7200), 1_000, Duration.ofMinutes(20),
                Duration.ZERO);
        Clock clock = Clock.fixed(Instant.parse("2026-07-01T12:00:00Z"), ZoneOffset.UTC);
        // A manager's desk: credit notes are the manager's (RolesTest checks an attendant's).
        service = UseCases.receipts(db, clock, Managers.manager(db, clock));
    }

    /** Closed before the temporary folder is deleted, so no database file is still being written into it. */
    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    /** A closed session: {@code idleAfter} connected but not charging at its end (idle fee after 30 min grace). */
    private Session closed(UUID id, String bay, Instant start, long energyWh, Duration charging, Duration idleAfter)
            throws Exception {
        Instant lastCharging = start.plus(charging);
        Session s = new Session(id, bay, "31415926", start, Optional.of(lastCharging.plus(idleAfter)),
                Energy.ofWattHours(1_000_000), Energy.ofWattHours(1_000_000 + energyWh), Power.ofWatts(11_000), charging,
                lastCharging, !idleAfter.isZero(), Customer.NONE, Optional.of(EndReason.MANUAL), List.of(), List.of());
        new SessionRepository(db).save(s);
        return s;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void issuesAPricedReceiptWithEveryLineAndItsComputation() throws Exception {
        ReceiptService.Issued issued = service.receipt(first.id(), ReceiptFormat.on(Layout.A4));
        ReceiptDocument d = issued.document();
        assertThat(d.number()).isEqualTo(1);
        assertThat(issued.copy()).isFalse();
        // 12.345 kWh × 0.49 = 6.04905 → 6.05; idle 45 min − 30 min grace = 15 min × 0.10 = 1.50
        assertThat(d.lines()).extracting(ReceiptDocument.Line::amount)
                .containsExactly(new BigDecimal("6.05"), new BigDecimal("1.50"));
        assertThat(d.total()).isEqualByComparingTo("7.55");
        assertThat(d.vat()).as("19 % included in 7.55").isEqualByComparingTo("1.21");
        assertThat(d.net()).isEqualByComparingTo("6.34");
        assertThat(d.evidenceSha256()).hasSize(64);
        String text = text(issued.pdf());
        assertThat(text).contains("Receipt 000001", "Harbour Parking GmbH", "VAT id DE123456789", "Bay A1 (A1)",
                "31415926", "1000.000 kWh", "1012.345 kWh", "12.345 kWh × €0.49", "15 min × €0.10", "€6.05",
                "€1.50", "Total €7.55", "VAT 19 % €1.21", "Standard (standard)", d.evidenceSha256().substring(0, 20))
                .doesNotContain("COPY");
        assertThat(issued.fileName()).isEqualTo("receipt-000001.pdf");
    }

    @Test
    void aTimeOfUseReceiptShowsTheMeterAtTheBoundaryAndALinePerWindow() throws Exception {
        // Wed 1 July 2026, 19:30–20:45 Berlin, under the demo's peak (0.59 until 20:00) / off-peak (0.39) version.
        // Minute evidence: by 19:59 the register had moved 5.432 kWh. peak 5.432 × 0.59 = 3.20488 → 3.20;
        // off-peak 6.913 × 0.39 = 2.69607 → 2.70; no idle; total 5.90, VAT 5.90 × 19/119 = 0.94202 → 0.94.
        Instant start = Instant.parse("2026-07-01T17:30:00Z");
        Session evening = closed(UUID.randomUUID(), "A3", start, 12_345, Duration.ofMinutes(75), Duration.ZERO);
        new Recorder(db).record(List.of(), List.of(), new HistoryBatch(List.of(), List.of(), List.of(
                new HistoryBatch.SessionMinute(evening.id(), Instant.parse("2026-07-01T17:45:00Z"), 1_002_000, 11_000,
                        11_000, 1),
                new HistoryBatch.SessionMinute(evening.id(), Instant.parse("2026-07-01T17:59:00Z"), 1_005_432, 11_000,
                        11_000, 1),
                new HistoryBatch.SessionMinute(evening.id(), Instant.parse("2026-07-01T18:30:00Z"), 1_010_000, 11_000,
                        11_000, 1))));
        ReceiptDocument d = service.receipt(evening.id(), ReceiptFormat.on(Layout.A4)).document();
        assertThat(d.tariffName()).isEqualTo("Standard (peak / off-peak)");
        assertThat(d.lines()).extracting(l -> l.description() + " " + l.quantity() + " × " + l.unitPrice() + " = "
                + l.amount()).containsExactly("Energy, peak 5.432 × 0.59 = 3.20", "Energy, off-peak 6.913 × 0.39 = 2.70",
                "Idle after 30 min grace 0 × 0.10 = 0.00");
        assertThat(d.total()).isEqualByComparingTo("5.90");
        assertThat(d.vat()).isEqualByComparingTo("0.94");
        assertThat(d.energySplit()).containsExactly(
                new ReceiptDocument.EnergySplit(start, Instant.parse("2026-07-01T18:00:00Z"), "peak", 1_000_000,
                        1_005_432),
                new ReceiptDocument.EnergySplit(Instant.parse("2026-07-01T18:00:00Z"), start.plusSeconds(75 * 60),
                        "off-peak", 1_005_432, 1_012_345));
        String text = text(ReceiptPdf.render(d, Layout.A4, false));
        assertThat(text).contains("Energy by time of use", "07-01 19:30 – 20:00 peak: 1000.000 → 1005.432 kWh = 5.432 kWh",
                "07-01 20:00 – 20:45 off-peak: 1005.432 → 1012.345 kWh = 6.913 kWh",
                "5.432 kWh × €0.59", "6.913 kWh × €0.39", "Total €5.90");
    }

    @Test
    void numbersAreGaplessAndAskingAgainReprintsACopy() throws Exception {
        assertThat(service.sessionsWithReceipt()).isEmpty();
        ReceiptService.Issued one = service.receipt(first.id(), ReceiptFormat.on(Layout.A4));
        assertThat(service.sessionsWithReceipt()).containsExactly(first.id());
        ReceiptService.Issued two = service.receipt(second.id(), ReceiptFormat.on(Layout.ROLL));
        ReceiptService.Issued again = service.receipt(first.id(), ReceiptFormat.on(Layout.ROLL));
        assertThat(List.of(one.document().number(), two.document().number())).containsExactly(1L, 2L);
        assertThat(again.copy()).isTrue();
        assertThat(again.document()).isEqualTo(one.document());
        assertThat(text(again.pdf())).contains("Receipt 000001", "COPY").doesNotContain("CANCELLED");
        assertThat(again.fileName()).isEqualTo("receipt-000001-copy.pdf");
    }

    @Test
    void theEvidenceGivenToACustomerHashesToTheFingerprintOnTheReceipt() throws Exception {
        ReceiptService.Issued issued = service.receipt(first.id(), ReceiptFormat.on(Layout.A4));
        String evidence = service.evidence(first.id());
        assertThat(evidence).startsWith("chargedesk-evidence-v1\nsession=" + first.id())
                .contains("start_register_wh=" + first.startRegister().wattHours(), "tariff=standard@");
        assertThat(SessionEvidence.sha256(evidence)).isEqualTo(issued.document().evidenceSha256());
    }

    @Test
    void aReceiptIssuedBeforeEvidenceWasStoredHasItComputedWithTheVersionItNames() throws Exception {
        ReceiptService.Issued issued = service.receipt(first.id(), ReceiptFormat.on(Layout.A4));
        LaterTariffChanges.forgetStoredEvidence(db, 1);
        LaterTariffChanges.addVersion(db, "fleet", Instant.parse("2026-01-01T00:00:00Z"), "0.29");
        LaterTariffChanges.moveBay(db, "A1", "fleet");

        assertThat(SessionEvidence.sha256(service.evidence(first.id()))).isEqualTo(issued.document().evidenceSha256());
    }

    @Test
    void aSessionWithoutAReceiptHasItsEvidenceWorkedOutAsItStandsNow() throws Exception {
        LaterTariffChanges.addVersion(db, "fleet", Instant.parse("2026-01-01T00:00:00Z"), "0.29");
        LaterTariffChanges.moveBay(db, "A1", "fleet");

        assertThat(service.evidence(first.id())).contains("tariff=fleet@2026-01-01T00:00:00Z;");
    }

    @Test
    void aReceiptIsInTheSiteLanguageUnlessOneIsChosenAndItsCopyEvidenceAndCodeNeverChange() throws Exception {
        new SiteRepository(db).save(SiteSource.demo().config().site());
        String evidenceBefore = service.evidence(first.id());

        ReceiptService.Issued german = service.receipt(first.id(), ReceiptFormat.on(Layout.A4));
        ReceiptService.Issued english = service.receipt(second.id(),
                new ReceiptFormat(Layout.ROLL, Optional.of(Locale.ENGLISH)));
        ReceiptService.Issued copy = service.receipt(first.id(),
                new ReceiptFormat(Layout.A4, Optional.of(Locale.ENGLISH)));
        ReceiptService.Issued credit = service.creditSession(first.id(), ReceiptFormat.on(Layout.A4));

        assertThat(german.document().language()).as("the Hamburg demo site's language").isEqualTo("de");
        assertThat(text(german.pdf())).contains("Quittung 000001", "Ladepunkt Bay A1 (A1)", "Netto 6,34",
                "USt. 19 % 1,21", "Gesamt 7,55", "12,345 kWh × 0,49").doesNotContain("Total");
        assertThat(english.document().language()).as("chosen for this receipt").isEqualTo("en");
        assertThat(text(english.pdf())).contains("Receipt 000002", "Total €");
        assertThat(copy.copy()).isTrue();
        assertThat(text(copy.pdf())).as("a copy keeps the language it was issued in")
                .contains("Quittung 000001", "KOPIE").doesNotContain("Receipt 000001");
        assertThat(text(credit.pdf())).as("a credit note in its receipt's language")
                .contains("Stornorechnung 000003", "Storno zu Quittung 000001", "Gesamt -7,55");
        assertThat(service.evidence(first.id())).as("the evidence does not depend on the language")
                .isEqualTo(evidenceBefore);
        assertThat(SessionEvidence.sha256(evidenceBefore)).isEqualTo(german.document().evidenceSha256());
        assertThat(german.document().verificationPayload()).isEqualTo("CHARGEDESK1;R1;" + first.id()
                + ";1000000;1012345;7.55;EUR;" + SessionEvidence.sha256(evidenceBefore));
    }

    @Test
    void aCreditNoteCancelsAReceiptOnceAndReferencesIt() throws Exception {
        service.receipt(first.id(), ReceiptFormat.on(Layout.A4));
        ReceiptService.Issued credit = service.creditSession(first.id(), ReceiptFormat.on(Layout.A4));
        assertThat(credit.document().kind()).isEqualTo(ReceiptDocument.Kind.CREDIT_NOTE);
        assertThat(credit.document().number()).isEqualTo(2);
        assertThat(credit.document().creditsNumber()).isEqualTo(1L);
        assertThat(credit.document().total()).isEqualByComparingTo("-7.55");
        assertThat(text(credit.pdf())).contains("Credit note 000002", "Cancels receipt 000001", "-€7.55");
        assertThat(service.credit(1, ReceiptFormat.on(Layout.A4)).copy()).as("a second credit is a copy of the first").isTrue();
        assertThat(text(service.receipt(first.id(), ReceiptFormat.on(Layout.A4)).pdf())).as("a later copy says it was cancelled")
                .contains("COPY", "CANCELLED by credit note 000002");
        assertThatThrownBy(() -> service.credit(2, ReceiptFormat.on(Layout.A4))).hasMessageContaining("is a credit note");
    }

    @Test
    void theReceiptNamesTheCustomerInTheirOwnScript() throws Exception {
        Session named = new Session(UUID.randomUUID(), "A1", "31415926", START, Optional.of(START.plusSeconds(3600)),
                Energy.ofWattHours(1_000_000), Energy.ofWattHours(1_010_000), Power.ofWatts(11_000),
                Duration.ofHours(1), START.plusSeconds(3600), false,
                new Customer("Дмитрий Смирнов", "М 123 АВ 77", "regular, asks for paper"),
                Optional.of(EndReason.MANUAL), List.of(), List.of());
        new SessionRepository(db).save(named);
        ReceiptService.Issued issued = service.receipt(named.id(), ReceiptFormat.on(Layout.A4));
        assertThat(text(issued.pdf())).contains("Customer Дмитрий Смирнов", "Number plate М 123 АВ 77")
                .doesNotContain("regular, asks for paper");
        assertThat(text(service.creditSession(named.id(), ReceiptFormat.on(Layout.ROLL)).pdf())).contains("Дмитрий Смирнов");
    }

    @Test
    void theIssuedPdfAndEvidenceAreStoredWithTheNumber() throws Exception {
        ReceiptService.Issued issued = service.receipt(first.id(), ReceiptFormat.on(Layout.A4));
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pdf, evidence_text FROM receipt WHERE number = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBytes("pdf")).as("the PDF exactly as handed out").isEqualTo(issued.pdf());
            assertThat(SessionEvidence.sha256(rs.getString("evidence_text")))
                    .isEqualTo(issued.document().evidenceSha256());
        }
    }

    @Test
    void aReceiptThatCannotBeRenderedUsesNoNumber() throws Exception {
        // Stored before names were checked as they are typed: no font has the car.
        SiteInfo site = new SiteRepository(db).load().orElseThrow();
        new SiteRepository(db).save(new SiteInfo(site.name(), site.zone(), site.currency(), site.gridLimit(),
                new Operator("Harbour Parking 🚗 GmbH", site.operator().address(), site.operator().vatId())));

        assertThatThrownBy(() -> service.receipt(first.id(), ReceiptFormat.on(Layout.A4))).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Not issued, and no number used: 'Harbour Parking 🚗 GmbH': 🚗 (U+1F697) "
                        + "cannot be printed on a receipt; leave it out. Correct that text");
        assertThatThrownBy(() -> service.receipt(first.id(), ReceiptFormat.on(Layout.A4))).as("a retry fails the same way")
                .hasMessageContaining("no number used");
        assertThat(service.sessionsWithReceipt()).isEmpty();

        new SiteRepository(db).save(site);
        assertThat(service.receipt(second.id(), ReceiptFormat.on(Layout.A4)).document().number()).as("the number stayed free")
                .isEqualTo(1);
        assertThat(service.receipt(first.id(), ReceiptFormat.on(Layout.A4)).document().number()).isEqualTo(2);
    }

    @Test
    void aPathThatCannotBeWrittenUsesNoNumber() throws Exception {
        Path blocker = Files.writeString(dir.resolve("receipts"), "a file where a folder should be");
        Path out = blocker.resolve("receipt.pdf");

        assertThatThrownBy(() -> service.saveReceipt(first.id(), ReceiptFormat.on(Layout.A4), PdfOutput.file(out)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot write the PDF to " + out.toAbsolutePath())
                .hasMessageContaining("choose a folder you may write to").hasMessageEndingWith("No number was used.");
        assertThatThrownBy(() -> service.saveCredit(first.id(), ReceiptFormat.on(Layout.A4), PdfOutput.folder(blocker)))
                .hasMessageContaining("Cannot write the PDF to " + blocker.toAbsolutePath());
        assertThat(service.sessionsWithReceipt()).isEmpty();

        Files.delete(blocker);
        ReceiptService.Saved saved = service.saveReceipt(first.id(), ReceiptFormat.on(Layout.A4), PdfOutput.file(out));
        assertThat(saved.issued().document().number()).isEqualTo(1);
        assertThat(saved.file()).isEqualTo(out.toAbsolutePath()).hasBinaryContent(saved.issued().pdf());
        ReceiptService.Saved credit = service.saveCredit(first.id(), ReceiptFormat.on(Layout.A4), PdfOutput.folder(blocker));
        assertThat(credit.file()).isEqualTo(blocker.resolve("credit-note-000002.pdf").toAbsolutePath()).exists();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnIssuedReceipt() throws Exception {
        service.receipt(first.id(), ReceiptFormat.on(Layout.A4));
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE receipt SET total_minor = 1"))
                    .hasMessageContaining("can never be changed or deleted");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM receipt"))
                    .hasMessageContaining("can never be changed or deleted");
        }
    }

    @Test
    void refusesOpenSessionsAndUnknownIds() throws Exception {
        Session open = new Session(UUID.randomUUID(), "A3", "", START, Optional.empty(), Energy.ZERO,
                Energy.ofWattHours(5), Power.ZERO, Duration.ZERO, START, false, Customer.NONE, Optional.empty(),
                List.of(), List.of());
        new SessionRepository(db).save(open);
        assertThatThrownBy(() -> service.receipt(open.id(), ReceiptFormat.on(Layout.A4))).hasMessageContaining("still open");
        assertThatThrownBy(() -> service.evidence(open.id())).hasMessageContaining("still open");
        assertThatThrownBy(() -> service.findSession("ffffffff-0000")).hasMessageContaining("No session id starts with");
        assertThat(service.findSession(first.id().toString().substring(0, 13))).isEqualTo(first);
    }

    /**
     * Credit, then a corrected receipt: the numbers run on without a gap, the correction names the receipt it
     * replaces and the customer given, keeps the fingerprint, and asking again gives a copy of it; the list counts the
     * corrected receipt's total and nothing of the credited one.
     */
    @Test
    void aCreditedReceiptIsReplacedByACorrectedReceiptWithTheNextNumber() throws Exception {
        ReceiptFormat a4 = ReceiptFormat.on(Layout.A4);
        ReceiptDocument original = service.receipt(first.id(), a4).document();
        assertThatThrownBy(() -> service.correct(first.id(), Customer.NONE, a4))
                .as("a receipt that stands is credited first").hasMessageContaining("still stands");
        service.creditSession(first.id(), a4);
        assertThat(service.statuses(List.of(first.id())).get(first.id()))
                .isEqualTo(new ReceiptStatus(ReceiptStatus.State.CREDITED, OptionalLong.of(1), Optional.empty()));
        Customer named = new Customer("Jürgen Müller", "HH-JM 4711", "");
        ReceiptService.Issued corrected = service.correct(first.id(), named, a4);
        service.receipt(second.id(), a4);
        ReceiptDocument d = corrected.document();
        assertThat(d.number()).as("after receipt 1 and credit note 2").isEqualTo(3);
        assertThat(d.replacesNumber()).isEqualTo(1L);
        assertThat(d.customerName()).isEqualTo("Jürgen Müller");
        assertThat(d.total()).isEqualByComparingTo(original.total());
        assertThat(d.evidenceSha256()).isEqualTo(original.evidenceSha256());
        assertThat(text(corrected.pdf())).contains("Corrected receipt 000003", "Replaces receipt 000001",
                "Jürgen Müller", "HH-JM 4711", "Total €7.55").doesNotContain("COPY");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT number FROM receipt ORDER BY number")) {
            List<Long> numbers = new java.util.ArrayList<>();
            while (rs.next()) {
                numbers.add(rs.getLong(1));
            }
            assertThat(numbers).as("gapless").containsExactly(1L, 2L, 3L, 4L);
        }
        ReceiptService.Issued copy = service.receipt(first.id(), a4);
        ReceiptService.Issued again = service.receipt(first.id(), a4);
        assertThat(copy.copy()).isTrue();
        assertThat(copy.document()).isEqualTo(d);
        assertThat(text(again.pdf())).as("copies identical").isEqualTo(text(copy.pdf()))
                .contains("COPY", "Corrected receipt 000003", "Replaces receipt 000001");
        assertThat(service.evidence(first.id())).isEqualTo(service.evidence(first.id()));
        assertThat(service.statuses(List.of(first.id(), second.id()))).containsExactlyInAnyOrderEntriesOf(Map.of(
                first.id(), new ReceiptStatus(ReceiptStatus.State.CORRECTED, OptionalLong.of(3),
                        Optional.of(new BigDecimal("7.55"))),
                second.id(), new ReceiptStatus(ReceiptStatus.State.ISSUED, OptionalLong.of(4),
                        Optional.of(service.receipt(second.id(), a4).document().total()))));
        assertThatThrownBy(() -> service.correct(first.id(), named, a4)).as("one correction per credit")
                .hasMessageContaining("Receipt 000003 still stands");
    }

    @Test
    void aCorrectedReceiptIsInTheLanguageOfTheOneItReplaces() throws Exception {
        service.receipt(first.id(), new ReceiptFormat(Layout.A4, Optional.of(Locale.GERMAN)));
        service.creditSession(first.id(), ReceiptFormat.on(Layout.A4));
        ReceiptService.Issued corrected = service.correct(first.id(), Customer.NONE, ReceiptFormat.on(Layout.ROLL));
        // The roll wraps the long title before its number.
        assertThat(text(corrected.pdf()).replace('\n', ' ')).contains("Korrigierte Quittung 000003",
                "Ersetzt Quittung 000001");
    }
}
