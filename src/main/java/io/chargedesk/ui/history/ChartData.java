package io.chargedesk.ui.history;

import java.util.List;

/**
 * One chart as the screen draws it (labels in the user's locale) and as its CSV export writes it ({@link #table}).
 *
 * @param categories the x axis, one label per point
 * @param money whether values are amounts of the site's currency (the axis shows them as money)
 */
public record ChartData(String id, String title, String yAxis, boolean money, List<String> categories,
                        List<Series> series, ChartTable table) {

    /** A line or a set of bars: one value per category. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** Nothing to draw: no points, or only zeros (a range without sessions still lists its bays). */
    public boolean isEmpty() {
        return series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v == 0);
    }
}
