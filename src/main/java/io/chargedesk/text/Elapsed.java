package io.chargedesk.text;

import java.time.Duration;

/** How long something took, as tiles, lists and receipts show it. */
public final class Elapsed {

    private Elapsed() {
    }

    /** "0:07:05", "12:30:00"; hours grow past 24 for long sessions, and nothing is below zero. */
    public static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
