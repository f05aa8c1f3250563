package io.chargedesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.text.Reason;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names in Latin, Greek, Cyrillic and CJK scripts print; what cannot print is named before it reaches a receipt. */
class ReceiptFontsTest {

    private static final String JAPANESE_OPERATOR = "山田太郎充電株式会社";
    private static final String GREEK_CUSTOMER = "Ελένη Παπαδοπούλου";
    private static final String CYRILLIC_BAY = "Стоянка Дмитрия";

    /** Korean and the rare ideographs of CJK Extension A (䶮) are in different fallback files. */
    @ParameterizedTest
    @ValueSource(strings = {"山田太郎", "Ελένη", "Дмитрий", "Müller-Lüdenscheidt & Søn", "김민준", "王秀英", "刘䶮",
        "HH-AB 123", "Ebene −2, Stellplatz 117 (Schnelllader)", "smiley 😀 in DejaVu's own outline"})
    void namesInLatinGreekCyrillicAndCjkScriptsPrint(String name) {
        assertThat(ReceiptFonts.unprintable(name)).isEmpty();
    }

    /** The font files are read for each document, not kept: 9 MB a console would carry all day for a few receipts. */
    @ParameterizedTest
    @EnumSource(ReceiptFonts.Face.class)
    void eachDocumentGetsTheFontFileReadAfreshNotOneKeptInMemory(ReceiptFonts.Face face) {
        byte[] first = ReceiptFonts.bytes(face);
        byte[] second = ReceiptFonts.bytes(face);

        assertThat(second).isNotSameAs(first).isEqualTo(first);
        assertThat(first).hasSizeGreaterThan(100_000);
    }

    @Test
    void anEmojiNoFontHasIsNamedWithItsCodeAndWhatToDo() {
        assertThat(ReceiptFonts.unprintable("Harbour Parking 🚗 GmbH").map(Reason::toString))
                .contains("🚗 (U+1F697) cannot be printed on a receipt; leave it out");
        assertThat(ReceiptFonts.unprintable("👍").map(Reason::toString))
                .contains("👍 (U+1F44D) cannot be printed on a receipt; leave it out");
    }

    @Test
    void anInvisibleCharacterIsNamedByItsCode() {
        assertThat(ReceiptFonts.unprintable("Kaiweg 1\n20457 Hamburg").map(Reason::toString))
                .contains("the invisible character U+000A cannot be printed on a receipt; leave it out");
    }

    @Test
    void rightToLeftScriptsAreRefusedRatherThanPrintedBackwards() {
        assertThat(ReceiptFonts.unprintable("Bay محمد").map(Reason::toString)).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("م (U+0645) is written right to left"));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aReceiptWithJapaneseGreekAndCyrillicNamesGivesTheNamesBack(Layout layout) throws Exception {
        byte[] pdf = ReceiptPdf.render(inScripts(SampleReceipts.simple(7)), layout, false);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(JAPANESE_OPERATOR, "Customer " + GREEK_CUSTOMER, CYRILLIC_BAY + " (A1)",
                    "Total €10.58");
            List<PDFont> fonts = fonts(doc);
            assertThat(fonts).as("every font is embedded, as a TrueType subset").isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                        .as(font.getName()).isNotNull();
            });
            assertThat(fonts).extracting(PDFont::getName).anySatisfy(name -> assertThat(name)
                    .endsWith("DroidSansFallback")).anySatisfy(name -> assertThat(name).endsWith("DejaVuSans"));
        }
        assertThat(pdf.length).as("a subset of the 4 MB CJK font, not all of it").isLessThan(100_000);
    }

    @Test
    void aReceiptWithoutCjkTextCarriesNoCjkFont() throws Exception {
        try (PDDocument doc = Loader.loadPDF(ReceiptPdf.render(SampleReceipts.weekend(42), Layout.A4, true))) {
            assertThat(fonts(doc)).extracting(PDFont::getName)
                    .noneSatisfy(name -> assertThat(name).contains("Droid"));
        }
    }

    @Test
    void aLongNameWithoutSpacesBreaksBetweenWholeCharacters() throws Exception {
        String name = "😀".repeat(60);
        byte[] pdf = ReceiptPdf.render(withOperator(SampleReceipts.simple(7), name), Layout.ROLL, false);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains(name);
        }
    }

    @Test
    void renderingTextNoFontHasFailsWithTheCharacter() {
        ReceiptDocument d = withOperator(SampleReceipts.simple(7), "Harbour 🚗");
        assertThatThrownBy(() -> ReceiptPdf.render(d, Layout.A4, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Harbour 🚗': 🚗 (U+1F697) cannot be printed on a receipt; leave it out");
    }

    private static List<PDFont> fonts(PDDocument doc) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private static ReceiptDocument inScripts(ReceiptDocument d) {
        return named(d, JAPANESE_OPERATOR, GREEK_CUSTOMER, "Α-1234-ΒΓ", CYRILLIC_BAY);
    }

    private static ReceiptDocument withOperator(ReceiptDocument d, String operator) {
        return named(d, operator, d.customerName(), d.customerPlate(), d.bayName());
    }

    private static ReceiptDocument named(ReceiptDocument d, String operator, String customer, String plate,
                                         String bayName) {
        return new ReceiptDocument(d.kind(), d.number(), d.creditsNumber(), d.issuedAt(), d.zone(), d.siteName(),
                operator, d.operatorAddress(), d.operatorVatId(), customer, plate, d.sessionId(), d.bayId(), bayName,
                d.meterSerial(), d.start(), d.end(), d.connectedSeconds(), d.chargingSeconds(), d.startRegisterWh(),
                d.endRegisterWh(), d.tariffId(), d.tariffName(), d.tariffEffectiveFrom(), d.vatPercent(),
                d.currency(), d.lines(), d.energySplit(), d.net(), d.vat(), d.total(), d.evidenceSha256(), d.language(), null,
                d.customerCompany(), d.customerAddress(), d.odometerKm());
    }
}
