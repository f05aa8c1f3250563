package io.chargedesk.tariff;

import io.chargedesk.text.ReasonCode;
import java.time.DayOfWeek;

/**
 * What can be wrong with a time-of-use week as a whole, and the words its reasons are made of: a window, a stretch of
 * the week and days, worded in the reader's language (keys {@code reason.week.*}).
 */
public enum WeekReason implements ReasonCode {
    NO_WINDOWS,
    /** The name, the one price, the other. */
    PRICES_DIFFER,
    /** A window, the other (each a {@link #WINDOW}), the stretch they share. */
    OVERLAP,
    /** The stretch. */
    UNCOVERED,
    /** The name, its days, from, to: "peak (Mon–Fri 08:00–20:00)". */
    WINDOW,
    /** The day, from, to: "Mon 20:00–24:00". */
    STRETCH,
    /** The first day, from, the last day, to: "Sat 00:00 – Mon 08:00". */
    STRETCH_ACROSS,
    /** The first and the last day of three or more in a row. */
    DAY_RANGE,
    /** Days, and the next. */
    DAY_LIST,
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    @Override
    public String family() {
        return "reason.week";
    }

    /** The day's short name. */
    static WeekReason day(DayOfWeek d) {
        return valueOf(d.name());
    }
}
