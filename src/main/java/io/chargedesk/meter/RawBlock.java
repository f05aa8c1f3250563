package io.chargedesk.meter;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The registers one block read returned, as unsigned 16-bit words: the evidence behind a reading,
 * shown in diagnostics and kept when a value looks wrong.
 */
public record RawBlock(ReadBlock block, List<Integer> words) {

    private static final int WORDS_PER_LINE = 8;

    public RawBlock {
        Objects.requireNonNull(block, "block");
        words = List.copyOf(words);
        if (words.size() != block.count()) {
            throw new IllegalArgumentException("block " + block + " needs " + block.count() + " words, got " + words.size());
        }
    }

    /** From the bytes of a read-registers response (big-endian words). */
    public static RawBlock ofBytes(ReadBlock block, byte[] bytes) {
        if (bytes.length != block.count() * 2) {
            throw new IllegalArgumentException("block " + block + " needs " + block.count() * 2 + " bytes, got "
                    + bytes.length);
        }
        Integer[] words = new Integer[block.count()];
        for (int i = 0; i < words.length; i++) {
            words[i] = ((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF);
        }
        return new RawBlock(block, List.of(words));
    }

    /** The words of {@code field}, in register order. */
    public int[] wordsOf(RegisterField field) {
        if (!block.covers(field)) {
            throw new IllegalArgumentException(field.quantity().key() + " is not in block " + block);
        }
        int offset = field.address() - block.start();
        int[] out = new int[field.type().words()];
        for (int i = 0; i < out.length; i++) {
            out[i] = words.get(offset + i);
        }
        return out;
    }

    /**
     * The block as an installer reads a register dump: a heading, then eight words a line, each line starting
     * with the address of its first register, e.g. {@code "  0x0048  4A12 3F00"}.
     */
    public String hex() {
        // Not String.format: the console dumps every meter's blocks with each refresh, and parsing a format string
        // per word cost a 50-bay console more CPU than its whole collector.
        StringBuilder sb = new StringBuilder("function ").append(block.table().functionCode()).append(", ")
                .append(block.count()).append(" registers from 0x");
        appendHex4(sb, block.start());
        for (int i = 0; i < words.size(); i++) {
            if (i % WORDS_PER_LINE == 0) {
                appendHex4(sb.append("\n  0x"), block.start() + i);
                sb.append(' ');
            }
            appendHex4(sb.append(' '), words.get(i));
        }
        return sb.toString();
    }

    /** As {@code %04X}: upper-case hex digits, at least four. */
    private static void appendHex4(StringBuilder sb, int value) {
        String digits = Integer.toHexString(value).toUpperCase(Locale.ROOT);
        sb.append("0000", 0, Math.max(0, 4 - digits.length())).append(digits);
    }
}
