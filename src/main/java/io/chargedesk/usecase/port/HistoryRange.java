package io.chargedesk.usecase.port;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The local days (the site's zone) a history chart covers, both inclusive, and the bays it counts (empty: all bays).
 * At most {@link #MOST_DAYS} days, so a mistyped year never asks for centuries.
 */
public record HistoryRange(LocalDate from, LocalDate to, Set<String> bays) {

    /** Twenty years: more than any site keeps. */
    public static final long MOST_DAYS = 20 * 366;

    public HistoryRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from
                    + "): choose an end date on or after the start date.");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MOST_DAYS) {
            throw new IllegalArgumentException("The range from " + from + " to " + to + " is longer than "
                    + MOST_DAYS + " days: choose a shorter range.");
        }
        bays = Set.copyOf(bays);
    }

    /** All bays. */
    public static HistoryRange of(LocalDate from, LocalDate to) {
        return new HistoryRange(from, to, Set.of());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean allBays() {
        return bays.isEmpty();
    }

    /** The same bays over the days just before this range, as many as it has: "the previous period". */
    public HistoryRange previousPeriod() {
        return new HistoryRange(from.minusDays(days()), from.minusDays(1), bays);
    }

    /** The same bays and calendar days one year earlier (29 February becomes 28 February). */
    public HistoryRange sameTimeLastYear() {
        return new HistoryRange(from.minusYears(1), to.minusYears(1), bays);
    }

    /** The part of this range within {@code recorded}, if they overlap: the days averages are taken over. */
    public Optional<HistoryRange> within(HistoryFacts.RecordedDays recorded) {
        LocalDate start = from.isAfter(recorded.first()) ? from : recorded.first();
        LocalDate end = to.isBefore(recorded.last()) ? to : recorded.last();
        return end.isBefore(start) ? Optional.empty()
                : Optional.of(new HistoryRange(start, end, bays));
    }
}
