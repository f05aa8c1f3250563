package io.chargedesk.tariff;

import io.chargedesk.text.Reason;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A week of time-of-use energy prices: every minute of the week in exactly one window, in the site's local time,
 * so that DST days (23 and 25 hours) are priced by the clock on the wall.
 */
public final class TimeOfUse {

    private final List<TimeOfUseWindow> windows;
    /** The window of each minute of the week. */
    private final TimeOfUseWindow[] byMinute = new TimeOfUseWindow[TimeOfUseWindow.MINUTES_PER_WEEK];

    private TimeOfUse(List<TimeOfUseWindow> windows) {
        this.windows = List.copyOf(windows);
        for (TimeOfUseWindow w : windows) {
            for (int[] stretch : w.minutesOfWeek()) {
                for (int m = stretch[0]; m < stretch[1]; m++) {
                    byMinute[m] = w;
                }
            }
        }
    }

    /** The schedule of {@code windows}; throws naming every overlap and every uncovered stretch of the week. */
    public static TimeOfUse of(List<TimeOfUseWindow> windows) {
        List<Reason> problems = problems(windows);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems.stream().map(Reason::toString).toList()));
        }
        return new TimeOfUse(windows);
    }

    /** What is wrong with {@code windows} as a week's schedule: overlaps and uncovered stretches, by name and time. */
    public static List<Reason> problems(List<TimeOfUseWindow> windows) {
        List<Reason> problems = new ArrayList<>();
        if (windows.isEmpty()) {
            problems.add(Reason.of(WeekReason.NO_WINDOWS));
            return problems;
        }
        Map<String, TimeOfUseWindow> byName = new HashMap<>();
        for (TimeOfUseWindow w : windows) {
            TimeOfUseWindow first = byName.putIfAbsent(w.name(), w);
            if (first != null && !first.perKwh().equals(w.perKwh())) {
                problems.add(Reason.of(WeekReason.PRICES_DIFFER, w.name(), first.perKwh().amount(),
                        w.perKwh().amount()));
            }
        }
        TimeOfUseWindow[] owner = new TimeOfUseWindow[TimeOfUseWindow.MINUTES_PER_WEEK];
        for (TimeOfUseWindow w : windows) {
            for (int[] stretch : w.minutesOfWeek()) {
                int m = stretch[0];
                while (m < stretch[1]) {
                    TimeOfUseWindow other = owner[m];
                    if (other == null || other == w) {
                        owner[m++] = w;
                        continue;
                    }
                    int clash = m;
                    while (m < stretch[1] && owner[m] == other) {
                        m++;
                    }
                    problems.add(Reason.of(WeekReason.OVERLAP, other.described(), w.described(), stretch(clash, m)));
                }
            }
        }
        int m = 0;
        while (m < owner.length) {
            if (owner[m] == null) {
                int start = m;
                while (m < owner.length && owner[m] == null) {
                    m++;
                }
                problems.add(Reason.of(WeekReason.UNCOVERED, stretch(start, m)));
            } else {
                m++;
            }
        }
        return problems;
    }

    /** "Mon 20:00–24:00", or "Sat 00:00 – Mon 08:00" across days. */
    private static Reason stretch(int start, int end) {
        Reason d1 = Reason.of(WeekReason.day(DayOfWeek.of(start / TimeOfUseWindow.MINUTES_PER_DAY + 1)));
        Reason d2 = Reason.of(WeekReason.day(DayOfWeek.of((end - 1) / TimeOfUseWindow.MINUTES_PER_DAY + 1)));
        String t1 = clock(start % TimeOfUseWindow.MINUTES_PER_DAY).toString();
        String t2 = TimeOfUseWindow.formatEnd(clock(end % TimeOfUseWindow.MINUTES_PER_DAY));
        return d1.equals(d2) ? Reason.of(WeekReason.STRETCH, d1, t1, t2)
                : Reason.of(WeekReason.STRETCH_ACROSS, d1, t1, d2, t2);
    }

    private static LocalTime clock(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    public List<TimeOfUseWindow> windows() {
        return windows;
    }

    /** The window in force at {@code at} on the site's clock. */
    public TimeOfUseWindow at(Instant at, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        int minute = (local.getDayOfWeek().getValue() - 1) * TimeOfUseWindow.MINUTES_PER_DAY
                + local.getHour() * 60 + local.getMinute();
        return byMinute[minute];
    }

    /**
     * Splits {@code [start, end]} where the window changes: each part in one window, in order, neighbours of one
     * window name merged. The changes are found where a window starts or ends on the wall clock
     * and where the clock itself jumps (DST).
     */
    public List<Part> split(Instant start, Instant end, ZoneId zone) {
        TreeSet<Instant> cuts = new TreeSet<>();
        LocalDate last = LocalDate.ofInstant(end, zone).plusDays(1);
        for (LocalDate d = LocalDate.ofInstant(start, zone).minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            for (TimeOfUseWindow w : windows) {
                for (LocalTime t : List.of(w.from(), w.to())) {
                    ZonedDateTime z = ZonedDateTime.ofLocal(d.atTime(t), zone, null);
                    cuts.add(z.withEarlierOffsetAtOverlap().toInstant());
                    cuts.add(z.withLaterOffsetAtOverlap().toInstant());
                }
            }
        }
        Instant t = start;
        ZoneOffsetTransition jump;
        while ((jump = zone.getRules().nextTransition(t)) != null && jump.getInstant().isBefore(end)) {
            cuts.add(jump.getInstant());
            t = jump.getInstant();
        }
        List<Part> parts = new ArrayList<>();
        Instant from = start;
        for (Instant cut : cuts.subSet(start, false, end, false)) {
            addPart(parts, from, cut, at(from, zone));
            from = cut;
        }
        addPart(parts, from, end, at(from, zone));
        return parts;
    }

    private static void addPart(List<Part> parts, Instant from, Instant to, TimeOfUseWindow window) {
        Optional<Part> previous = parts.isEmpty() ? Optional.empty() : Optional.of(parts.get(parts.size() - 1));
        if (previous.isPresent() && previous.get().window().name().equals(window.name())) {
            parts.set(parts.size() - 1, new Part(previous.get().from(), to, window));
        } else {
            parts.add(new Part(from, to, window));
        }
    }

    /** A stretch of a session inside one window. */
    public record Part(Instant from, Instant to, TimeOfUseWindow window) {}

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeOfUse other && other.windows.equals(windows);
    }

    @Override
    public int hashCode() {
        return windows.hashCode();
    }

    @Override
    public String toString() {
        return "TimeOfUse" + windows;
    }
}
