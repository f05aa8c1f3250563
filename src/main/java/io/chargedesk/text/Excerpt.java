package io.chargedesk.text;

/** Text as typed, cut short for quoting in a problem: a pasted page must not become the message. */
public final class Excerpt {

    private static final int LONGEST = 40;

    private Excerpt() {
    }

    /** {@code text} without surrounding blanks, its first 40 chars and "…" when longer. */
    public static String of(String text) {
        String t = text.strip();
        if (t.length() <= LONGEST) {
            return t;
        }
        // Never half a surrogate pair at the cut.
        int end = Character.isHighSurrogate(t.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
        return t.substring(0, end) + "…";
    }
}
