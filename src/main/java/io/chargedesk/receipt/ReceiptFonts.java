package io.chargedesk.receipt;

import io.chargedesk.text.Reason;
import io.chargedesk.text.ReasonCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts receipts are printed in, shipped with the application (assets/fonts): DejaVu Sans for Latin,
 * Greek, Cyrillic and most symbols, then Droid Sans Fallback for the Chinese, Japanese and Korean characters
 * DejaVu lacks (in two files: the "full" one adds rare ideographs but lacks Korean Hangul, which the other
 * has). A character is printed in the first of them that has it. {@link #unprintable} is the one check of what
 * will print, for every place a name that ends up on a receipt is typed.
 */
public final class ReceiptFonts {

    /** A bundled font file, in the order characters look for a font. */
    enum Face {
        REGULAR("/fonts/DejaVuSans.ttf"),
        BOLD("/fonts/DejaVuSans-Bold.ttf"),
        CJK("/fonts/DroidSansFallbackFull.ttf"),
        HANGUL("/fonts/DroidSansFallback.ttf");

        final String resource;

        Face(String resource) {
            this.resource = resource;
        }
    }

    /** Where a bold character looks: the bold face, the regular one, then the fallbacks (which have no bold). */
    private static final List<Face> BOLD_ORDER = List.of(Face.BOLD, Face.REGULAR, Face.CJK, Face.HANGUL);
    private static final List<Face> REGULAR_ORDER = List.of(Face.REGULAR, Face.CJK, Face.HANGUL);

    /** Character types that show nothing (or nothing meaningful) when a message quotes them. */
    private static final Set<Integer> INVISIBLE = Set.of((int) Character.CONTROL, (int) Character.FORMAT,
            (int) Character.SURROGATE, (int) Character.UNASSIGNED, (int) Character.PRIVATE_USE,
            (int) Character.SPACE_SEPARATOR, (int) Character.LINE_SEPARATOR, (int) Character.PARAGRAPH_SEPARATOR);

    /** What keeps a text off a receipt (keys {@code reason.print.*}). */
    public enum Unprintable implements ReasonCode {
        /** The character (a {@link #CHARACTER} or an {@link #INVISIBLE_CHARACTER}). */
        CANNOT_PRINT,
        /** The character. */
        RIGHT_TO_LEFT,
        /** The character itself and its code, "🚗 (U+1F697)". */
        CHARACTER,
        /** Its code only: it shows nothing by itself. */
        INVISIBLE_CHARACTER;

        @Override
        public String family() {
            return "reason.print";
        }
    }

    private ReceiptFonts() {
    }

    /**
     * What in {@code text} cannot be printed on a receipt, if anything: the first character no bundled font has
     * (most emoji, a line break), or one of a script written right to left, which the receipt lays out left to
     * right and would print reversed. For example "🚗 (U+1F697) cannot be printed on a receipt; leave it out".
     */
    public static Optional<Reason> unprintable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isRightToLeft(c)) {
                return Optional.of(Reason.of(Unprintable.RIGHT_TO_LEFT, describe(c)));
            }
            if (Loaded.FONTS.faceFor(c, false).isEmpty()) {
                return Optional.of(cannotPrint(c));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** Reads the fonts now, so that the first check while someone types does not wait for them. */
    public static void load() {
        Objects.requireNonNull(Loaded.FONTS);
    }

    /** The face that prints {@code codePoint}, bold or not; empty when none of them has it. */
    static Optional<Face> faceFor(int codePoint, boolean bold) {
        return Loaded.FONTS.faceFor(codePoint, bold);
    }

    /** "🚗 (U+1F697) cannot be printed on a receipt; leave it out". */
    static Reason cannotPrint(int codePoint) {
        return Reason.of(Unprintable.CANNOT_PRINT, describe(codePoint));
    }

    /**
     * The font file, for embedding in a PDF: read again for each document rather than kept, since the four files
     * (9 MB) would otherwise stay in a console's heap all day for the few receipts it makes (docs/bench-console.md).
     */
    static byte[] bytes(Face face) {
        try (InputStream in = ReceiptFonts.class.getResourceAsStream(face.resource)) {
            if (in == null) {
                throw new IllegalStateException("the receipt font " + face.resource
                        + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the receipt font " + face.resource + " cannot be read", e);
        }
    }

    private static boolean isRightToLeft(int c) {
        byte d = Character.getDirectionality(c);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** "🚗 (U+1F697)"; a character that shows nothing by its code alone: "the invisible character U+000A". */
    private static Reason describe(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        return INVISIBLE.contains(Character.getType(c)) ? Reason.of(Unprintable.INVISIBLE_CHARACTER, code)
                : Reason.of(Unprintable.CHARACTER, new String(Character.toChars(c)), code);
    }

    /** The characters each font has, read once: the fallback fonts are 4 and 3.4 MB. */
    private static final class Loaded {
        static final Loaded FONTS = new Loaded();

        final Map<Face, BitSet> glyphs = new EnumMap<>(Face.class);

        private Loaded() {
            for (Face face : Face.values()) {
                try {
                    glyphs.put(face, characters(bytes(face)));
                } catch (IOException e) {
                    throw new UncheckedIOException("the receipt font " + face.resource + " cannot be parsed", e);
                }
            }
        }

        private static BitSet characters(byte[] file) throws IOException {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet has = new BitSet(Character.MAX_CODE_POINT + 1);
                for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                    if (cmap.getGlyphId(c) != 0) {
                        has.set(c);
                    }
                }
                return has;
            }
        }

        Optional<Face> faceFor(int codePoint, boolean bold) {
            return (bold ? BOLD_ORDER : REGULAR_ORDER).stream().filter(f -> glyphs.get(f).get(codePoint)).findFirst();
        }
    }
}
