package io.chargedesk.text;

import java.util.Locale;

/**
 * The language the console speaks, as chosen in Settings. The choice is kept per PC; the locale it gives also sets
 * how numbers and dates are written and on which day a week starts.
 */
public enum Language {
    /** The PC's language when there is a bundle for it, else English. */
    SYSTEM,
    ENGLISH,
    GERMAN;

    /** The locale to speak on a PC whose own locale is {@code os}. */
    public Locale locale(Locale os) {
        return switch (this) {
            case ENGLISH -> Locale.UK;
            case GERMAN -> Locale.GERMANY;
            case SYSTEM -> os.getLanguage().equals("de") || os.getLanguage().equals("en") ? os
                    : ENGLISH.locale(os);
        };
    }

    /** The stored name of a choice; an unknown or missing one is {@link #SYSTEM}. */
    public static Language named(String name) {
        for (Language l : values()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return SYSTEM;
    }
}
