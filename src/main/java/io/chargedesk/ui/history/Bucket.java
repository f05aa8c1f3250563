package io.chargedesk.ui.history;

import io.chargedesk.usecase.port.HistoryFacts.Period;
import io.chargedesk.usecase.port.HistoryRange;
import java.util.Optional;

/**
 * How the energy, sessions and revenue of a range are grouped: a single day by hour of the day (not one huge bar),
 * longer ranges by the store's periods (day, week, month: {@link Period#forDays}).
 */
public enum Bucket {
    HOUR, DAY, WEEK, MONTH;

    public static Bucket forRange(HistoryRange range) {
        return range.days() == 1 ? HOUR : valueOf(Period.forDays(range.days()).name());
    }

    /** The store's period for these bars; empty for hours, which come from the weekday × hour cells. */
    public Optional<Period> period() {
        return this == HOUR ? Optional.empty() : Optional.of(Period.valueOf(name()));
    }

    /** The bundle key of its name, as in "Anomalies per week". */
    public String key() {
        return "history.bucket." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
