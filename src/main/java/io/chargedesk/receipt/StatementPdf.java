package io.chargedesk.receipt;

import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.StatementDocument;
import io.chargedesk.text.Decimals;
import java.awt.Color;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders a statement as an A4 PDF in its language, with the receipt fonts: the operator and the customer or fleet
 * at the top, one table row per receipt or credit note (the header repeated on every page), the totals, the VAT
 * summary and the page numbers. The same statement always renders the same bytes.
 */
public final class StatementPdf {

    private static final float WIDTH = 595.28f;
    private static final float HEIGHT = 841.89f;
    private static final float MARGIN = 48;
    private static final float TEXT = 9.5f;
    private static final float SMALL = 8;
    private static final float ROW = 15;
    private static final float FOOTER = 30;
    private static final Color SHADE = new Color(0xF1, 0xF3, 0xF5);
    private static final Color HEAD = new Color(0x2B, 0x3A, 0x4A);
    private static final Color GREY = new Color(0x5F, 0x6B, 0x76);

    private StatementPdf() {
    }

    /** One column of the table: its heading, width, and whether its cells are aligned right (amounts). */
    private record Column(String heading, float width, boolean right) {}

    /**
     * @throws IllegalArgumentException if some text has a character none of the receipt fonts has
     */
    public static byte[] render(StatementDocument d) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            new Drawing(pdf, d).draw();
            DocumentWords w = new DocumentWords(d.locale(), ZoneId.of(d.zone()));
            return IssuedPdf.save(pdf, w.get("statement.title", d.number()), d.issuer().operatorName(), d.issuedAt());
        }
    }

    /** Lays out and draws one statement, page by page. */
    private static final class Drawing {
        private final PDDocument pdf;
        private final StatementDocument d;
        private final DocumentWords w;
        private final DocumentFonts fonts;
        private final DateTimeFormatter date;
        private final DateTimeFormatter time;
        private final boolean fleet;
        private final List<Column> columns = new ArrayList<>();
        private PDPageContentStream cs;
        private float y;

        Drawing(PDDocument pdf, StatementDocument d) {
            this.pdf = pdf;
            this.d = d;
            this.w = new DocumentWords(d.locale(), ZoneId.of(d.zone()));
            this.fonts = new DocumentFonts(pdf);
            this.date = DateTimeFormatter.ofPattern(w.get("statement.format.date"), d.locale());
            this.time = DateTimeFormatter.ofPattern(w.get("statement.format.dateTime"), d.locale());
            this.fleet = d.subjectKind().equals("fleet");
            float usable = WIDTH - 2 * MARGIN;
            columns.add(new Column(w.get("statement.column.start"), 84, false));
            columns.add(new Column(w.get("statement.column.bay"), fleet ? 48 : 70, false));
            columns.add(new Column(w.get("statement.column.plate"), fleet ? 66 : 92, false));
            if (fleet) {
                columns.add(new Column(w.get("statement.column.customer"), 72, false));
            }
            columns.add(new Column(w.get("statement.column.energy"), 60, true));
            columns.add(new Column(w.get("statement.column.amount"), 62, true));
            float used = columns.stream().map(Column::width).reduce(0f, Float::sum);
            columns.add(new Column(w.get("statement.column.document"), usable - used, false));
        }

        void draw() throws IOException {
            for (StatementDocument.Line line : d.lines()) {
                for (String cell : cells(line)) {
                    DocumentFonts.requirePrintable(cell);
                }
            }
            DocumentFonts.requirePrintable(d.subjectName() + d.subjectCompany() + d.subjectAddress()
                    + d.issuer().operatorName() + d.issuer().operatorAddress() + d.issuer().siteName());
            newPage();
            heading();
            tableHeader();
            int i = 0;
            for (StatementDocument.Line line : d.lines()) {
                if (y - ROW < MARGIN + FOOTER) {
                    newPage();
                    tableHeader();
                }
                row(cells(line), i++ % 2 == 1, line.isCredit());
            }
            if (d.lines().isEmpty()) {
                y -= ROW;
                text(w.get("statement.none"), false, TEXT, MARGIN + 4, y + 4, GREY);
            }
            totals();
            footers();
        }

        private List<String> cells(StatementDocument.Line line) {
            List<String> cells = new ArrayList<>();
            cells.add(time.format(line.start().atZone(ZoneId.of(d.zone()))));
            cells.add(line.bayId());
            cells.add(line.plate());
            if (fleet) {
                cells.add(line.customerName());
            }
            cells.add(w.kwhNumber(line.energyWh()));
            cells.add(w.money(line.total(), d.currency()));
            cells.add(line.isCredit()
                    ? w.get("statement.document.credit", ReceiptDocument.formatNumber(line.documentNumber()),
                            ReceiptDocument.formatNumber(line.creditsNumber()))
                    : w.get("statement.document.receipt", ReceiptDocument.formatNumber(line.documentNumber())));
            return cells;
        }

        private void heading() throws IOException {
            StatementDocument.Issuer issuer = d.issuer();
            float top = y;
            String title = w.get("statement.title", d.number());
            String issued = w.get("statement.issued", time.format(d.issuedAt().atZone(ZoneId.of(d.zone()))));
            String period = w.get("statement.period", date.format(d.period().from()), date.format(d.period().to()));
            // The operator's block keeps clear of the title's, however long the operator's name.
            float room = WIDTH - 2 * MARGIN - 24 - Math.max(fonts.width(title, true, 17),
                    Math.max(fonts.width(issued, false, TEXT), fonts.width(period, true, TEXT)));
            String operator = issuer.operatorName().isEmpty() ? issuer.siteName() : issuer.operatorName();
            float size = fonts.width(operator, true, 14) <= room ? 14 : 11.5f;
            y -= 2;
            for (String part : wrap(operator, true, size, room)) {
                y -= size + 2;
                text(part, true, size, MARGIN, y, HEAD);
            }
            if (!issuer.operatorAddress().isEmpty()) {
                for (String part : wrap(issuer.operatorAddress(), false, TEXT, room)) {
                    y -= 13;
                    text(part, false, TEXT, MARGIN, y, GREY);
                }
            }
            if (!issuer.operatorVatId().isEmpty()) {
                y -= 13;
                text(w.get("receipt.vatId", issuer.operatorVatId()), false, TEXT, MARGIN, y, GREY);
            }
            float right = WIDTH - MARGIN;
            float ry = top - 20;
            rightText(title, true, 17, right, ry, HEAD);
            ry -= 16;
            rightText(issued, false, TEXT, right, ry, GREY);
            ry -= 13;
            rightText(period, true, TEXT, right, ry, HEAD);
            y = Math.min(y, ry) - 28;
            text(w.get(fleet ? "statement.billTo.fleet" : "statement.billTo.customer").toUpperCase(d.locale()),
                    true, SMALL, MARGIN, y, GREY);
            y -= 15;
            text(d.subjectName(), true, 12, MARGIN, y, HEAD);
            for (String part : List.of(d.subjectCompany(), d.subjectAddress())) {
                for (String piece : part.isEmpty() ? List.<String>of() : wrap(part, false, TEXT, WIDTH / 2)) {
                    y -= 14;
                    text(piece, false, TEXT, MARGIN, y, Color.BLACK);
                }
            }
            y -= 16;
            text(w.get("statement.site", issuer.siteName()), false, SMALL, MARGIN, y, GREY);
            y -= 22;
        }

        private void tableHeader() throws IOException {
            cs.setNonStrokingColor(HEAD);
            cs.addRect(MARGIN, y - ROW - 2, WIDTH - 2 * MARGIN, ROW + 2);
            cs.fill();
            float x = MARGIN;
            for (Column c : columns) {
                cell(c, x, y - ROW + 3, c.heading(), true, Color.WHITE);
                x += c.width();
            }
            y -= ROW + 2;
        }

        private void row(List<String> cells, boolean shaded, boolean credit) throws IOException {
            if (shaded) {
                cs.setNonStrokingColor(SHADE);
                cs.addRect(MARGIN, y - ROW, WIDTH - 2 * MARGIN, ROW);
                cs.fill();
            }
            float x = MARGIN;
            for (int i = 0; i < columns.size(); i++) {
                cell(columns.get(i), x, y - ROW + 4.5f, cells.get(i), false, credit ? GREY : Color.BLACK);
                x += columns.get(i).width();
            }
            y -= ROW;
        }

        private void cell(Column c, float x, float baseline, String value, boolean bold, Color color)
                throws IOException {
            float size = bold ? SMALL - 0.5f : SMALL;
            String shown = fit(value, bold, size, c.width() - 6);
            if (c.right()) {
                text(shown, bold, size, x + c.width() - 3 - fonts.width(shown, bold, size), baseline, color);
            } else {
                text(shown, bold, size, x + 3, baseline, color);
            }
        }

        /** The text cut to {@code room} with "…": a long name must not run into the next column. */
        private String fit(String value, boolean bold, float size, float room) throws IOException {
            if (fonts.width(value, bold, size) <= room) {
                return value;
            }
            String cut = value;
            while (!cut.isEmpty() && fonts.width(cut + "…", bold, size) > room) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            return cut.strip() + "…";
        }

        private void totals() throws IOException {
            float needed = 5 * 15 + 30 + (d.vatTotals().size() + 1) * ROW + 60;
            if (y - needed < MARGIN + FOOTER) {
                newPage();
            }
            line(y - 2, MARGIN);
            y -= 18;
            float labelX = WIDTH - MARGIN - 230;
            pair(w.get("statement.total.documents"), String.valueOf(d.lines().size()), labelX, false);
            pair(w.get("statement.total.energy"), w.kwh(d.energyWh()), labelX, false);
            pair(w.get("receipt.net"), w.money(d.net(), d.currency()), labelX, false);
            pair(w.get("statement.total.vat"), w.money(d.vat(), d.currency()), labelX, false);
            y -= 9;
            line(y + 15, labelX);
            pair(w.get("statement.total.total"), w.money(d.total(), d.currency()), labelX, true);
            y -= 14;
            text(w.get("statement.vatSummary").toUpperCase(d.locale()), true, SMALL, MARGIN, y, GREY);
            y -= 6;
            List<Column> vat = List.of(new Column(w.get("statement.vat.rate"), 120, false),
                    new Column(w.get("receipt.net"), 120, true), new Column(w.get("statement.vat.amount"), 120, true),
                    new Column(w.get("statement.vat.gross"), WIDTH - 2 * MARGIN - 360, true));
            float x = MARGIN;
            cs.setNonStrokingColor(SHADE);
            cs.addRect(MARGIN, y - ROW, WIDTH - 2 * MARGIN, ROW);
            cs.fill();
            for (Column c : vat) {
                cell(c, x, y - ROW + 4.5f, c.heading(), true, HEAD);
                x += c.width();
            }
            y -= ROW;
            for (StatementDocument.VatTotal t : d.vatTotals()) {
                List<String> cells = List.of(w.decimal(Decimals.plain(t.percent())) + " %",
                        w.money(t.net(), d.currency()), w.money(t.vat(), d.currency()),
                        w.money(t.total(), d.currency()));
                x = MARGIN;
                for (int i = 0; i < vat.size(); i++) {
                    cell(vat.get(i), x, y - ROW + 4.5f, cells.get(i), false, Color.BLACK);
                    x += vat.get(i).width();
                }
                y -= ROW;
            }
            y -= 18;
            List<String> notes = new ArrayList<>();
            notes.add(w.get("statement.note.fromReceipts"));
            if (d.openSessions() > 0) {
                notes.add(w.get("statement.note.open", d.openSessions()));
            }
            if (d.unbilled() > 0) {
                notes.add(w.get("statement.note.unbilled", d.unbilled()));
            }
            for (String note : notes) {
                for (String part : wrap(note, false, SMALL, WIDTH - 2 * MARGIN)) {
                    text(part, false, SMALL, MARGIN, y, GREY);
                    y -= 11;
                }
            }
        }

        private void pair(String label, String value, float labelX, boolean strong) throws IOException {
            float size = strong ? 12 : TEXT;
            text(label, strong, size, labelX, y, strong ? HEAD : Color.BLACK);
            rightText(value, strong, size, WIDTH - MARGIN - 4, y, strong ? HEAD : Color.BLACK);
            y -= strong ? 20 : 15;
        }

        private List<String> wrap(String text, boolean bold, float size, float room) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (fonts.width(candidate, bold, size) > room && current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                } else {
                    current.setLength(0);
                    current.append(candidate);
                }
            }
            out.add(current.toString());
            return out;
        }

        private void line(float at, float from) throws IOException {
            cs.setStrokingColor(HEAD);
            cs.setLineWidth(0.6f);
            cs.moveTo(from, at);
            cs.lineTo(WIDTH - MARGIN, at);
            cs.stroke();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            y = HEIGHT - MARGIN;
        }

        /** "ST-2026-0001 · Page 1 of 2" on every page, once the number of pages is known. */
        private void footers() throws IOException {
            cs.close();
            int total = pdf.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(pdf, pdf.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    cs = foot;
                    cs.setStrokingColor(SHADE);
                    cs.setLineWidth(0.8f);
                    cs.moveTo(MARGIN, MARGIN + 12);
                    cs.lineTo(WIDTH - MARGIN, MARGIN + 12);
                    cs.stroke();
                    text(d.issuer().operatorName().isEmpty() ? d.issuer().siteName() : d.issuer().operatorName(),
                            false, SMALL - 0.5f, MARGIN, MARGIN, GREY);
                    rightText(w.get("statement.page", d.number(), i + 1, total), false, SMALL - 0.5f,
                            WIDTH - MARGIN, MARGIN, GREY);
                }
            }
        }

        private void text(String s, boolean bold, float size, float x, float at, Color color) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.setNonStrokingColor(color);
            cs.setStrokingColor(color);
            cs.beginText();
            cs.newLineAtOffset(x, at);
            fonts.show(cs, s, bold, size);
            cs.endText();
        }

        private void rightText(String s, boolean bold, float size, float right, float at, Color color)
                throws IOException {
            text(s, bold, size, right - fonts.width(s, bold, size), at, color);
        }
    }
}
