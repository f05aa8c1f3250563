package io.chargedesk.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A report of charts on A4: a title, then sections of a heading, an image of the chart (PNG) and lines of text
 * below it, flowing onto new pages as needed. Text is set in the receipt fonts, so any name that prints on a
 * receipt prints here too; the text stays extractable (for search and screen readers).
 */
public final class ChartReportPdf {

    /** One chart: its heading, its picture as PNG (if any) and the text printed below it. */
    public record Section(String heading, Optional<byte[]> png, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    private static final float MARGIN = 42;
    private static final float TITLE = 16;
    private static final float HEADING = 12;
    private static final float TEXT = 9;
    private static final float LEADING = 1.4f;
    /** A chart takes at most this share of the page's height, so its heading and a few lines fit with it. */
    private static final float MAX_IMAGE_SHARE = 0.42f;

    private ChartReportPdf() {
    }

    /**
     * @param created when the report was made (the document's creation date)
     * @throws IllegalArgumentException if some text has a character none of the receipt fonts has
     */
    public static byte[] render(String title, List<String> intro, List<Section> sections, Instant created)
            throws IOException {
        DocumentFonts.requirePrintable(title);
        intro.forEach(DocumentFonts::requirePrintable);
        for (Section s : sections) {
            DocumentFonts.requirePrintable(s.heading());
            s.lines().forEach(DocumentFonts::requirePrintable);
        }
        try (PDDocument pdf = new PDDocument()) {
            Flow flow = new Flow(pdf, new DocumentFonts(pdf));
            flow.text(title, true, TITLE);
            for (String line : intro) {
                flow.text(line, false, TEXT);
            }
            for (Section s : sections) {
                Optional<PDImageXObject> image = s.png().isEmpty() ? Optional.empty()
                        : Optional.of(PDImageXObject.createFromByteArray(pdf, s.png().get(), s.heading()));
                // A heading stays on the page of its chart.
                flow.room(HEADING * (1 + LEADING) + image.map(flow::imageHeight).orElse(0f));
                flow.gap(HEADING);
                flow.text(s.heading(), true, HEADING);
                if (image.isPresent()) {
                    flow.image(image.get());
                }
                for (String line : s.lines()) {
                    flow.text(line, false, TEXT);
                }
            }
            flow.close();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("ChargeDesk");
            Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            at.setTimeInMillis(created.toEpochMilli());
            info.setCreationDate(at);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** Places text and images top to bottom, starting a new page when the next one does not fit. */
    private static final class Flow {
        private final PDDocument pdf;
        private final DocumentFonts fonts;
        private final PDRectangle size = PDRectangle.A4;
        private PDPageContentStream cs;
        private float y;

        Flow(PDDocument pdf, DocumentFonts fonts) throws IOException {
            this.pdf = pdf;
            this.fonts = fonts;
            newPage();
        }

        void text(String text, boolean bold, float fontSize) throws IOException {
            for (String line : wrap(text, bold, fontSize)) {
                room(fontSize * LEADING);
                y -= fontSize * LEADING;
                cs.beginText();
                cs.newLineAtOffset(MARGIN, y);
                fonts.show(cs, line, bold, fontSize);
                cs.endText();
            }
        }

        void gap(float points) {
            y -= points;
        }

        void image(PDImageXObject image) throws IOException {
            float scale = scale(image);
            float w = image.getWidth() * scale;
            float h = imageHeight(image);
            room(h + 4);
            y -= h + 4;
            cs.drawImage(image, MARGIN, y, w, h);
        }

        /** The height {@code image} takes on the page, with the gap above it. */
        float imageHeight(PDImageXObject image) {
            return image.getHeight() * scale(image) + 4;
        }

        private float scale(PDImageXObject image) {
            float width = size.getWidth() - 2 * MARGIN;
            return Math.min(width / image.getWidth(), size.getHeight() * MAX_IMAGE_SHARE / image.getHeight());
        }

        void close() throws IOException {
            cs.close();
        }

        /** Starts a new page unless {@code height} points fit on this one. */
        void room(float height) throws IOException {
            if (y - height < MARGIN) {
                cs.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(size);
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            y = size.getHeight() - MARGIN;
        }

        /** Breaks at spaces so that each line fits between the margins; a word longer than a line stays whole. */
        private List<String> wrap(String text, boolean bold, float fontSize) throws IOException {
            float width = size.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && fonts.width(longer, bold, fontSize) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(longer);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
