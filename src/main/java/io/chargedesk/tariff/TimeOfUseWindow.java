package io.chargedesk.tariff;

import io.chargedesk.text.Reason;
import io.chargedesk.units.Money;
import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One time-of-use price: energy used on {@code days} from {@code from} until {@code to}, site local time, costs
 * {@code perKwh}. A window whose end is not after its start runs past midnight into the next day (22:00–06:00);
 * an end of 00:00 means midnight. Times are whole minutes.
 */
public record TimeOfUseWindow(String name, Set<DayOfWeek> days, LocalTime from, LocalTime to, Money perKwh) {

    /** How the end of the day is written: a window "to 24:00" runs to midnight. */
    private static final String END_OF_DAY = "24:00";
    static final int MINUTES_PER_DAY = 24 * 60;
    static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

    public TimeOfUseWindow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(perKwh, "perKwh");
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        List<String> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add("a time-of-use window has no name");
        }
        if (days.isEmpty()) {
            problems.add("window " + name + " has no days");
        }
        if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
            problems.add("window " + name + " must start and end on whole minutes");
        }
        if (from.equals(to) && !from.equals(LocalTime.MIDNIGHT)) {
            problems.add("window " + name + " starts and ends at " + from + "; give 00:00–24:00 for a whole day");
        }
        if (perKwh.isNegative()) {
            problems.add("window " + name + " price " + perKwh.amount().toPlainString()
                    + " is negative; prices must be 0 or more");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** A time of day as a tariff gives it: "08:00", "8:00", or "24:00" for the end of the day. */
    public static Optional<LocalTime> parseClock(String text) {
        String t = text.strip();
        if (t.equals(END_OF_DAY)) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        try {
            return Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A window's end as written: "24:00" for midnight, the end of the day; "20:00" for 20:00. */
    public static String formatEnd(LocalTime to) {
        return to.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : to.toString();
    }

    /** The window's stretches as minutes of the week, Monday 00:00 = 0, each {@code [start, end)}. */
    List<int[]> minutesOfWeek() {
        int start = from.getHour() * 60 + from.getMinute();
        int end = to.getHour() * 60 + to.getMinute();
        int length = end > start ? end - start : MINUTES_PER_DAY - start + end;
        List<int[]> out = new ArrayList<>();
        for (DayOfWeek d : days.stream().sorted().toList()) {
            int s = (d.getValue() - 1) * MINUTES_PER_DAY + start;
            int e = s + length;
            if (e <= MINUTES_PER_WEEK) {
                out.add(new int[] {s, e});
            } else {
                out.add(new int[] {s, MINUTES_PER_WEEK});
                out.add(new int[] {0, e - MINUTES_PER_WEEK});
            }
        }
        return out;
    }

    /** "Mon–Fri 08:00–20:00". */
    /** As {@link #describe()}, as a reason worded in the reader's language. */
    Reason described() {
        return Reason.of(WeekReason.WINDOW, name, Days.reason(days), from.toString(), formatEnd(to));
    }

    public String describe() {
        return Days.format(days) + " " + from + "–" + formatEnd(to);
    }
}
