package io.chargedesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.ledger.ReceiptDocument;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Receipt pages as rendered: what is drawn stays inside the margins, and every page of a reprint says COPY. */
class ReceiptPdfTest {

    /** Anti-aliasing and glyphs reaching a little past their advance width. */
    private static final float TOLERANCE_POINTS = 1;

    /** Printers leave their edges blank and may cut off what is drawn there: long text must wrap instead. */
    @ParameterizedTest(name = "{0} on {1}, copy {2}")
    @MethodSource("io.chargedesk.receipt.SampleReceipts#onEveryLayout")
    void drawsNothingOutsideTheMargins(ReceiptDocument receipt, Layout layout, boolean copy) throws Exception {
        List<BufferedImage> pages = PageImages.render(ReceiptPdf.render(receipt, layout, copy));
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage page = pages.get(i);
            int margin = Math.round((layout.margin - TOLERANCE_POINTS) * PageImages.SCALE);
            Rectangle inside = new Rectangle(margin, margin, page.getWidth() - 2 * margin,
                    page.getHeight() - 2 * margin);
            Rectangle ink = inkedArea(page);
            assertThat(inside.contains(ink)).as("page %d: ink at %s in pixels at %s dpi, margins at %s", i + 1, ink,
                    PageImages.DPI, inside).isTrue();
        }
    }

    @Test
    void everyPageOfACopyIsMarkedAndNoPageOfTheOriginal() throws Exception {
        ReceiptDocument receipt = SampleReceipts.weekend(42);
        List<String> copy = pageTexts(ReceiptPdf.render(receipt, Layout.A4, true));
        List<String> original = pageTexts(ReceiptPdf.render(receipt, Layout.A4, false));

        assertThat(copy).as("the weekend receipt fills more than one A4 page").hasSizeGreaterThan(1)
                .allSatisfy(text -> assertThat(text).contains("COPY"));
        assertThat(original).hasSameSizeAs(copy).noneSatisfy(text -> assertThat(text).contains("COPY"));
    }

    /** Where anything darker than paper is: text, rules, the QR code, also the light COPY watermark. */
    private static Rectangle inkedArea(BufferedImage page) {
        Rectangle area = null;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if (page.getRaster().getSample(x, y, 0) < 240) {
                    area = area == null ? new Rectangle(x, y, 1, 1) : area.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        assertThat(area).as("anything drawn on the page").isNotNull();
        return area;
    }

    private static List<String> pageTexts(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> texts = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(doc));
            }
            return texts;
        }
    }
}
