package io.chargedesk.ui.history;

import io.chargedesk.usecase.port.HistoryRange;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The ranges a manager picks most, each ending today at the latest; CUSTOM keeps the days chosen by hand. */
public enum RangePreset {
    LAST_7_DAYS, LAST_30_DAYS, LAST_90_DAYS, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR, ALL, CUSTOM;

    /**
     * The days of this preset seen from {@code today}; empty for CUSTOM.
     *
     * @param firstRecord the first day with any record; ALL starts there (or today when nothing is recorded)
     */
    public Optional<HistoryRange> range(LocalDate today, Optional<LocalDate> firstRecord) {
        return Optional.ofNullable(switch (this) {
            case LAST_7_DAYS -> HistoryRange.of(today.minusDays(6), today);
            case LAST_30_DAYS -> HistoryRange.of(today.minusDays(29), today);
            case LAST_90_DAYS -> HistoryRange.of(today.minusDays(89), today);
            case THIS_MONTH -> HistoryRange.of(today.withDayOfMonth(1), today);
            case LAST_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield HistoryRange.of(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case THIS_YEAR -> HistoryRange.of(today.withDayOfYear(1), today);
            case LAST_YEAR -> {
                LocalDate first = today.withDayOfYear(1).minusYears(1);
                yield HistoryRange.of(first, first.with(TemporalAdjusters.lastDayOfYear()));
            }
            case ALL -> HistoryRange.of(firstRecord.filter(d -> !d.isAfter(today)).orElse(today), today);
            case CUSTOM -> null;
        });
    }

    /** The bundle key of its name: {@code history.preset.last_7_days}. */
    public String key() {
        return "history.preset." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
