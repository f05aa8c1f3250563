package io.chargedesk.receipt;

import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.text.Decimals;
import io.chargedesk.text.Formats;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Renders a receipt or credit note as PDF, on A4 or an 80 mm roll, with embedded Unicode fonts (DejaVu Sans,
 * and a CJK fallback for what it lacks; see {@link ReceiptFonts}) and a verification QR code, in the language it
 * was issued in. The same document always renders the same text; a reprint is marked COPY. The QR code's
 * payload and the evidence fingerprint are the same in every language.
 */
public final class ReceiptPdf {

    private ReceiptPdf() {
    }

    public static byte[] render(ReceiptDocument d, Layout layout, boolean copy) throws IOException {
        return render(d, layout, copy, OptionalLong.empty());
    }

    /**
     * @param cancelledBy the number of the credit note that cancelled this receipt, if one did: a copy printed
     *     later must not pass for a bill still to be paid
     * @throws IllegalArgumentException if some text has a character none of the receipt fonts has
     */
    public static byte[] render(ReceiptDocument d, Layout layout, boolean copy, OptionalLong cancelledBy)
            throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            DocumentWords words = new DocumentWords(d);
            List<Row> rows = rows(d, words, copy, cancelledBy);
            for (Row row : rows) {
                DocumentFonts.requirePrintable(row.left());
                DocumentFonts.requirePrintable(row.right());
            }
            Canvas canvas = new Canvas(pdf, layout, new DocumentFonts(pdf), words.get("receipt.copyMark"));
            float height = layout.height > 0 ? layout.height : canvas.measure(rows) + layout.qrSize + 4 * layout.margin;
            canvas.draw(rows, height, d.verificationPayload(), copy);
            return IssuedPdf.save(pdf, words.title(d), d.operatorName(), d.issuedAt());
        }
    }

    /** "Receipt 000042", "Quittung 000042", "Stornorechnung 000043": in the document's language. */
    public static String title(ReceiptDocument d) {
        return new DocumentWords(d).title(d);
    }

    /** The receipt's content, top to bottom, in its language; the same for every layout. */
    private static List<Row> rows(ReceiptDocument d, DocumentWords w, boolean copy, OptionalLong cancelledBy) {
        String currency = d.currency();
        List<Row> r = new ArrayList<>();
        r.add(Row.heading(d.operatorName().isEmpty() ? d.siteName() : d.operatorName()));
        if (!d.operatorAddress().isEmpty()) {
            r.add(Row.text(d.operatorAddress()));
        }
        if (!d.operatorVatId().isEmpty()) {
            r.add(Row.text(w.get("receipt.vatId", d.operatorVatId())));
        }
        r.add(Row.space());
        r.add(Row.title(w.title(d)));
        if (d.creditsNumber() != null) {
            r.add(Row.bold(w.get("credit.cancels", ReceiptDocument.formatNumber(d.creditsNumber()))));
        }
        if (d.replacesNumber() != null) {
            r.add(Row.bold(w.get("receipt.replaces", ReceiptDocument.formatNumber(d.replacesNumber()))));
        }
        r.add(Row.text(w.get("receipt.issued", w.dateTime(d.issuedAt()), d.zone())));
        if (copy) {
            r.add(Row.bold(w.get("receipt.copy")));
        }
        cancelledBy.ifPresent(n -> r.add(Row.bold(w.get("receipt.cancelledBy", ReceiptDocument.formatNumber(n)))));
        r.add(Row.rule());
        if (!d.customerName().isEmpty()) {
            r.add(Row.pair(w.get("receipt.customer"), d.customerName()));
        }
        if (!d.customerCompany().isEmpty()) {
            r.add(Row.pair(w.get("receipt.company"), d.customerCompany()));
        }
        if (!d.customerAddress().isEmpty()) {
            r.add(Row.pair(w.get("receipt.billingAddress"), d.customerAddress()));
        }
        if (!d.customerPlate().isEmpty()) {
            r.add(Row.pair(w.get("receipt.plate"), d.customerPlate()));
        }
        if (d.odometerKm() != null) {
            r.add(Row.pair(w.get("receipt.odometer"), w.get("receipt.odometer.value", d.odometerKm())));
        }
        r.add(Row.pair(w.get("receipt.site"), d.siteName()));
        r.add(Row.pair(w.get("receipt.bay"), d.bayName() + " (" + d.bayId() + ")"));
        r.add(Row.pair(w.get("receipt.meterSerial"),
                d.meterSerial().isEmpty() ? w.get("receipt.meterSerial.none") : d.meterSerial()));
        r.add(Row.pair(w.get("receipt.session"), d.sessionId()));
        r.add(Row.pair(w.get("receipt.start"), w.dateTime(d.start())));
        r.add(Row.pair(w.get("receipt.end"), w.dateTime(d.end())));
        r.add(Row.pair(w.get("receipt.connected"), Formats.elapsed(Duration.ofSeconds(d.connectedSeconds()))));
        r.add(Row.pair(w.get("receipt.charging"), Formats.elapsed(Duration.ofSeconds(d.chargingSeconds()))));
        r.add(Row.pair(w.get("receipt.meterStart"), w.kwh(d.startRegisterWh())));
        r.add(Row.pair(w.get("receipt.meterEnd"), w.kwh(d.endRegisterWh())));
        r.add(Row.boldPair(w.get("receipt.energy"), w.kwh(d.energyWh())));
        if (!d.energySplit().isEmpty()) {
            r.add(Row.text(w.get("receipt.energySplit")));
            for (ReceiptDocument.EnergySplit part : d.energySplit()) {
                String until = w.sameDay(part.from(), part.to()) ? w.hour(part.to()) : w.stretch(part.to());
                r.add(Row.small("   " + w.stretch(part.from()) + " – " + until + " " + part.window() + ": "
                        + w.kwhNumber(part.fromRegisterWh()) + " → " + w.kwh(part.toRegisterWh()) + " = "
                        + w.kwh(part.energyWh())));
            }
        }
        r.add(Row.rule());
        r.add(Row.pair(w.get("receipt.tariff"), d.tariffName() + " (" + d.tariffId() + ")"));
        r.add(Row.pair(w.get("receipt.tariffFrom"), w.dateTime(d.tariffEffectiveFrom())));
        String vatPercent = w.decimal(Decimals.plain(d.vatPercent()));
        r.add(Row.pair(w.get("receipt.prices"), w.get("receipt.prices.vat", vatPercent)));
        r.add(Row.rule());
        for (ReceiptDocument.Line line : d.lines()) {
            r.add(Row.pair(w.lineName(line, currency), w.money(line.amount(), currency)));
            r.add(Row.small("   " + w.decimal(line.quantity()) + " " + w.unit(line.unit()) + " × "
                    + w.money(line.unitPrice(), currency)));
        }
        r.add(Row.rule());
        r.add(Row.pair(w.get("receipt.net"), w.money(d.net(), currency)));
        r.add(Row.pair(w.get("receipt.vat", vatPercent), w.money(d.vat(), currency)));
        r.add(Row.totalPair(w.get("receipt.total"), w.money(d.total(), currency)));
        r.add(Row.space());
        r.add(Row.small(w.get("evidence.check")));
        r.add(Row.small(d.evidenceSha256()));
        return r;
    }

    /** One line of the receipt. */
    private record Row(Style style, String left, String right) {
        static Row heading(String s) {
            return new Row(Style.HEADING, s, "");
        }

        static Row title(String s) {
            return new Row(Style.TITLE, s, "");
        }

        static Row text(String s) {
            return new Row(Style.TEXT, s, "");
        }

        static Row bold(String s) {
            return new Row(Style.BOLD, s, "");
        }

        static Row small(String s) {
            return new Row(Style.SMALL, s, "");
        }

        static Row pair(String l, String r) {
            return new Row(Style.TEXT, l, r);
        }

        static Row boldPair(String l, String r) {
            return new Row(Style.BOLD, l, r);
        }

        static Row totalPair(String l, String r) {
            return new Row(Style.TOTAL, l, r);
        }

        static Row rule() {
            return new Row(Style.RULE, "", "");
        }

        static Row space() {
            return new Row(Style.SPACE, "", "");
        }
    }

    private enum Style { HEADING, TITLE, TEXT, BOLD, SMALL, TOTAL, RULE, SPACE }

    /** One printed line: text at the left margin and text aligned to the right margin. */
    private record Printed(String left, String right) {}

    /** Lays rows out top to bottom, wrapping long text, amounts right-aligned. */
    private static final class Canvas {
        private final PDDocument pdf;
        private final Layout layout;
        private final DocumentFonts fonts;
        private final String copyMark;

        Canvas(PDDocument pdf, Layout layout, DocumentFonts fonts, String copyMark) {
            this.pdf = pdf;
            this.layout = layout;
            this.fonts = fonts;
            this.copyMark = copyMark;
        }

        private static boolean bold(Style s) {
            return s == Style.HEADING || s == Style.TITLE || s == Style.BOLD || s == Style.TOTAL;
        }

        private float size(Style s) {
            return switch (s) {
                case HEADING -> layout.titleSize * 0.8f;
                case TITLE -> layout.titleSize;
                case TOTAL -> layout.fontSize * 1.3f;
                case SMALL -> layout.fontSize * 0.78f;
                default -> layout.fontSize;
            };
        }

        private float lineHeight(Style s) {
            return switch (s) {
                case RULE -> layout.fontSize * 0.9f;
                case SPACE -> layout.fontSize;
                default -> size(s) * 1.35f;
            };
        }

        private float usable() {
            return layout.width - 2 * layout.margin;
        }

        float width(boolean bold, float size, String text) throws IOException {
            return fonts.width(text, bold, size);
        }

        /**
         * The row as printed lines of (left, right) text: the left text wrapped beside the right one, or, where
         * the right text leaves too little room (a session id on a roll), the right text on a line of its own.
         */
        private List<Printed> lines(Row row) throws IOException {
            boolean bold = bold(row.style());
            float s = size(row.style());
            float rightWidth = row.right().isEmpty() ? 0 : width(bold, s, row.right()) + layout.fontSize;
            float longestWord = 0;
            for (String word : row.left().split(" ")) {
                longestWord = Math.max(longestWord, width(bold, s, word));
            }
            List<Printed> out = new ArrayList<>();
            if (usable() - rightWidth >= longestWord) {
                List<String> left = wrap(row.left(), bold, s, usable() - rightWidth);
                for (int i = 0; i < left.size(); i++) {
                    out.add(new Printed(left.get(i), i == 0 ? row.right() : ""));
                }
            } else {
                wrap(row.left(), bold, s, usable()).forEach(l -> out.add(new Printed(l, "")));
                wrap(row.right(), bold, s, usable()).forEach(r -> out.add(new Printed("", r)));
            }
            return out;
        }

        /** Words in lines no wider than {@code room}; a single word wider than that (a hash) is broken. */
        private List<String> wrap(String text, boolean bold, float s, float room) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ", -1)) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (width(bold, s, candidate) <= room) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                current.append(word);
                while (width(bold, s, current.toString()) > room && current.codePointCount(0, current.length()) > 1) {
                    int cut = current.offsetByCodePoints(current.length(), -1);
                    // By whole characters: half a surrogate pair has no glyph.
                    while (current.codePointCount(0, cut) > 1 && width(bold, s, current.substring(0, cut)) > room) {
                        cut = current.offsetByCodePoints(cut, -1);
                    }
                    lines.add(current.substring(0, cut));
                    current.delete(0, cut);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        float measure(List<Row> rows) throws IOException {
            float h = 0;
            for (Row row : rows) {
                h += lineHeight(row.style()) * (isText(row) ? lines(row).size() : 1);
            }
            return h;
        }

        private static boolean isText(Row row) {
            return row.style() != Style.RULE && row.style() != Style.SPACE;
        }

        void draw(List<Row> rows, float height, String payload, boolean copy) throws IOException {
            PDPageContentStream cs = newPage(height, copy);
            float y = height - layout.margin;
            for (Row row : rows) {
                float lh = lineHeight(row.style());
                if (row.style() == Style.RULE) {
                    cs.setLineWidth(0.5f);
                    cs.moveTo(layout.margin, y - lh / 2);
                    cs.lineTo(layout.width - layout.margin, y - lh / 2);
                    cs.stroke();
                    y -= lh;
                    continue;
                }
                if (row.style() == Style.SPACE) {
                    y -= lh;
                    continue;
                }
                List<Printed> printed = lines(row);
                if (y - lh * printed.size() < layout.margin + (layout.height > 0 ? 0 : layout.qrSize)) {
                    cs.close();
                    cs = newPage(height, copy);
                    y = height - layout.margin;
                }
                boolean bold = bold(row.style());
                float s = size(row.style());
                for (Printed line : printed) {
                    y -= lh;
                    if (!line.left().isEmpty()) {
                        text(cs, bold, s, layout.margin, y, line.left());
                    }
                    if (!line.right().isEmpty()) {
                        text(cs, bold, s, layout.width - layout.margin - width(bold, s, line.right()), y, line.right());
                    }
                }
            }
            float qrY = y - layout.fontSize - layout.qrSize;
            if (qrY < layout.margin) {
                // Drawn over the last lines, the code would not scan: it goes on a page of its own.
                cs.close();
                cs = newPage(height, copy);
                qrY = height - layout.margin - layout.qrSize;
            }
            QrCode.draw(cs, payload, layout.margin, qrY, layout.qrSize);
            cs.close();
        }

        /** Every page of a copy is marked, so no page of a reprint passes for the original. */
        private PDPageContentStream newPage(float height, boolean copy) throws IOException {
            PDPage page = new PDPage(new PDRectangle(layout.width, height));
            pdf.addPage(page);
            PDPageContentStream cs = new PDPageContentStream(pdf, page);
            if (copy) {
                watermark(cs, height);
            }
            return cs;
        }

        private void text(PDPageContentStream cs, boolean bold, float size, float x, float y, String s)
                throws IOException {
            cs.beginText();
            cs.newLineAtOffset(x, y);
            fonts.show(cs, s, bold, size);
            cs.endText();
        }

        /** A large, light "COPY" ("KOPIE") across the page, so a reprint is never mistaken for the original. */
        private void watermark(PDPageContentStream cs, float height) throws IOException {
            PDExtendedGraphicsState light = new PDExtendedGraphicsState();
            light.setNonStrokingAlphaConstant(0.12f);
            cs.saveGraphicsState();
            cs.setGraphicsStateParameters(light);
            float size = layout.width / 4;
            cs.beginText();
            cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(35), layout.width * 0.18f, height * 0.3f));
            fonts.show(cs, copyMark, true, size);
            cs.endText();
            cs.restoreGraphicsState();
        }
    }
}
