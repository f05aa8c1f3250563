package io.chargedesk.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How times read on screen: site-local, 24-hour, seconds only where they matter. Durations read as
 * {@link io.chargedesk.text.Elapsed} writes them.
 */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Formats() {
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    public static String timeWithSeconds(Instant instant, ZoneId zone) {
        return DATE_TIME_SECONDS.format(instant.atZone(zone));
    }
}
