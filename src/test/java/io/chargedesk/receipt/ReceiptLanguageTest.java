package io.chargedesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.ledger.ReceiptDocument;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden receipts in English and German, on A4 and roll, read back from the PDF with PDFBox's text extraction: the
 * words a customer of that language expects, every amount to the cent as that language writes it, dates as it
 * writes them; the QR code scanned from the page carries the same payload in every language.
 */
class ReceiptLanguageTest {

    /**
     * The text of the PDF as one line, every run of blanks one space (a roll wraps what A4 prints on one line;
     * the no-break space between an amount and its currency reads as a space).
     */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }

    /** The evidence fingerprint, wherever the line broke it. */
    private static String withoutBlanks(String text) {
        return text.replace(" ", "");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aGermanReceiptSaysQuittungNettoUStAndGesamtWithDecimalCommas(Layout layout) throws Exception {
        String text = text(ReceiptPdf.render(SampleReceipts.in("de", SampleReceipts.simple(7)), layout, false));

        assertThat(text).contains("Quittung 000007", "USt-IdNr. DE123456789", "Ausgestellt am 01.07.2026 14:00:00",
                "Ladepunkt Bay A1 (A1)", "Zählernummer 58731913", "Beginn 01.07.2026 10:00:00",
                "Ende 01.07.2026 11:30:00", "Zählerstand Beginn 4198,218 kWh", "Zählerstand Ende 4219,818 kWh",
                "Energie (Ende − Beginn) 21,600 kWh", "Tarif Standard (standard)", "inkl. 19 % USt.",
                "Energie 10,58 €", "21,600 kWh × 0,49 €", "Netto 8,89 €", "USt. 19 % 1,69 €", "Gesamt 10,58 €",
                "SHA-256-Fingerabdruck")
                .doesNotContain("Receipt", "Total", "VAT", "EUR", "10.58", "KOPIE");
        assertThat(withoutBlanks(text)).contains(SampleReceipts.EVIDENCE);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void anEnglishReceiptKeepsItsWordsWithDecimalPoints(Layout layout) throws Exception {
        String text = text(ReceiptPdf.render(SampleReceipts.simple(7), layout, false));

        assertThat(text).contains("Receipt 000007", "VAT id DE123456789", "Issued 2026-07-01 14:00:00",
                "Bay Bay A1 (A1)", "Start 2026-07-01 10:00:00", "Meter at start 4198.218 kWh",
                "Energy (end − start) 21.600 kWh", "include VAT 19 %", "Energy €10.58", "21.600 kWh × €0.49",
                "Net €8.89", "VAT 19 % €1.69", "Total €10.58")
                .doesNotContain("Quittung", "Gesamt", "10,58");
        assertThat(withoutBlanks(text)).contains(SampleReceipts.EVIDENCE);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aGermanTimeOfUseReceiptNamesEachWindowAndItsStretches(Layout layout) throws Exception {
        String text = text(ReceiptPdf.render(SampleReceipts.in("de", SampleReceipts.weekend(42)), layout, false));

        assertThat(text).contains("Quittung 000042", "Energie nach Tarifzeiten",
                "03.07. 18:00 – 20:00 peak: 4198,218 → 4220,018 kWh = 21,800 kWh",
                "03.07. 20:00 – 04.07. 07:00 off-peak", "Energie, peak 12,95 €", "21,952 kWh × 0,59 €",
                "Energie, off-peak 9,20 €", "Startgebühr 0,50 €", "1 Ladevorgang × 0,50 €", "Gesamt 22,65 €");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aGermanCreditNoteAndCopySayStornorechnungAndKopie(Layout layout) throws Exception {
        ReceiptDocument receipt = SampleReceipts.in("de", SampleReceipts.simple(7));
        String credit = text(ReceiptPdf.render(SampleReceipts.creditOf(receipt, receipt.number() + 1), layout, false));
        String copy = text(ReceiptPdf.render(receipt, layout, true, java.util.OptionalLong.of(8)));

        assertThat(credit).contains("Stornorechnung 000008", "Storno zu Quittung 000007", "Gesamt -10,58 €",
                "USt. 19 % -1,69 €");
        assertThat(copy).contains("Quittung 000007", "KOPIE", "STORNIERT durch Stornorechnung 000008")
                .doesNotContain("COPY");
    }

    /**
     * The customer a session was billed to: name, company, billing address, plate and odometer, in both languages (the
     * roll wraps the address's label).
     */
    @ParameterizedTest
    @EnumSource(Layout.class)
    void aReceiptNamesItsCustomerCompanyAddressPlateAndOdometer(Layout layout) throws Exception {
        String german = text(ReceiptPdf.render(SampleReceipts.in("de", SampleReceipts.weekend(42)), layout, false));
        String english = text(ReceiptPdf.render(SampleReceipts.weekend(42), layout, false));

        assertThat(german).contains("Kunde Dr. Maximiliane Theodora Rosenkranz-Oberhauser",
                "Firma Rosenkranz Praxis für Allgemeinmedizin", "Rechnungsanschrift", "Elbchaussee 401, 22609 Hamburg",
                "Kennzeichen HH-MR 2026E", "Kilometerstand 48.213 km");
        assertThat(english).contains("Customer Dr. Maximiliane Theodora Rosenkranz-Oberhauser",
                "Company Rosenkranz Praxis für Allgemeinmedizin", "Billing", "Elbchaussee 401, 22609 Hamburg",
                "Number plate HH-MR 2026E", "Odometer 48,213 km");
        assertThat(text(ReceiptPdf.render(SampleReceipts.simple(7), layout, false)))
                .doesNotContain("Customer", "Company", "Odometer");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void theCodeCarriesTheSamePayloadInEveryLanguage(Layout layout) throws Exception {
        ReceiptDocument english = SampleReceipts.weekend(42);
        ReceiptDocument german = SampleReceipts.in("de", english);

        String fromEnglish = scanned(ReceiptPdf.render(english, layout, false));
        String fromGerman = scanned(ReceiptPdf.render(german, layout, false));

        assertThat(fromGerman).isEqualTo(fromEnglish).isEqualTo(english.verificationPayload())
                .isEqualTo("CHARGEDESK1;R42;" + SampleReceipts.SESSION + ";4198218;4243760;22.65;EUR;"
                        + SampleReceipts.EVIDENCE);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aDocumentIssuedBeforeLanguagesExistedPrintsInEnglishWithItsStoredLineNames(Layout layout) throws Exception {
        ReceiptDocument d = SampleReceipts.simple(7);
        ReceiptDocument old = new ReceiptDocument(d.kind(), d.number(), d.creditsNumber(), d.issuedAt(), d.zone(),
                d.siteName(), d.operatorName(), d.operatorAddress(), d.operatorVatId(), d.customerName(),
                d.customerPlate(), d.sessionId(), d.bayId(), d.bayName(), d.meterSerial(), d.start(), d.end(),
                d.connectedSeconds(), d.chargingSeconds(), d.startRegisterWh(), d.endRegisterWh(), d.tariffId(),
                d.tariffName(), d.tariffEffectiveFrom(), d.vatPercent(), d.currency(),
                List.of(new ReceiptDocument.Line("Energy (as priced then)", new BigDecimal("21.600"), "kWh",
                        new BigDecimal("0.49"), new BigDecimal("10.58"), null, null)), d.energySplit(), d.net(),
                d.vat(), d.total(), d.evidenceSha256(), null, null, null, null, null);

        assertThat(old.language()).isEqualTo("en");
        assertThat(text(ReceiptPdf.render(old, layout, false))).contains("Receipt 000007",
                "Energy (as priced then) €10.58");
    }

    private static String scanned(byte[] pdf) throws Exception {
        var pages = PageImages.render(pdf);
        return PageImages.readQr(pages.get(pages.size() - 1)).getText();
    }
}
