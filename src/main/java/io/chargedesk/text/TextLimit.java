package io.chargedesk.text;

import java.util.Optional;

/**
 * The longest text each field takes, and what no field takes: the one statement of these limits that the site
 * file, meter register maps, the customer of a session, meter serial numbers and the console's forms all check,
 * so text that passed any of them always fits the database.
 *
 * <p>Each limit is the length of the field's VARCHAR column in {@code src/main/resources/db/migration}; a field
 * without a column (a serial port, a map's description) has a limit no real value reaches. Lengths are counted as
 * H2 counts them, in UTF-16 chars ({@link String#length()}), not code points: a character outside the Basic
 * Multilingual Plane (most emoji) takes two, so a count of code points could pass a text the column refuses.
 *
 * <p>Every field is one line: a control character (a tab, a bell, a line break), a line or paragraph separator or
 * half of a surrogate pair is refused, since it would break the receipt, the CSV export or the form it is shown in.
 *
 * <p>A package of its own below every feature, because the features that take text depend on one another (the
 * site file on session rules, sessions on meter readings, meter maps on the site file's YAML reader): the limits
 * in any one of them would make another depend on it backwards.
 */
public enum TextLimit {
    SITE_NAME(200),
    TIMEZONE(64),
    OPERATOR_NAME(200),
    OPERATOR_ADDRESS(500),
    VAT_ID(64),
    BUS_ID(32),
    /** Not stored in a column of its own; Windows paths stop at 260, and a by-id path on Linux is far shorter. */
    SERIAL_PORT(255),
    BAY_ID(32),
    BAY_NAME(100),
    /** Not stored in a column (the saved settings keep it in their site file); a heading above the dashboard's tiles. */
    BAY_AREA(40),
    METER_MODEL(32),
    /** Not stored; shown beside the model's name. */
    METER_DESCRIPTION(200),
    METER_SERIAL(32),
    TARIFF_ID(32),
    TARIFF_NAME(100),
    WINDOW_NAME(60),
    CUSTOMER_NAME(200),
    PLATE(32),
    NOTE(1000),
    /** Where saved settings came from: "console" or a site file's path. */
    SETTINGS_SOURCE(500),
    /** Why an alert was raised, as the collector saw it. */
    ALERT_REASON(1000),
    /** The attendant who acknowledged an alert. */
    ATTENDANT_NAME(100),
    /** The folder automatic exports are written into. */
    EXPORT_FOLDER(1000),
    /** A registered customer's company, printed on receipts and statements. */
    CUSTOMER_COMPANY(200),
    /** A customer's charging card or RFID tag number. */
    CARD_NUMBER(32),
    /** RFC 5321's longest address. */
    EMAIL(254),
    BILLING_ADDRESS(500),
    FLEET_NAME(100);

    private final int max;

    TextLimit(int max) {
        this.max = max;
    }

    /** The most chars the field takes. */
    public int max() {
        return max;
    }

    /**
     * What is wrong with {@code text} for this field, as the end of a sentence that names the field, e.g.
     * {@code "45 characters; at most 32"}, in English; empty when it fits.
     */
    public Optional<String> problem(String text) {
        return reason(text).map(Reason::toString);
    }

    /** {@link #problem} as a code, for the reader to word in their language. */
    public Optional<Reason> reason(String text) {
        if (text.length() > max) {
            return Optional.of(Reason.of(Problem.TOO_LONG, text.length(), max));
        }
        int position = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), position++) {
            int c = text.codePointAt(i);
            if (isLineBreak(c)) {
                return Optional.of(Reason.of(Problem.LINE_BREAK, position));
            }
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(Reason.of(Problem.CONTROL_CHARACTER, String.format("U+%04X", c), position));
            }
            if (Character.getType(c) == Character.SURROGATE) {
                return Optional.of(Reason.of(Problem.HALF_CHARACTER, position));
            }
        }
        return Optional.empty();
    }

    /** What can be wrong with a text for its field (keys {@code reason.text.*}). */
    public enum Problem implements ReasonCode {
        /** Its length, the most. */
        TOO_LONG,
        /** At which character. */
        LINE_BREAK,
        /** Which (U+0007), at which character. */
        CONTROL_CHARACTER,
        /** At which character. */
        HALF_CHARACTER;

        @Override
        public String family() {
            return "reason.text";
        }
    }

    /**
     * {@code text} from a machine, made to fit: what a field may not hold is left out, surrounding blanks are cut,
     * and a text still too long keeps its start and end around "…", since a serial number or a path differs from
     * its neighbours at either end. For text nobody typed (a meter's serial number, a file path as a label), where
     * refusing it would lose a reading or a setting over a detail.
     */
    public String fit(String text) {
        StringBuilder kept = new StringBuilder(Math.min(text.length(), 4 * max));
        text.codePoints().filter(TextLimit::isPrintable).forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        if (clean.length() <= max) {
            return clean;
        }
        int headEnd = (max - 1) / 2;
        int tailStart = clean.length() - (max - 1 - headEnd);
        headEnd -= splitsAPair(clean, headEnd) ? 1 : 0;
        tailStart += splitsAPair(clean, tailStart) ? 1 : 0;
        return clean.substring(0, headEnd) + "…" + clean.substring(tailStart);
    }

    private static boolean isPrintable(int c) {
        int type = Character.getType(c);
        return !isLineBreak(c) && type != Character.CONTROL && type != Character.SURROGATE;
    }

    private static boolean isLineBreak(int c) {
        int type = Character.getType(c);
        return c == '\n' || c == '\r' || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Whether a cut at {@code index} would split a character in two halves of a surrogate pair. */
    private static boolean splitsAPair(String s, int index) {
        return index > 0 && index < s.length() && Character.isLowSurrogate(s.charAt(index))
                && Character.isHighSurrogate(s.charAt(index - 1));
    }
}
