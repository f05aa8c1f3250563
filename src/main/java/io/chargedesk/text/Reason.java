package io.chargedesk.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why something happened or is wrong, as a code and its arguments, never a sentence: the domain finds it, a screen
 * words it in its reader's language ({@link Messages#reason}), the database and files keep its {@link #stored()} form.
 * Arguments are text (shown as it is), whole numbers and decimals (formatted for the reader's locale), instants (in the
 * site's zone) and other reasons.
 *
 * <p>Stored form: {@code @key|tag:value|…}, tags {@code s} text, {@code i} whole number, {@code n} decimal, {@code t}
 * instant (ISO), {@code r} a reason; {@code \} escapes {@code \ | ;} in values; a list of reasons is joined by
 * {@code ;}. Anything else read back is a sentence an older program stored: it is shown {@link #said as it is}.
 */
public record Reason(String key, List<Object> args) {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.]*");
    private static final String SAID = "reason.said";

    public Reason {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a text key: " + key);
        }
        args = args.stream().map(Reason::argument).toList();
    }

    public static Reason of(ReasonCode code, Object... args) {
        return new Reason(code.key(), Arrays.asList(args));
    }

    /** Words that are not a code: what an older program stored, or a detail only a machine words (an error's text). */
    public static Reason said(String words) {
        return new Reason(SAID, List.of(words));
    }

    /** The stored form of {@code reasons}: one reason, or several joined. */
    public static String stored(List<Reason> reasons) {
        StringBuilder b = new StringBuilder();
        for (Reason r : reasons) {
            b.append(b.isEmpty() ? "" : ";").append(r.stored());
        }
        return b.toString();
    }

    public String stored() {
        StringBuilder b = new StringBuilder("@").append(key);
        for (Object a : args) {
            b.append('|').append(tag(a)).append(':').append(escape(a instanceof Reason r ? r.stored()
                    : a instanceof BigDecimal d ? d.toPlainString() : a.toString()));
        }
        return b.toString();
    }

    /** The reasons {@code stored} holds; a sentence an older program stored is one reason, {@link #said} as it is. */
    public static List<Reason> readAll(String stored) {
        if (!stored.startsWith("@")) {
            return stored.isEmpty() ? List.of() : List.of(said(stored));
        }
        try {
            return split(stored, ';').stream().map(Reason::parse).toList();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return List.of(said(stored));
        }
    }

    /** The one reason {@code stored} holds, several joined as said; empty text is an empty sentence. */
    public static Reason read(String stored) {
        List<Reason> all = readAll(stored);
        return all.size() == 1 ? all.get(0) : said(stored);
    }

    /** In English, in UTC: for logs and messages to developers; a screen words it through {@link Messages#reason}. */
    @Override
    public String toString() {
        return Messages.of(Locale.ENGLISH).reason(this, ZoneOffset.UTC);
    }

    private static Reason parse(String one) {
        if (!one.startsWith("@")) {
            throw new IllegalArgumentException("not a stored reason: " + one);
        }
        List<String> parts = split(one.substring(1), '|');
        List<Object> args = new ArrayList<>();
        for (String p : parts.subList(1, parts.size())) {
            if (!p.startsWith(":", 1)) {
                throw new IllegalArgumentException("no argument: " + p);
            }
            String value = unescape(p.substring(2));
            args.add(switch (p.charAt(0)) {
                case 's' -> value;
                case 'i' -> Long.parseLong(value);
                case 'n' -> new BigDecimal(value);
                case 't' -> Instant.parse(value);
                case 'r' -> parse(value);
                default -> throw new IllegalArgumentException("no argument: " + p);
            });
        }
        return new Reason(unescape(parts.get(0)), args);
    }

    private static Object argument(Object a) {
        Objects.requireNonNull(a, "argument");
        if (a instanceof Integer i) {
            return i.longValue();
        }
        if (a instanceof String || a instanceof Long || a instanceof BigDecimal || a instanceof Instant
                || a instanceof Reason) {
            return a;
        }
        throw new IllegalArgumentException("a reason takes text, numbers, instants and reasons, not " + a.getClass());
    }

    private static char tag(Object a) {
        return a instanceof Long ? 'i' : a instanceof BigDecimal ? 'n' : a instanceof Instant ? 't'
                : a instanceof Reason ? 'r' : 's';
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replace(";", "\\;");
    }

    /** {@code text} cut at each {@code separator} not escaped; the parts keep their escapes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unescape(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c == '\\' && i + 1 < text.length() ? text.charAt(++i) : c);
        }
        return b.toString();
    }
}
