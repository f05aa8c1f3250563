package io.chargedesk.text;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text a user reads, in one language: the bundle {@code io/chargedesk/text/messages.properties} (English)
 * and one file beside it per other language ({@code messages_de.properties}); adding a language is adding a file.
 * Keys start with the feature they belong to ({@code dashboard.}, {@code receipt.}, …).
 *
 * <p>Every text goes through {@link MessageFormat}, with or without arguments, so a bundle has one rule for
 * apostrophes ({@code ''}) and numbers in a text are formatted for its locale.
 */
public final class Messages {

    // Without it, asking for English on a German PC would find messages_de before the English base bundle.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Each text parsed once: parsing cost more than formatting when 50 tiles are worded every second. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    private static final String BUNDLE = "io.chargedesk.text.messages";

    /** The texts for {@code locale}; English where its language has no file. */
    public static Messages of(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK),
                locale);
    }

    /** The text for {@code key} with its {0}, {1}, … filled in. A missing key is a programming error. */
    public String get(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, this::parsed);
        // A MessageFormat is not safe for two threads at once, and the screens share their texts with background work.
        synchronized (format) {
            return format.format(args);
        }
    }

    private MessageFormat parsed(String key) {
        try {
            return new MessageFormat(bundle.getString(key), locale);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text '" + key + "' in " + bundle.getBaseBundleName(), e);
        }
    }

    /**
     * {@code reason} in words: numbers as this locale writes them, instants in {@code zone} (the site's). A key this
     * program has no text for (stored by a newer one) is shown with its arguments rather than lost.
     */
    public String reason(Reason reason, ZoneId zone) {
        Object[] args = reason.args().stream().map(a -> shown(a, zone)).toArray();
        return has(reason.key()) ? get(reason.key(), args) : reason.key() + " " + List.of(args);
    }

    /** {@code reason} in words, for one that holds no instant: what is wrong with a typed text. */
    public String reason(Reason reason) {
        return reason(reason, ZoneOffset.UTC);
    }

    /** Several reasons in words, one after the other. */
    public String reasons(List<Reason> reasons, ZoneId zone) {
        return String.join("; ", reasons.stream().map(r -> reason(r, zone)).toList());
    }

    // Every argument goes in as text, so MessageFormat neither re-formats a number nor shows an instant as a Date.
    private String shown(Object arg, ZoneId zone) {
        if (arg instanceof BigDecimal d) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(Math.max(0, d.scale()));
            f.setMaximumFractionDigits(Math.max(0, d.scale()));
            return f.format(d);
        }
        if (arg instanceof Long n) {
            return NumberFormat.getIntegerInstance(locale).format(n);
        }
        if (arg instanceof Instant i) {
            return Formats.dateTime(i, zone, locale);
        }
        return arg instanceof Reason r ? reason(r, zone) : arg.toString();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Locale locale() {
        return locale;
    }

    /** Whether {@code language} (an ISO 639 code, lower case) has its texts: English, or a file of its own. */
    public static boolean hasLanguage(String language) {
        return language.equals(Locale.ENGLISH.getLanguage())
                || Messages.class.getResource("messages_" + language + ".properties") != null;
    }
}
