package io.chargedesk.site;

import io.chargedesk.text.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The language a site's receipts, credit notes and Excel exports are written in by default: one that has a text
 * bundle (English, or a {@code messages_<language>.properties} beside it), named by its ISO 639 code ({@code de}).
 */
public final class SiteLanguage {

    /** What a site without {@code language:} uses, and what documents issued before languages existed are in. */
    public static final Locale DEFAULT = Locale.ENGLISH;

    /** Longer than any ISO 639 code: what is longer is a typo, refused before it is looked up. */
    private static final int LONGEST = 8;

    private SiteLanguage() {
    }

    /** Every language ChargeDesk has texts in, English first: what a receipt can be issued in. */
    public static List<Locale> all() {
        return Stream.concat(Stream.of(DEFAULT.getLanguage()), Arrays.stream(Locale.getISOLanguages()).sorted()
                .filter(c -> !c.equals(DEFAULT.getLanguage()) && Messages.hasLanguage(c)))
                .map(Locale::forLanguageTag).toList();
    }

    /** The language {@code code} names, if ChargeDesk has its texts: "de", "EN" (case does not matter). */
    public static Optional<Locale> of(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty() || c.length() > LONGEST || !c.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
            return Optional.empty();
        }
        return Messages.hasLanguage(c) ? Optional.of(Locale.forLanguageTag(c)) : Optional.empty();
    }
}
