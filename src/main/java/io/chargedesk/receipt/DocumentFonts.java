package io.chargedesk.receipt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The receipt fonts of one PDF. Text is split into runs, each printed in the first font that has all of its
 * characters; a font is embedded (as a subset of the glyphs used) only once a run needs it, so a receipt
 * without Chinese, Japanese or Korean text carries no CJK font.
 */
final class DocumentFonts {

    /** A stretch of text printed in one font; outlined to look bold in a font that has no bold face. */
    private record Run(PDFont font, String text, boolean outlined) {}

    /** The outline drawn around a glyph to embolden it, as a share of the font size (about DejaVu Bold's weight). */
    private static final float OUTLINE = 0.03f;

    private final PDDocument pdf;
    private final Map<ReceiptFonts.Face, PDFont> embedded = new EnumMap<>(ReceiptFonts.Face.class);

    DocumentFonts(PDDocument pdf) {
        this.pdf = pdf;
    }

    /**
     * Fails, naming the text and the character, when a character of {@code text} is in none of the fonts: before
     * anything is laid out, so the message quotes the whole text rather than the word being measured.
     */
    static void requirePrintable(String text) {
        text.codePoints().filter(c -> ReceiptFonts.faceFor(c, false).isEmpty()).findFirst().ifPresent(c -> {
            throw new IllegalArgumentException("'" + text + "': " + ReceiptFonts.cannotPrint(c));
        });
    }

    /** The width of {@code text} in points. */
    float width(String text, boolean bold, float size) throws IOException {
        float units = 0;
        for (Run run : runs(text, bold)) {
            units += run.font().getStringWidth(run.text());
        }
        return units / 1000 * size;
    }

    /** Shows {@code text} at the current text position, inside the caller's beginText/endText. */
    void show(PDPageContentStream cs, String text, boolean bold, float size) throws IOException {
        for (Run run : runs(text, bold)) {
            if (run.outlined()) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setLineWidth(size * OUTLINE);
            }
            cs.setFont(run.font(), size);
            cs.showText(run.text());
            if (run.outlined()) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
        }
    }

    private List<Run> runs(String text, boolean bold) throws IOException {
        List<Run> runs = new ArrayList<>();
        ReceiptFonts.Face current = null;
        int from = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            ReceiptFonts.Face face = ReceiptFonts.faceFor(c, bold).orElseThrow(() ->
                    new IllegalArgumentException(ReceiptFonts.cannotPrint(c).toString()));
            if (face != current) {
                if (current != null) {
                    runs.add(run(current, text.substring(from, i), bold));
                }
                current = face;
                from = i;
            }
            i += Character.charCount(c);
        }
        if (current != null) {
            runs.add(run(current, text.substring(from), bold));
        }
        return runs;
    }

    private Run run(ReceiptFonts.Face face, String text, boolean bold) throws IOException {
        return new Run(font(face), text, bold && face != ReceiptFonts.Face.BOLD);
    }

    private PDFont font(ReceiptFonts.Face face) throws IOException {
        PDFont font = embedded.get(face);
        if (font == null) {
            font = PDType0Font.load(pdf, new ByteArrayInputStream(ReceiptFonts.bytes(face)), true);
            embedded.put(face, font);
        }
        return font;
    }
}
