package io.chargedesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.chargedesk.export.StatementCsv;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.StatementDocument;
import io.chargedesk.ledger.StatementPeriod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Golden statements read back from the PDF: every line's date, bay, plate, energy, amount and receipt number, the
 * totals to the cent as the sum of the listed receipts minus the credit note, and the VAT summary per rate, in
 * English and German; the CSV carries the same lines.
 */
class StatementPdfTest {

    private static final StatementDocument.Issuer ISSUER = new StatementDocument.Issuer("Harbour Car Park",
            "Harbour Parking GmbH", "Kaiweg 1, 20457 Hamburg", "DE123456789");

    /** Receipt {@code number} of a session at {@code bay} for {@code plate}: gross total, net and VAT as given. */
    static ReceiptDocument receipt(long number, String start, String bay, String plate, String customer, long wh,
                                   String vatPercent, String net, String vat, String total) {
        ReceiptDocument d = SampleReceipts.simple(number);
        Instant from = Instant.parse(start);
        return new ReceiptDocument(ReceiptDocument.Kind.RECEIPT, number, null, from.plusSeconds(7200), d.zone(),
                d.siteName(), d.operatorName(), d.operatorAddress(), d.operatorVatId(), customer, plate, d.sessionId(),
                bay, "Bay " + bay, d.meterSerial(), from, from.plusSeconds(3600), 3600, 3600, 1_000_000,
                1_000_000 + wh, d.tariffId(), d.tariffName(), d.tariffEffectiveFrom(), new BigDecimal(vatPercent),
                "EUR", List.of(new ReceiptDocument.Line("Energy", BigDecimal.valueOf(wh, 3), "kWh",
                        new BigDecimal(total), new BigDecimal(total), "energy", "")), List.of(), new BigDecimal(net),
                new BigDecimal(vat), new BigDecimal(total), d.evidenceSha256(), "en", null, "", "", null);
    }

    /**
     * October 2026 of the fleet Hansen Logistik: three receipts at 19 % and one at 7 %, one of them credited and
     * issued again. Totals by hand: 10.58 + 22.65 − 10.58 + 10.58 + 5.35 = 38.58 gross; net 8.89 + 19.03 − 8.89 +
     * 8.89 + 5.00 = 32.92; VAT 1.69 + 3.62 − 1.69 + 1.69 + 0.35 = 5.66. Energy 21.600 + 45.542 − 21.600 + 21.600 +
     * 10.000 = 77.142 kWh.
     */
    static List<ReceiptDocument> october() {
        ReceiptDocument first = receipt(7, "2026-10-01T06:30:00Z", "A1", "HH-JM 4711", "Jürgen Müller", 21_600, "19",
                "8.89", "1.69", "10.58");
        return List.of(first,
                receipt(8, "2026-10-14T15:00:00Z", "A2", "HH-AB 123", "Anna Berg", 45_542, "19", "19.03", "3.62",
                        "22.65"),
                SampleReceipts.creditOf(first, 9),
                receipt(10, "2026-10-01T06:30:00Z", "A1", "HH-JM 4711", "Jürgen Müller", 21_600, "19", "8.89", "1.69",
                        "10.58"),
                receipt(11, "2026-10-31T22:50:00Z", "B1", "HH-AB 123", "Anna Berg", 10_000, "7", "5.00", "0.35",
                        "5.35"));
    }

    static StatementDocument statement(String language, String kind, List<ReceiptDocument> documents) {
        return StatementDocument.of(new StatementDocument.Heading("ST-2026-0001", Instant.parse("2026-11-01T08:00:00Z"),
                "Europe/Berlin", language, ISSUER, kind, "Hansen Logistik", kind.equals("fleet") ? "" : "Hansen GmbH",
                kind.equals("fleet") ? "" : "Am Sandtorkai 5, 20457 Hamburg",
                StatementPeriod.month(YearMonth.of(2026, 10)), "EUR", 1, 0), documents);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }

    @Test
    void totalsAreTheListedReceiptsMinusTheCreditNoteToTheCent() {
        StatementDocument d = statement("en", "fleet", october());

        BigDecimal listed = october().stream().map(ReceiptDocument::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(d.total()).isEqualByComparingTo(listed).isEqualByComparingTo("38.58");
        assertThat(d.net()).isEqualByComparingTo("32.92");
        assertThat(d.vat()).isEqualByComparingTo("5.66");
        assertThat(d.energyWh()).isEqualTo(77_142);
        assertThat(d.vatTotals()).extracting(t -> t.percent().toPlainString(), t -> t.total().toPlainString())
                .containsExactly(tuple("7", "5.35"),
                        tuple("19", "33.23"));
        assertThat(d.lines()).extracting(StatementDocument.Line::documentNumber).containsExactly(7L, 9L, 10L, 8L, 11L);
    }

    @Test
    void anEnglishFleetStatementListsEveryDocumentWithItsTotalsAndVatSummary() throws Exception {
        String text = text(StatementPdf.render(statement("en", "fleet", october())));

        assertThat(text).contains("Harbour Parking GmbH", "VAT id DE123456789", "Statement ST-2026-0001",
                "Issued 2026-11-01 09:00", "Period 2026-10-01 – 2026-10-31", "STATEMENT FOR THE FLEET",
                "Hansen Logistik",
                "2026-10-01 08:30 A1 HH-JM 4711 Jürgen Müller 21.600 €10.58 000007",
                "2026-10-01 08:30 A1 HH-JM 4711 Jürgen Müller -21.600 -€10.58 000009 cancels 000007",
                "2026-10-14 17:00 A2 HH-AB 123 Anna Berg 45.542 €22.65 000008",
                "2026-10-31 23:50 B1 HH-AB 123 Anna Berg 10.000 €5.35 000011",
                "Receipts and credit notes 5", "Energy 77.142 kWh", "Net €32.92", "VAT €5.66", "Total €38.58",
                "7 % €5.00 €0.35 €5.35", "19 % €27.92 €5.31 €33.23",
                "One session of this period was still charging", "ST-2026-0001 · page 1 of 1");
    }

    @Test
    void aGermanCustomerStatementSaysSammelrechnungWithDecimalCommas() throws Exception {
        String text = text(StatementPdf.render(statement("de", "customer", october())));

        assertThat(text).contains("Sammelrechnung ST-2026-0001", "Abrechnungszeitraum 01.10.2026 – 31.10.2026",
                "SAMMELRECHNUNG FÜR", "Hansen Logistik", "Hansen GmbH", "Am Sandtorkai 5, 20457 Hamburg",
                "01.10.2026 08:30 A1 HH-JM 4711 21,600 10,58 € 000007", "000009 storniert 000007",
                "Energie 77,142 kWh", "Netto 32,92 €", "USt. 5,66 €", "Gesamt 38,58 €", "7 % 5,00 € 0,35 € 5,35 €",
                "Seite 1 von 1")
                .doesNotContain("Statement ", "Total");
    }

    @Test
    void aLongStatementRepeatsItsHeaderOnEveryPageAndNumbersThePages() throws Exception {
        List<ReceiptDocument> many = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            many.add(receipt(100 + i, "2026-10-01T06:30:00Z", "A1", "HH-JM 4711", "Jürgen Müller", 1_000, "19",
                    "0.42", "0.08", "0.50"));
        }
        String text = text(StatementPdf.render(statement("en", "customer", many)));

        assertThat(text).contains("page 1 of 3", "page 2 of 3", "page 3 of 3", "Total €45.00");
        assertThat(text.split("Energy kWh", -1)).hasSize(4);
    }

    @Test
    void theCsvHasOneLinePerDocumentWithTheSameAmounts() throws Exception {
        String csv = new String(StatementCsv.write(statement("de", "fleet", october())), StandardCharsets.UTF_8);

        assertThat(csv.split("\n")).hasSize(6).startsWith(String.join(",", StatementCsv.HEADER));
        assertThat(csv).contains("ST-2026-0001,2026-10-01T08:30:00+02:00,A1,HH-JM 4711,Jürgen Müller,21.600,19,"
                + "8.89,1.69,10.58,EUR,000007,\n", ",-21.600,19,-8.89,-1.69,-10.58,EUR,000009,000007\n",
                "ST-2026-0001,2026-10-31T23:50:00+01:00,B1,HH-AB 123,Anna Berg,10.000,7,5.00,0.35,5.35,EUR,000011,\n");
    }

    @Test
    void aDocumentInAnotherCurrencyIsRefused() {
        ReceiptDocument r = receipt(7, "2026-10-01T06:30:00Z", "A1", "X 1", "", 1_000, "19", "0.42", "0.08", "0.50");
        StatementDocument.Heading chf = new StatementDocument.Heading("ST-2026-0001", Instant.EPOCH, "UTC", "en",
                ISSUER, "customer", "X", "", "", StatementPeriod.month(YearMonth.of(2026, 10)), "CHF", 0, 0);

        assertThatThrownBy(() -> StatementDocument.of(chf, List.of(r))).hasMessageContaining("in EUR");
    }
}
