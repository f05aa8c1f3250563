package io.chargedesk.ui.sessions;

import io.chargedesk.billing.Quote;
import io.chargedesk.export.SessionExport;
import io.chargedesk.receipt.Layout;
import io.chargedesk.session.Anomaly;
import io.chargedesk.text.Formats;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.shell.TextColumns;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The recorded sessions: filter, sort, totals, and a receipt for the selected one. */
public final class SessionsView {

    private final SessionsViewModel model;
    private final Consumer<Path> openPdf;
    private final BorderPane root = new BorderPane();

    public SessionsView(SessionsViewModel model, Consumer<Path> openPdf) {
        this.model = model;
        this.openPdf = openPdf;
        root.setTop(toolbar());
        SplitPane split = new SplitPane(table(), new SessionDetailView(model).node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setCenter(split);
        root.setBottom(statusBar());
        root.getStyleClass().add("sessions-view");
        root.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.issueReceipt(openPdf);
            }
        });
    }

    public Parent node() {
        return root;
    }

    private FlowPane toolbar() {
        DatePicker from = new DatePicker();
        from.setPromptText("From");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText("To");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<String> bay = new ComboBox<>(model.bays());
        bay.valueProperty().bindBidirectional(model.bayProperty());
        TextField customer = new TextField();
        customer.setPromptText("Customer or plate");
        customer.setPrefColumnCount(12);
        customer.textProperty().bindBidirectional(model.customerProperty());
        ComboBox<SessionsViewModel.StatusChoice> status =
                new ComboBox<>(FXCollections.observableArrayList(SessionsViewModel.StatusChoice.values()));
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<String> anomaly = new ComboBox<>(model.anomalyChoices());
        anomaly.valueProperty().bindBidirectional(model.anomalyProperty());
        Button apply = new Button("_Show");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> model.refresh());
        CheckBox excel = new CheckBox("for E_xcel");
        excel.setSelected(true);
        excel.setTooltip(new Tooltip(Messages.of(Locale.getDefault()).get("export.excel.tooltip")));
        Button csv = new Button("Export _CSV…");
        csv.setOnAction(e -> export(SessionExport.Format.CSV, excel.isSelected()));
        csv.disableProperty().bind(model.busyProperty());
        Button json = new Button("Export _JSON…");
        json.setOnAction(e -> export(SessionExport.Format.JSON, false));
        json.disableProperty().bind(model.busyProperty());
        Button receipt = new Button("_Receipt…");
        receipt.setId("receipt-button");
        receipt.setTooltip(new Tooltip("Issue the selected session's receipt as PDF (Ctrl+P)"));
        receipt.disableProperty().bind(model.receiptPossibleProperty().not());
        receipt.setOnAction(e -> model.issueReceipt(openPdf));
        ComboBox<Layout> paper = new ComboBox<>(FXCollections.observableArrayList(Layout.values()));
        paper.valueProperty().bindBidirectional(model.layoutProperty());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(Layout layout) {
                return layout == Layout.ROLL ? "80 mm roll" : "A4";
            }

            @Override
            public Layout fromString(String text) {
                return text.startsWith("80") ? Layout.ROLL : Layout.A4;
            }
        });
        paper.setTooltip(new Tooltip("The paper receipts and credit notes are laid out for"));
        Button saveAs = new Button("Save _as PDF…");
        saveAs.setTooltip(new Tooltip("Issue the selected session's receipt (or a copy) and save it where you choose"));
        saveAs.disableProperty().bind(model.receiptPossibleProperty().not());
        saveAs.setOnAction(e -> saveSelected("Save the receipt as PDF", "PDF files", "receipt", "pdf",
                model::saveReceiptAs));
        Button evidence = new Button("E_vidence…");
        evidence.setTooltip(new Tooltip("Save the selected session's evidence for a customer: readings, tariff, and "
                + "the text whose SHA-256 the receipt prints"));
        evidence.disableProperty().bind(model.receiptPossibleProperty().not());
        evidence.setOnAction(e -> saveSelected("Save the session's evidence", "Text files", "evidence", "txt",
                model::saveEvidenceAs));
        Button print = new Button("Pr_int…");
        print.setTooltip(new Tooltip("Print the selected session's receipt (issued now, or a copy)"));
        print.disableProperty().bind(model.receiptPossibleProperty().not());
        print.setOnAction(e -> model.printReceipt());
        Button credit = new Button("Credit _note…");
        credit.setTooltip(new Tooltip("Cancel the selected session's receipt with a credit note"));
        credit.disableProperty().bind(model.receiptPossibleProperty().not());
        credit.setOnAction(e -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Cancel this session's receipt with a credit "
                    + "note? Both stay on record; this cannot be undone.", ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText("Issue a credit note");
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.creditReceipt(openPdf));
        });
        Button batch = new Button("Export _receipts…");
        batch.setTooltip(new Tooltip("Issue or copy the receipt of every closed session listed, into a folder"));
        batch.disableProperty().bind(model.busyProperty());
        batch.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the receipts");
            File folder = chooser.showDialog(root.getScene().getWindow());
            if (folder != null) {
                model.exportReceipts(folder.toPath(), question -> {
                    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK,
                            ButtonType.CANCEL);
                    confirm.setHeaderText("Issue new receipts?");
                    return confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
                });
            }
        });
        FlowPane bar = new FlowPane(8, 6, new Label("From"), from, new Label("to"), to, bay, customer, status, anomaly,
                apply, excel, csv, json, batch, paper, receipt, saveAs, print, credit, evidence);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    /** Asks where to save something of the selected session, named after it, and hands the place to {@code save}. */
    private void saveSelected(String title, String kind, String prefix, String ext, Consumer<Path> save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + ext));
        chooser.setInitialFileName(prefix + "-" + model.selectedProperty().get().session().id().toString()
                .substring(0, 8) + "." + ext);
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            save.accept(file.toPath());
        }
    }

    private void export(SessionExport.Format format, boolean excel) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export sessions");
        String ext = format == SessionExport.Format.CSV ? "csv" : "json";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase() + " files", "*." + ext));
        chooser.setInitialFileName("sessions." + ext);
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            // For the Excel of the console's language, which the user's Excel most likely is.
            model.export(file.toPath(), format, excel ? Optional.of(Locale.getDefault()) : Optional.empty());
        }
    }

    private TableView<SessionItem> table() {
        TableView<SessionItem> table = new TableView<>(model.items());
        table.setId("sessions-table");
        table.setPlaceholder(new Label("No sessions recorded in this range yet."));
        table.getColumns().add(TextColumns.of("Bay", s -> s.session().bayId(), 60));
        table.getColumns().add(TextColumns.of("Start", s -> Formats.dateTime(s.session().start(), model.zone()), 140));
        table.getColumns().add(TextColumns.of("End", s -> s.session().end().map(e -> Formats.dateTime(e, model.zone()))
                .orElse("open"), 140));
        table.getColumns().add(numeric("Duration", SessionItem::duration, Formats::elapsed, 80));
        table.getColumns().add(numeric("Energy kWh", s -> s.session().energy().kilowattHours(),
                BigDecimal::toPlainString, 95));
        table.getColumns().add(numeric("Peak kW", s -> s.session().peakPower().kilowatts(), BigDecimal::toPlainString,
                75));
        table.getColumns().add(numeric("Cost", s -> s.quote().map(Quote::total).map(m -> m.rounded().amount())
                .orElse(null), BigDecimal::toPlainString, 80));
        table.getColumns().add(TextColumns.of("Customer", s -> s.session().customer().name(), 120));
        table.getColumns().add(TextColumns.of("Anomalies", s -> s.session().anomalies().stream().map(Anomaly::code)
                .map(c -> c.code()).distinct().collect(Collectors.joining(", ")), 160));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        table.getColumns().add(TextColumns.of("Status", s -> s.session().isOpen() ? "open" : "closed", 60));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }


    /** A right-aligned column that sorts by value, not by its text. */
    private static <T extends Comparable<T>> TableColumn<SessionItem, T> numeric(
            String title, Function<SessionItem, T> value, Function<T, String> text, double width) {
        TableColumn<SessionItem, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.getStyleClass().add("numeric");
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : text.apply(item));
            }
        });
        return c;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.textProperty().bind(Bindings.concat(model.totalsProperty(), "    ", model.messageProperty()));
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        HBox line = new HBox(8, status, progress);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(6, 8, 6, 8));
        line.getStyleClass().add("status-line");
        return line;
    }
}
