package io.chargedesk.tariff;

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
        String t = text.trim().toLowerCase(Locale.ROOT).replace('–', '-');
        if (t.equals("daily") || t.equals("all")) {
            return Optional.of(EnumSet.allOf(DayOfWeek.class));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : t.split(",")) {
            String[] range = item.trim().split("-");
            Optional<DayOfWeek> first = day(range[0]);
            Optional<DayOfWeek> last = range.length == 2 ? day(range[1]) : first;
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

    private static Optional<DayOfWeek> day(String text) {
        String t = text.trim();
        if (t.length() < 3) {
            return Optional.empty();
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** "Mon–Fri", "Sat,Sun", "Mon,Wed–Fri": runs of three or more days as ranges. */
    public static String format(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(shortName(sorted.get(i)) + "–" + shortName(sorted.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(shortName(sorted.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(",", parts);
    }

    static String shortName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
