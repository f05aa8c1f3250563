package io.chargedesk.ui.history;

import io.chargedesk.usecase.port.HistoryRange;

/** What the trend charts draw as their comparison line. */
public enum Comparison {
    PREVIOUS_PERIOD("history.compare.previous", "history.series.previous"),
    SAME_PERIOD_LAST_YEAR("history.compare.lastYear", "history.series.lastYear");

    private final String key;
    private final String seriesKey;

    Comparison(String key, String seriesKey) {
        this.key = key;
        this.seriesKey = seriesKey;
    }

    public HistoryRange of(HistoryRange range) {
        return this == PREVIOUS_PERIOD ? range.previousPeriod() : range.sameTimeLastYear();
    }

    /** Its name in the choice. */
    public String key() {
        return key;
    }

    /** Its line's name in a chart's legend. */
    public String seriesKey() {
        return seriesKey;
    }
}
