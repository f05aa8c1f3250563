package io.chargedesk.text;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How times and durations read, on screen and on receipts: site-local, 24-hour, seconds only where they matter.
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
}
