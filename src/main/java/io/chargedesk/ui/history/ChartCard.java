package io.chargedesk.ui.history;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A chart with its title and its two exports (the picture as PNG, the data as CSV), and a note in place of the
 * chart when the range holds nothing to draw.
 */
final class ChartCard {

    /** Ticks on an x axis of points: about this many labels, so they never overlap at 1280 pixels. */
    private static final int X_LABELS = 12;

    private final VBox root;
    private final Label title = new Label();
    private final Label empty = new Label();
    private final Node content;
    private final HBox buttons;
    private ChartTable table;

    /**
     * @param exportPng asked to save the card's picture
     * @param exportCsv asked to save its data
     */
    ChartCard(String id, Node content, String emptyText, String pngText, String csvText,
              Consumer<ChartCard> exportPng, Consumer<ChartCard> exportCsv) {
        this.content = content;
        title.getStyleClass().add("chart-card-title");
        empty.setText(emptyText);
        empty.getStyleClass().add("chart-card-empty");
        empty.setVisible(false);
        Button png = new Button(pngText);
        png.setId(id + "-png");
        png.setOnAction(e -> exportPng.accept(this));
        Button csv = new Button(csvText);
        csv.setId(id + "-csv");
        csv.setOnAction(e -> exportCsv.accept(this));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        buttons = new HBox(6, png, csv);
        HBox header = new HBox(6, title, spacer, buttons);
        header.setAlignment(Pos.CENTER_LEFT);
        StackPane body = new StackPane(content, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(4, header, body);
        root.getStyleClass().add("chart-card");
        root.setId(id);
    }

    VBox node() {
        return root;
    }

    /** Call on the FX thread: the card's picture, its title and chart without the export buttons. */
    PngImages.Pixels snapshot() {
        buttons.setVisible(false);
        try {
            return PngImages.snapshot(root);
        } finally {
            buttons.setVisible(true);
        }
    }

    String title() {
        return title.getText();
    }

    /** The data the CSV export writes. */
    ChartTable table() {
        return table;
    }

    /** Shows a chart's title and keeps its data for the CSV export; an empty chart says so. */
    void shows(String heading, ChartTable data, boolean isEmpty) {
        title.setText(heading);
        table = data;
        showEmpty(isEmpty);
    }

    private void showEmpty(boolean isEmpty) {
        empty.setVisible(isEmpty);
        content.setOpacity(isEmpty ? 0.35 : 1);
    }

    /** Bars by category: per bay, per bucket of a distribution. */
    static void bars(XYChart<String, Number> chart, ChartData data, NumberFormat money) {
        ((NumberAxis) chart.getYAxis()).setLabel(data.yAxis());
        moneyTicks(chart.getYAxis(), data.money(), money);
        ((CategoryAxis) chart.getXAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(
                data.categories()));
        chart.getData().setAll(data.series().stream().map(s -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (int i = 0; i < s.values().size(); i++) {
                series.getData().add(new XYChart.Data<>(data.categories().get(i), s.values().get(i)));
            }
            return series;
        }).toList());
    }

    /**
     * Lines over the points of a range: x is the point's index, labelled with its category, so that a year of days
     * shows a dozen readable dates instead of 365 overlapping ones.
     */
    static void lines(XYChart<Number, Number> chart, ChartData data, NumberFormat money) {
        ((NumberAxis) chart.getYAxis()).setLabel(data.yAxis());
        moneyTicks(chart.getYAxis(), data.money(), money);
        NumberAxis x = (NumberAxis) chart.getXAxis();
        List<String> labels = data.categories();
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(Math.max(1, labels.size() - 1));
        int unit = (int) Math.max(1, Math.ceil(labels.size() / (double) X_LABELS));
        x.setTickUnit(unit);
        x.setMinorTickVisible(false);
        int last = labels.size() - 1;
        x.setTickLabelFormatter(new StringConverter<>() {
            // The axis also ticks its upper bound, the last point, which may be a day after the last regular tick:
            // the last point keeps its label (where the range ends), and a regular tick closer to it than a unit
            // gives its label up rather than run into it.
            @Override
            public String toString(Number n) {
                int i = (int) Math.round(n.doubleValue());
                boolean labelled = i == last || i % unit == 0 && last - i >= unit;
                return i >= 0 && i <= last && labelled && Math.abs(n.doubleValue() - i) < 1e-6 ? labels.get(i) : "";
            }

            @Override
            public Number fromString(String s) {
                return labels.indexOf(s);
            }
        });
        chart.getData().setAll(data.series().stream().map(s -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (int i = 0; i < s.values().size(); i++) {
                series.getData().add(new XYChart.Data<>(i, s.values().get(i)));
            }
            return series;
        }).toList());
    }

    private static void moneyTicks(Axis<Number> axis, boolean isMoney, NumberFormat money) {
        NumberAxis y = (NumberAxis) axis;
        y.setTickLabelFormatter(isMoney ? new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return money.format(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        } : new NumberAxis.DefaultFormatter(y));
    }

    /** A bar chart without animation (a redraw on every range change would only distract). */
    static BarChart<String, Number> barChart(String... styleClasses) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setAnimated(false);
        chart.setBarGap(2);
        chart.setCategoryGap(8);
        chart.getStyleClass().addAll(styleClasses);
        return chart;
    }
}
