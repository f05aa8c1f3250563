package io.chargedesk.ui.history;

import io.chargedesk.history.HistoryReport;
import io.chargedesk.units.Energy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Charts for managers: energy and sessions per day, load by hour of day, utilisation per bay; findings. */
public final class HistoryView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final HistoryViewModel model;
    private final BarChart<String, Number> energy = chart("Energy per day", "kWh");
    private final BarChart<String, Number> sessions = chart("Sessions per day", "sessions");
    private final BarChart<String, Number> load = chart("Average load by hour of day", "kW");
    private final BarChart<String, Number> utilisation = chart("Utilisation per bay", "% of time charging");
    private final ScrollPane root;

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.setVgap(12);
        charts.add(energy, 0, 0);
        charts.add(sessions, 1, 0);
        charts.add(load, 0, 1);
        charts.add(utilisation, 1, 1);
        ListView<String> insights = new ListView<>(model.insights());
        insights.setPrefHeight(120);
        insights.setId("history-insights");
        ListView<String> anomalies = new ListView<>(model.anomalyLines());
        anomalies.setPrefHeight(120);
        Label findings = new Label("Findings");
        findings.getStyleClass().add("section-title");
        Label anomalyTitle = new Label("Site anomalies");
        anomalyTitle.getStyleClass().add("section-title");
        VBox content = new VBox(10, toolbar(), charts, findings, insights, anomalyTitle, anomalies);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("history-view");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        model.reportProperty().addListener((o, was, now) -> show(now));
    }

    public Parent node() {
        return root;
    }

    private HBox toolbar() {
        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(model.toProperty());
        Button show = new Button("_Show");
        show.setOnAction(e -> model.refresh());
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("history-summary");
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(8, new Label("From"), from, new Label("to"), to, show, summary, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar");
        bar.setPadding(new Insets(6));
        return bar;
    }

    private static BarChart<String, Number> chart(String title, String unit) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(unit);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(620, 300);
        chart.setBarGap(1);
        chart.setCategoryGap(4);
        return chart;
    }

    private void show(HistoryReport r) {
        XYChart.Series<String, Number> e = new XYChart.Series<>();
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (Map.Entry<LocalDate, Energy> day : r.energyPerDay().entrySet()) {
            String label = DAY.format(day.getKey());
            e.getData().add(new XYChart.Data<>(label, day.getValue().kilowattHours()));
            s.getData().add(new XYChart.Data<>(label, r.sessionsPerDay().get(day.getKey())));
        }
        XYChart.Series<String, Number> l = new XYChart.Series<>();
        for (int h = 0; h < 24; h++) {
            l.getData().add(new XYChart.Data<>(String.format("%02d", h), r.loadByHour().get(h).kilowatts()));
        }
        XYChart.Series<String, Number> u = new XYChart.Series<>();
        for (Map.Entry<String, BigDecimal> bay : r.utilisation().entrySet()) {
            u.getData().add(new XYChart.Data<>(bay.getKey(), bay.getValue().movePointRight(2)));
        }
        energy.getData().setAll(e);
        sessions.getData().setAll(s);
        load.getData().setAll(l);
        utilisation.getData().setAll(u);
    }
}
