package io.chargedesk.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decimals as a person writes them: "0.49", "100", "7.7", never "0.490000", "1E+2" or "4.9E-1"; and as a person of a
 * locale types and reads them: "0,49" and "1.234,5" in German, "0.49" and "1,234.5" in English. {@link Locale#ROOT}
 * is the machine form files use (a decimal point, no grouping).
 */
public final class Decimals {

    private Decimals() {
    }

    /** {@code d} without trailing zeros and with no negative scale, so it prints plainly and compares by value. */
    public static BigDecimal plain(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String text(BigDecimal d) {
        return plain(d).toPlainString();
    }

    /** {@code d} as {@code locale} writes it, every decimal place kept: "1.234,5" in German. */
    public static String format(BigDecimal d, Locale locale) {
        return fixed(plain(d), locale);
    }

    /** {@code d} as {@code locale} writes it with exactly its scale's decimal places: "184,210" kWh in German. */
    public static String fixed(BigDecimal d, Locale locale) {
        if (locale.equals(Locale.ROOT)) {
            return d.toPlainString();
        }
        DecimalFormat f = new DecimalFormat("#,##0", symbols(locale));
        f.setMinimumFractionDigits(Math.max(0, d.scale()));
        f.setMaximumFractionDigits(Math.max(0, d.scale()));
        return f.format(d);
    }

    /** How a number looks in {@code locale}, for messages that say what to type: "0,49" in German. */
    public static String example(Locale locale) {
        return format(new BigDecimal("0.49"), locale);
    }

    /** {@code d} with {@code locale}'s decimal separator and no grouping, as a range's ends read in a sentence. */
    public static String ungrouped(BigDecimal d, Locale locale) {
        return locale.equals(Locale.ROOT) ? text(d)
                : text(d).replace('.', symbols(locale).getDecimalSeparator());
    }

    /**
     * The number {@code text} is in {@code locale}: digits with its decimal separator and, between groups of three,
     * its grouping separator; empty for anything else ("1,2,3", "12abc", "0.49" in German), so nothing is misread.
     */
    public static Optional<BigDecimal> read(String text, Locale locale) {
        String t = text.strip();
        if (locale.equals(Locale.ROOT)) {
            try {
                return Optional.of(new BigDecimal(t));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        DecimalFormatSymbols s = symbols(locale);
        // French and Swiss groups are set apart by a (narrow) no-break space, which people type as a plain space.
        String group = Character.isSpaceChar(s.getGroupingSeparator())
                ? "[ \u00a0\u202f]" : Pattern.quote(String.valueOf(s.getGroupingSeparator()));
        Pattern form = Pattern.compile("([-+]?)([0-9]+|[0-9]{1,3}(?:" + group + "[0-9]{3})+)(?:"
                + Pattern.quote(String.valueOf(s.getDecimalSeparator())) + "([0-9]+))?");
        var m = form.matcher(t);
        if (t.length() > 200 || !m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(2).replaceAll("[^0-9]", "");
        return Optional.of(new BigDecimal(m.group(1) + digits + (m.group(3) == null ? "" : "." + m.group(3))));
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(locale);
        // What is typed and stored is ASCII digits, also where the locale's own digits differ.
        s.setZeroDigit('0');
        s.setMinusSign('-');
        return s;
    }
}
