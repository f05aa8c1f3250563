package io.chargedesk.tariff;

import io.chargedesk.text.Messages;
import io.chargedesk.text.Reason;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Weekdays as people write them in a tariff: "mon-fri", "sat,sun", "daily". */
public final class Days {

    private Days() {
    }

    /** The days {@code text} names, or empty when it is not a list of days and day ranges. */
    public static Optional<Set<DayOfWeek>> parse(String text) {
        return parse(text, Locale.ROOT);
    }

    /**
     * As {@link #parse(String)}, also in the day names of {@code locale} as a person of it writes them ("Mo–Fr",
     * "Sa,So", "täglich" in German).
     */
    public static Optional<Set<DayOfWeek>> parse(String text, Locale locale) {
        String t = text.trim().toLowerCase(locale).replace('–', '-').replace(".", "");
        if (t.equals("daily") || t.equals("all") || t.equals(daily(locale).toLowerCase(locale))) {
            return Optional.of(EnumSet.allOf(DayOfWeek.class));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : t.split(",")) {
            String[] range = item.trim().split("-");
            Optional<DayOfWeek> first = day(range[0], locale);
            Optional<DayOfWeek> last = range.length == 2 ? day(range[1], locale) : first;
            if (range.length > 2 || first.isEmpty() || last.isEmpty()) {
                return Optional.empty();
            }
            for (DayOfWeek d = first.get(); ; d = d.plus(1)) {
                days.add(d);
                if (d == last.get()) {
                    break;
                }
            }
        }
        return Optional.of(days);
    }

    private static Optional<DayOfWeek> day(String text, Locale locale) {
        String t = text.trim();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(t)
                    || !locale.equals(Locale.ROOT) && (t.equals(shortName(d, locale).toLowerCase(locale))
                    || t.length() >= 2 && d.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale).startsWith(t))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Every day of the week, as {@code locale}'s bundle says it: "daily", "täglich". */
    public static String daily(Locale locale) {
        return Messages.of(locale).get("input.days.daily");
    }

    /** "Mon–Fri", "Sat,Sun", "Mon,Wed–Fri": runs of three or more days as ranges. */
    public static String format(Set<DayOfWeek> days) {
        return format(days, Locale.ENGLISH);
    }

    /** As {@link #format(Set)} in {@code locale}'s day names: "Mo–Fr", "Sa,So" in German. */
    public static String format(Set<DayOfWeek> days, Locale locale) {
        return String.join(",", runs(days).stream().map(run -> run.length == 2
                ? shortName(run[0], locale) + "–" + shortName(run[1], locale) : shortName(run[0], locale)).toList());
    }

    /** As {@link #format(Set)}, as a reason worded in the reader's language. */
    static Reason reason(Set<DayOfWeek> days) {
        Reason listed = null;
        for (DayOfWeek[] run : runs(days)) {
            Reason part = run.length == 2 ? Reason.of(WeekReason.DAY_RANGE, Reason.of(WeekReason.day(run[0])),
                    Reason.of(WeekReason.day(run[1]))) : Reason.of(WeekReason.day(run[0]));
            listed = listed == null ? part : Reason.of(WeekReason.DAY_LIST, listed, part);
        }
        return listed;
    }

    /** The days in order: three or more in a row as their first and last, every other day on its own. */
    private static List<DayOfWeek[]> runs(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        List<DayOfWeek[]> runs = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
                j++;
            }
            if (j - i >= 2) {
                runs.add(new DayOfWeek[] {sorted.get(i), sorted.get(j)});
            } else {
                for (int k = i; k <= j; k++) {
                    runs.add(new DayOfWeek[] {sorted.get(k)});
                }
            }
            i = j + 1;
        }
        return runs;
    }

    // German writes "Mo." in dates; in a list of days people leave the point out.
    static String shortName(DayOfWeek d, Locale locale) {
        return d.getDisplayName(TextStyle.SHORT, locale).replace(".", "");
    }
}
