package io.chargedesk.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.app.UseCases;
import io.chargedesk.ledger.ShiftReport;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.store.Database;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.RecordedSite;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shift reports and what-if pricing on H2, on the demo site's flat tariff (0.49 EUR/kWh, 19 % VAT, idle fee after 30
 * minutes): every amount to the cent, from the one cost engine and the issued receipts.
 */
class ShiftAndWhatIfTest {

    /** Tuesday 10 March 2026, 19:00 in Hamburg. */
    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private final MutableClock clock = new MutableClock(NOW);
    private UUID first;
    private UUID second;
    private UUID third;

    @BeforeEach
    void site() throws Exception {
        db = Database.open(dir.resolve("db").toString());
        RecordedSite.demo(db, Instant.parse("2026-01-01T00:00:00Z"));
        // 10 kWh each on A1: 10 × 0.49 = 4.90.
        first = RecordedSite.closedSession(db, UUID.randomUUID(), Instant.parse("2026-03-10T08:00:00Z"));
        second = RecordedSite.closedSession(db, UUID.randomUUID(), Instant.parse("2026-03-10T10:00:00Z"));
        // 7.777 kWh on A2: 7.777 × 0.49 = 3.81073 → 3.81.
        third = save("A2", Instant.parse("2026-03-10T12:00:00Z"), Optional.of(Instant.parse("2026-03-10T13:00:00Z")),
                7_777);
        save("A3", Instant.parse("2026-03-10T17:00:00Z"), Optional.empty(), 2_000);
        // The day before: not in today's shift, nor in the what-if period below.
        RecordedSite.closedSession(db, UUID.randomUUID(), Instant.parse("2026-03-09T08:00:00Z"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UUID save(String bay, Instant start, Optional<Instant> end, long wh) throws Exception {
        UUID id = UUID.randomUUID();
        new SessionRepository(db).save(new Session(id, bay, "1", start, end, Energy.ofWattHours(0),
                Energy.ofWattHours(wh), Power.ofWatts(11_000), Duration.ofHours(1), end.orElse(start), false,
                Customer.NONE, end.map(e -> EndReason.TIMEOUT), List.of(), List.of()));
        return id;
    }

    @Test
    void aShiftReportCountsStandingReceiptsLeavesCreditedOnesOutAndIsStoredWhenClosed() throws Exception {
        MutableClock issuing = new MutableClock(Instant.parse("2026-03-10T17:30:00Z"));
        ReceiptService receipts = UseCases.receipts(db, issuing, Managers.manager(db, issuing));
        ReceiptFormat a4 = ReceiptFormat.on(Layout.A4);
        receipts.receipt(first, a4);
        receipts.creditSession(first, a4);
        receipts.correct(first, Customer.NONE, a4);
        receipts.receipt(third, a4);

        ShiftReports shifts = UseCases.shiftReports(db, clock);
        ShiftReport report = shifts.current();
        assertThat(report.from()).as("no close yet: since midnight in Hamburg")
                .isEqualTo(Instant.parse("2026-03-09T23:00:00Z"));
        assertThat(report.sessions()).isEqualTo(4);
        assertThat(report.energyWh()).isEqualTo(29_777);
        assertThat(report.revenue()).as("4.90 corrected + 4.90 without receipt + 3.81").isEqualTo("13.61");
        assertThat(report.receiptsIssued()).isEqualTo(3);
        assertThat(report.receiptsTotal()).isEqualTo("13.61");
        assertThat(report.creditsIssued()).isEqualTo(1);
        assertThat(report.creditsTotal()).isEqualTo("-4.90");
        assertThat(report.openSessions()).isEqualTo(1);

        assertThatThrownBy(() -> shifts.close(" ")).hasMessageContaining("Attendant");
        ShiftReport closed = shifts.close("Ada Lovelace");
        assertThat(closed).isEqualTo(new ShiftReport(report.from(), report.to(), "Ada Lovelace", 4, 29_777,
                new BigDecimal("13.61"), report.currency(), 3, new BigDecimal("13.61"), 1, new BigDecimal("-4.90"), 1));
        clock.advance(Duration.ofHours(1));
        ShiftReport next = UseCases.shiftReports(db, clock).current();
        assertThat(next.from()).as("the next shift starts at the close").isEqualTo(NOW);
        assertThat(next.sessions()).isZero();
        assertThat(next.openSessions()).isEqualTo(1);

        byte[] pdf = shifts.pdf(closed, "Harbour Car Park", Locale.GERMAN);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Schichtbericht — Harbour Car Park",
                    "Schichtabschluss durch: Ada Lovelace", "Begonnene Ladevorgänge: 4", "Energie: 29,777 kWh",
                    "Umsatz (ohne stornierte Quittungen): 13,61 EUR", "Ausgestellte Stornorechnungen: 1, zusammen -4,90",
                    "Offene Ladevorgänge bei Abschluss: 1");
        }
    }

    @Test
    void whatIfPricesThePeriodUnderAnotherTariffPerBayAndInTotalToTheCent() throws Exception {
        WhatIfPricing whatIf = UseCases.whatIf(db, clock);
        Instant from = Instant.parse("2026-03-09T23:00:00Z");
        Instant to = Instant.parse("2026-03-10T23:00:00Z");
        Tariff fleet = Tariff.perKwh("fleet", Instant.EPOCH, Money.of("0.35", "EUR"), BigDecimal.valueOf(19));
        WhatIfPricing.Result result = whatIf.underDraft(fleet, from, to);
        // A1: 2 × 10 kWh × 0.35 = 3.50 each; A2: 7.777 × 0.35 = 2.72195 → 2.72. The open session on A3 is left out.
        assertThat(result.bays()).extracting(WhatIfPricing.Row::bay).containsExactly("A1", "A2");
        WhatIfPricing.Row a1 = result.bays().get(0);
        assertThat(List.of(a1.actual(), a1.whatIf(), a1.difference())).containsExactly(new BigDecimal("9.80"),
                new BigDecimal("7.00"), new BigDecimal("-2.80"));
        WhatIfPricing.Row a2 = result.bays().get(1);
        assertThat(List.of(a2.actual(), a2.whatIf(), a2.difference())).containsExactly(new BigDecimal("3.81"),
                new BigDecimal("2.72"), new BigDecimal("-1.09"));
        assertThat(result.total().sessions()).isEqualTo(3);
        assertThat(result.total().energyWh()).isEqualTo(27_777);
        assertThat(List.of(result.total().actual(), result.total().whatIf(), result.total().difference()))
                .containsExactly(new BigDecimal("13.61"), new BigDecimal("9.72"), new BigDecimal("-3.89"));

        WhatIfPricing.Result same = whatIf.underStored("standard", from, to);
        assertThat(same.total().difference()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> whatIf.underStored("nope", from, to)).hasMessageContaining("no tariff nope");
        assertThat(UseCases.receipts(db, clock).statuses(List.of(first, second, third))).as("nothing issued").isEmpty();
    }
}
