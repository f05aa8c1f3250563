package io.chargedesk.ui.history;

import io.chargedesk.ui.shell.ChoiceNames;
import io.chargedesk.text.Messages;
import java.io.File;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The managers' screen: a tab per question (trend, peak demand, weekly pattern, bays, sessions, anomalies) with the
 * findings beside them, each chart exportable as PNG and CSV and the whole screen as a PDF report. Built for
 * 1920×1080 and still usable at 1280×800: the tabs scroll, the findings panel can be narrowed.
 */
public final class HistoryView {

    private final HistoryViewModel model;
    private final Messages text;
    private final NumberFormat money;
    private final List<ChartCard> cards = new ArrayList<>();
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();

    private final AreaChart<Number, Number> energy = areaChart("chart-energy");
    private final AreaChart<Number, Number> sessions = areaChart("chart-sessions");
    private final AreaChart<Number, Number> revenue = areaChart("chart-revenue");
    private final LineChart<Number, Number> dailyPeaks = lineChart("chart-peaks");
    private final LineChart<Number, Number> monthlyPeaks = lineChart("chart-peaks");
    private final Heatmap load;
    private final Heatmap occupancy;
    private final BarChart<String, Number> bayShares = ChartCard.barChart("chart-bay-share");
    private final BarChart<String, Number> bayEnergy = ChartCard.barChart("chart-single", "chart-energy");
    private final BarChart<String, Number> bayRevenue = ChartCard.barChart("chart-single", "chart-revenue");
    private final BarChart<String, Number> durations = ChartCard.barChart("chart-single", "chart-distribution");
    private final BarChart<String, Number> sessionEnergy = ChartCard.barChart("chart-single", "chart-distribution");
    private final BarChart<String, Number> arrivals = ChartCard.barChart("chart-single", "chart-distribution");
    private final StackedBarChart<String, Number> anomalies = new StackedBarChart<>(new CategoryAxis(),
            new NumberAxis());
    private final ListView<String> topPeaks = new ListView<>();

    private final ChartCard energyCard;
    private final ChartCard sessionsCard;
    private final ChartCard revenueCard;
    private final ChartCard dailyPeaksCard;
    private final ChartCard monthlyPeaksCard;
    private final ChartCard topPeaksCard;
    private final ChartCard loadCard;
    private final ChartCard occupancyCard;
    private final ChartCard bayShareCard;
    private final ChartCard bayEnergyCard;
    private final ChartCard bayRevenueCard;
    private final ChartCard durationCard;
    private final ChartCard sessionEnergyCard;
    private final ChartCard arrivalCard;
    private final ChartCard anomalyCard;

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        this.text = model.text();
        this.money = NumberFormat.getCurrencyInstance(text.locale());
        money.setCurrency(model.site().currency());
        load = new Heatmap("heatmap-load", text.locale());
        occupancy = new Heatmap("heatmap-occupancy", text.locale());
        anomalies.setAnimated(false);
        anomalies.getStyleClass().add("chart-anomalies");
        topPeaks.setId("history-top-peaks");
        topPeaks.getStyleClass().add("history-list");

        energyCard = card("chart-energy", energy);
        sessionsCard = card("chart-sessions", sessions);
        revenueCard = card("chart-revenue", revenue);
        dailyPeaksCard = card("chart-peak-daily", dailyPeaks);
        monthlyPeaksCard = card("chart-peak-monthly", monthlyPeaks);
        topPeaksCard = card("chart-top-peaks", topPeaks);
        loadCard = card("chart-load-heatmap", load.node());
        occupancyCard = card("chart-occupancy-heatmap", occupancy.node());
        bayShareCard = card("chart-bay-share", bayShares);
        bayEnergyCard = card("chart-bay-energy", bayEnergy);
        bayRevenueCard = card("chart-bay-revenue", bayRevenue);
        durationCard = card("chart-duration", durations);
        sessionEnergyCard = card("chart-session-energy", sessionEnergy);
        arrivalCard = card("chart-arrival", arrivals);
        anomalyCard = card("chart-anomalies", anomalies);

        ListView<String> anomalyList = list("history-anomalies", model.anomalyLines());
        anomalyList.setPrefHeight(220);
        tabs.getTabs().setAll(
                tab("trend", grid(energyCard, sessionsCard, revenueCard)),
                tab("peaks", grid(dailyPeaksCard, monthlyPeaksCard, topPeaksCard)),
                tab("patterns", grid(loadCard, occupancyCard)),
                tab("bays", grid(bayShareCard, bayEnergyCard, bayRevenueCard)),
                tab("distributions", grid(durationCard, sessionEnergyCard, arrivalCard)),
                tab("anomalies", column(anomalyCard, anomalyList)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("history-tabs");

        Label findingsTitle = new Label(text.get("history.findings"));
        findingsTitle.getStyleClass().add("section-title");
        ListView<String> findings = list("history-findings", model.findings());
        VBox side = new VBox(8, findingsTitle, findings);
        VBox.setVgrow(findings, Priority.ALWAYS);
        side.setPadding(new Insets(8));
        side.setMinWidth(220);
        SplitPane split = new SplitPane(tabs, side);
        split.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(side, false);

        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setId("history-message");
        message.getStyleClass().add("history-message");
        Label backgroundNote = new Label();
        backgroundNote.setId("history-background-note");
        backgroundNote.getStyleClass().add("history-background-note");
        backgroundNote.textProperty().bind(model.backgroundNoteProperty());
        backgroundNote.visibleProperty().bind(model.backgroundNoteProperty().isNotEmpty());
        backgroundNote.managedProperty().bind(backgroundNote.visibleProperty());
        backgroundNote.setPadding(new Insets(0, 12, 6, 12));
        root.setTop(new VBox(toolbar(), backgroundNote));
        root.setCenter(split);
        root.setBottom(message);
        root.getStyleClass().add("history-view");
        BorderPane.setMargin(message, new Insets(4, 12, 6, 12));
        model.pageProperty().addListener((o, was, now) -> show(now));
        if (model.pageProperty().get() != null) {
            show(model.pageProperty().get());
        }
    }

    public Parent node() {
        return root;
    }

    HistoryViewModel model() {
        return model;
    }

    /** The data of the chart with this id, as its CSV export writes it. */
    ChartTable table(String id) {
        return cards.stream().filter(c -> c.node().getId().equals(id)).findFirst().orElseThrow().table();
    }

    private Node toolbar() {
        ComboBox<RangePreset> preset = new ComboBox<>(FXCollections.observableArrayList(RangePreset.values()));
        preset.setId("history-preset");
        preset.setConverter(ChoiceNames.named(p -> text.get(p.key())));
        preset.valueProperty().bindBidirectional(model.presetProperty());
        DatePicker from = new DatePicker();
        from.setId("history-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(140);
        DatePicker to = new DatePicker();
        to.setId("history-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(140);
        List<String> bayChoices = new ArrayList<>();
        bayChoices.add(null);
        bayChoices.addAll(model.bayIds());
        ComboBox<String> bay = new ComboBox<>(FXCollections.observableArrayList(bayChoices));
        bay.setId("history-bay");
        bay.setConverter(ChoiceNames.named(b -> b, text.get("history.bays.all")));
        // "All bays" is the null item, which the default cells would leave blank.
        bay.setCellFactory(l -> bayCell());
        bay.setButtonCell(bayCell());
        bay.valueProperty().bindBidirectional(model.bayProperty());
        ComboBox<Comparison> compare = new ComboBox<>(FXCollections.observableArrayList(Comparison.values()));
        compare.setId("history-compare");
        compare.setConverter(ChoiceNames.named(c -> text.get(c.key())));
        compare.valueProperty().bindBidirectional(model.compareProperty());
        Button show = new Button(text.get("history.show"));
        show.setOnAction(e -> model.refresh());
        Button pdf = new Button(text.get("history.exportPdf"));
        pdf.setId("history-pdf");
        pdf.setOnAction(e -> exportPdf());
        pdf.disableProperty().bind(model.pageProperty().isNull());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        Label summary = new Label();
        summary.setId("history-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("history-summary");
        FlowPane bar = new FlowPane(8, 6, labelled("history.preset", preset), labelled("history.from", from),
                labelled("history.to", to), labelled("history.bays", bay), labelled("history.compare", compare),
                show, pdf, busy, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar");
        bar.setPadding(new Insets(6, 12, 6, 12));
        return bar;
    }

    private void show(HistoryPage p) {
        HistoryCharts c = model.charts();
        String currency = model.site().currency().getCurrencyCode();
        lines(energyCard, energy, c.energy(p));
        lines(sessionsCard, sessions, c.sessions(p));
        lines(revenueCard, revenue, c.revenue(p, currency));
        lines(dailyPeaksCard, dailyPeaks, c.dailyPeaks(p));
        lines(monthlyPeaksCard, monthlyPeaks, c.monthlyPeaks(p));
        List<String> peakLines = c.topPeakLines(p);
        topPeaks.getItems().setAll(peakLines);
        topPeaksCard.shows(text.get("history.chart.topPeaks"), c.topPeakTable(p), peakLines.isEmpty());
        load.show(HistoryCharts.load(p), v -> String.format(text.locale(), "%.1f kW", v));
        occupancy.show(HistoryCharts.occupancy(p), v -> String.format(text.locale(), "%.0f %%", v));
        ChartTable weekHours = c.weekHourTable(p);
        boolean noWeek = p.weekHours().stream().allMatch(w -> w.averageLoad().watts() == 0
                && w.occupancy().signum() == 0);
        loadCard.shows(text.get("history.chart.loadHeatmap"), weekHours, noWeek);
        occupancyCard.shows(text.get("history.chart.occupancyHeatmap"), weekHours, noWeek);
        bars(bayShareCard, bayShares, c.bayShares(p));
        bars(bayEnergyCard, bayEnergy, c.bayEnergy(p));
        bars(bayRevenueCard, bayRevenue, c.bayRevenue(p, currency));
        bars(durationCard, durations, c.durations(p));
        bars(sessionEnergyCard, sessionEnergy, c.sessionEnergy(p));
        bars(arrivalCard, arrivals, c.arrivals(p));
        bars(anomalyCard, anomalies, c.anomalies(p));
    }

    private void lines(ChartCard card, XYChart<Number, Number> chart, ChartData data) {
        ChartCard.lines(chart, data, money);
        card.shows(data.title(), data.table(), data.isEmpty());
    }

    private void bars(ChartCard card, XYChart<String, Number> chart, ChartData data) {
        ChartCard.bars(chart, data, money);
        card.shows(data.title(), data.table(), data.isEmpty());
    }

    private ChartCard card(String id, Node content) {
        ChartCard card = new ChartCard(id, content, text.get("history.findings.none"), text.get("history.exportPng"),
                text.get("history.exportCsv"), this::exportPng, this::exportCsv);
        cards.add(card);
        return card;
    }

    private void exportPng(ChartCard card) {
        File file = choose(card.table().name() + ".png", "PNG", "*.png");
        if (file != null) {
            PngImages.Pixels pixels = card.snapshot();
            model.save(file.toPath(), pixels::png);
        }
    }

    private void exportCsv(ChartCard card) {
        File file = choose(card.table().name() + ".csv", "CSV", "*.csv");
        if (file != null) {
            ChartTable table = card.table();
            model.save(file.toPath(), table::csv);
        }
    }

    private void exportPdf() {
        File file = choose(model.reportFileName(), "PDF", "*.pdf");
        if (file != null) {
            model.saveReport(file.toPath(), reportCharts());
        }
    }

    /**
     * Every chart as the PDF shows it, snapshotted here on the FX thread. Each tab is shown in turn while its charts
     * are taken (a chart on a tab never opened has no size yet), then the manager's tab again: the report does not
     * depend on which tabs happened to be opened.
     */
    List<HistoryViewModel.ReportChart> reportCharts() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        List<HistoryViewModel.ReportChart> out = new ArrayList<>();
        for (Tab tab : tabs.getTabs()) {
            tabs.getSelectionModel().select(tab);
            root.applyCss();
            root.layout();
            for (ChartCard card : cards) {
                if (isOn(card, tab)) {
                    PngImages.Pixels pixels = card.snapshot();
                    List<String> lines = card == topPeaksCard ? List.copyOf(topPeaks.getItems()) : List.of();
                    out.add(new HistoryViewModel.ReportChart(card.title(), pixels::png, lines));
                }
            }
        }
        tabs.getSelectionModel().select(shown);
        return out;
    }

    private static boolean isOn(ChartCard card, Tab tab) {
        for (Node n = card.node(); n != null; n = n.getParent()) {
            if (n == tab.getContent()) {
                return true;
            }
        }
        return false;
    }

    private File choose(String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(name);
        return chooser.showSaveDialog(root.getScene().getWindow());
    }

    private Tab tab(String key, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(text.get("history.tab." + key), scroll);
        tab.setId("history-tab-" + key);
        return tab;
    }

    /** Two cards a row: at 1920 pixels side by side, each readable; the last one alone spans the row. */
    private static GridPane grid(ChartCard... cards) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(12));
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        for (int i = 0; i < cards.length; i++) {
            VBox node = cards[i].node();
            node.setPrefHeight(360);
            node.setMinHeight(300);
            boolean alone = i == cards.length - 1 && i % 2 == 0;
            grid.add(node, i % 2, i / 2, alone ? 2 : 1, 1);
        }
        return grid;
    }

    private static VBox column(ChartCard card, Node below) {
        card.node().setPrefHeight(360);
        VBox box = new VBox(12, card.node(), below);
        box.setPadding(new Insets(12));
        return box;
    }

    private static ListView<String> list(String id, javafx.collections.ObservableList<String> items) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("history-list");
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : item);
            }
        });
        return list;
    }

    private ListCell<String> bayCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : item == null ? text.get("history.bays.all") : item);
            }
        };
    }

    private VBox labelled(String key, Node control) {
        Label label = new Label(text.get(key));
        label.setLabelFor(control);
        return new VBox(2, label, control);
    }

    private static AreaChart<Number, Number> areaChart(String styleClass) {
        AreaChart<Number, Number> chart = new AreaChart<>(new NumberAxis(), new NumberAxis());
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getStyleClass().addAll("history-chart", "chart-trend", styleClass);
        return chart;
    }

    private static LineChart<Number, Number> lineChart(String styleClass) {
        LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.getStyleClass().addAll("history-chart", styleClass);
        return chart;
    }
}
