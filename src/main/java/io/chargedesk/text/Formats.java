package io.chargedesk.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How times and durations read, on screen and on receipts: site-local, 24-hour, seconds only where they matter;
 * with a locale, dates as its bundle writes them ({@code format.date}: "01.11.2026" in German) and read as people of
 * it type them: that form, the locale's short and medium forms, and ISO ("2026-11-01") in every language.
 */
public final class Formats {

    /** "2026-11-25 14:00": how a time is shown, and how the tariff editor takes a start. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    public static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Formats() {
    }

    /** "0:07:05", "12:30:00"; hours grow past 24 for long sessions, and nothing is below zero. */
    public static String elapsed(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    public static String timeWithSeconds(Instant instant, ZoneId zone) {
        return DATE_TIME_SECONDS.format(instant.atZone(zone));
    }

    /** The date form of {@code locale}'s bundle: "2026-11-01" in English, "01.11.2026" in German. */
    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofPattern(Messages.of(locale).get("format.date"), locale);
    }

    /** The date and time form of {@code locale}'s bundle: "01.11.2026 14:00" in German. */
    public static DateTimeFormatter dateTime(Locale locale) {
        Messages m = Messages.of(locale);
        return DateTimeFormatter.ofPattern(m.get("format.date") + " " + m.get("format.time"), locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return date(locale).format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return dateTime(locale).format(instant.atZone(zone));
    }

    public static String timeWithSeconds(Instant instant, ZoneId zone, Locale locale) {
        Messages m = Messages.of(locale);
        return DateTimeFormatter.ofPattern(m.get("format.date") + " " + m.get("format.timeSeconds"), locale)
                .format(instant.atZone(zone));
    }

    /** The date {@code text} is as a person of {@code locale} types it; empty when it is none of the forms. */
    public static Optional<LocalDate> readDate(String text, Locale locale) {
        String t = text.strip();
        for (DateTimeFormatter f : dateForms(locale)) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // the next form may read it
            }
        }
        return Optional.empty();
    }

    /** A date and a time ("01.11.2026 14:00", "2026-11-01 14:00", "2026-11-01T14:00") as {@link #readDate}. */
    public static Optional<LocalDateTime> readDateTime(String text, Locale locale) {
        String t = text.strip().replaceFirst("(?<=[0-9])T(?=[0-9])", " ");
        int space = t.lastIndexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String time = t.substring(space + 1);
        // "1.11.2026, 14:00" is how some locales join them.
        String day = t.substring(0, space).strip().replaceFirst(",$", "");
        Optional<LocalTime> at = readTime(time);
        return at.flatMap(a -> readDate(day, locale).map(d -> d.atTime(a)));
    }

    private static Optional<LocalTime> readTime(String text) {
        for (String pattern : List.of("H:mm", "H:mm:ss")) {
            try {
                return Optional.of(LocalTime.parse(text, DateTimeFormatter.ofPattern(pattern)
                        .withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // the next form may read it
            }
        }
        return Optional.empty();
    }

    private static List<DateTimeFormatter> dateForms(Locale locale) {
        List<DateTimeFormatter> forms = new ArrayList<>();
        // A day and month may be typed with one digit or two, the year always in full: "1.11.2026".
        forms.add(DateTimeFormatter.ofPattern(Messages.of(locale).get("format.date")
                .replace("dd", "d").replace("MM", "M").replace("yyyy", "uuuu"), locale));
        forms.add(DateTimeFormatter.ISO_LOCAL_DATE);
        for (FormatStyle style : List.of(FormatStyle.SHORT, FormatStyle.MEDIUM)) {
            forms.add(DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                    IsoChronology.INSTANCE, locale).replace("y", "u"), locale));
        }
        return forms.stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();
    }
}
