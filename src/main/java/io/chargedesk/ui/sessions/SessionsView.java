package io.chargedesk.ui.sessions;

import static io.chargedesk.ui.shell.ChoiceNames.named;

import io.chargedesk.billing.Quote;
import io.chargedesk.export.SessionExport;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.session.Anomaly;
import io.chargedesk.text.CodeNames;
import io.chargedesk.text.Decimals;
import io.chargedesk.text.Formats;
import io.chargedesk.text.Language;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.shell.DateField;
import io.chargedesk.ui.shell.DialogButtons;
import io.chargedesk.ui.shell.TextColumns;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Locale;
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

/** The recorded sessions: filter, sort, totals, and a receipt for the selected one. */
public final class SessionsView {

    private final SessionsViewModel model;
    private final Consumer<Path> openPdf;
    private final BorderPane root = new BorderPane();
    private final Messages t;
    private final CodeNames names;
    private final Locale locale;

    public SessionsView(SessionsViewModel model, Consumer<Path> openPdf, Messages texts) {
        this.model = model;
        this.openPdf = openPdf;
        this.t = texts;
        this.locale = texts.locale();
        this.names = CodeNames.of(locale);
        root.setTop(toolbar());
        SplitPane split = new SplitPane(table(), new SessionDetailView(model, texts).node());
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
        DateField from = dateField("sessions.filter.fromField");
        from.node().setId("sessions-from");
        from.node().valueProperty().bindBidirectional(model.fromProperty());
        DateField to = dateField("sessions.filter.toField");
        to.node().setId("sessions-to");
        to.node().valueProperty().bindBidirectional(model.toProperty());
        ComboBox<String> bay = new ComboBox<>(model.bays());
        bay.setConverter(named(b -> SessionsViewModel.ALL_BAYS.equals(b) ? t.get("sessions.filter.allBays") : b));
        bay.valueProperty().bindBidirectional(model.bayProperty());
        TextField customer = new TextField();
        customer.setPromptText(t.get("sessions.filter.customer"));
        customer.setPrefColumnCount(12);
        customer.textProperty().bindBidirectional(model.customerProperty());
        ComboBox<SessionsViewModel.StatusChoice> status =
                new ComboBox<>(FXCollections.observableArrayList(SessionsViewModel.StatusChoice.values()));
        status.setConverter(named(c -> t.get("sessions.status." + c.name().toLowerCase(Locale.ROOT))));
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<String> anomaly = new ComboBox<>(model.anomalyChoices());
        anomaly.setId("sessions-anomaly");
        anomaly.setConverter(named(this::anomalyChoice));
        anomaly.valueProperty().bindBidirectional(model.anomalyProperty());
        Button apply = new Button(t.get("sessions.show"));
        apply.setId("sessions-show");
        apply.setDefaultButton(true);
        // A typed date counts only once read: one that cannot be is said, and the list is not reloaded without it.
        apply.setOnAction(e -> {
            boolean fromRead = from.commit();
            boolean toRead = to.commit();
            if (fromRead && toRead) {
                model.refresh();
            }
        });
        CheckBox excel = new CheckBox(t.get("sessions.excel"));
        excel.setSelected(true);
        excel.setTooltip(new Tooltip(t.get("export.excel.tooltip")));
        Button csv = new Button(t.get("sessions.exportCsv"));
        csv.setOnAction(e -> export(SessionExport.Format.CSV, excel.isSelected()));
        csv.disableProperty().bind(model.busyProperty());
        Button json = new Button(t.get("sessions.exportJson"));
        json.setOnAction(e -> export(SessionExport.Format.JSON, false));
        json.disableProperty().bind(model.busyProperty());
        Button receipt = new Button(t.get("sessions.receipt"));
        receipt.setId("receipt-button");
        receipt.setTooltip(new Tooltip(t.get("sessions.receipt.tip")));
        receipt.disableProperty().bind(model.receiptPossibleProperty().not());
        receipt.setOnAction(e -> model.issueReceipt(openPdf));
        ComboBox<Layout> paper = new ComboBox<>(FXCollections.observableArrayList(Layout.values()));
        paper.valueProperty().bindBidirectional(model.layoutProperty());
        paper.setConverter(named(layout -> t.get(layout == Layout.ROLL ? "sessions.paper.roll" : "sessions.paper.a4")));
        paper.setTooltip(new Tooltip(t.get("sessions.paper.tip")));
        ComboBox<Language> language = receiptLanguage();
        Label languageLabel = new Label(t.get("sessions.language"));
        languageLabel.setLabelFor(language);
        languageLabel.setMnemonicParsing(true);
        Button saveAs = new Button(t.get("sessions.saveAs"));
        saveAs.setTooltip(new Tooltip(t.get("sessions.saveAs.tip")));
        saveAs.disableProperty().bind(model.receiptPossibleProperty().not());
        saveAs.setOnAction(e -> saveSelected(t.get("sessions.saveAs.title"), t.get("sessions.pdfFiles"), "receipt", "pdf",
                model::saveReceiptAs));
        Button evidence = new Button(t.get("sessions.evidence"));
        evidence.setTooltip(new Tooltip(t.get("sessions.evidence.tip")));
        evidence.disableProperty().bind(model.receiptPossibleProperty().not());
        evidence.setOnAction(e -> saveSelected(t.get("sessions.evidence.title"), t.get("sessions.textFiles"), "evidence", "txt",
                model::saveEvidenceAs));
        Button print = new Button(t.get("sessions.print"));
        print.setTooltip(new Tooltip(t.get("sessions.print.tip")));
        print.disableProperty().bind(model.receiptPossibleProperty().not());
        print.setOnAction(e -> model.printReceipt());
        Button credit = new Button(t.get("sessions.credit"));
        credit.setId("credit-button");
        credit.setTooltip(new Tooltip(t.get("sessions.credit.tip")));
        credit.disableProperty().bind(model.receiptPossibleProperty().not());
        credit.setOnAction(e -> {
            if (confirmed(t.get("sessions.credit.question"), t.get("sessions.credit.header"))) {
                model.creditReceipt(openPdf);
            }
        });
        Button correct = new Button(t.get("corrections.button"));
        correct.setId("correct-button");
        correct.setTooltip(new Tooltip(t.get("corrections.button.tip")));
        correct.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().receipt().state() != ReceiptStatus.State.CREDITED,
                model.selectedProperty()));
        correct.setOnAction(e -> {
            SessionItem item = model.selectedProperty().get();
            CorrectionDialog.ask(t, item.receipt().number().orElseThrow(), item.session().customer(),
                            ReceiptFonts::unprintable)
                    .ifPresent(c -> model.correctReceipt(c, openPdf));
        });
        Button batch = new Button(t.get("sessions.exportReceipts"));
        batch.setTooltip(new Tooltip(t.get("sessions.exportReceipts.tip")));
        batch.disableProperty().bind(model.busyProperty());
        batch.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(t.get("sessions.exportReceipts.folder"));
            File folder = chooser.showDialog(root.getScene().getWindow());
            if (folder != null) {
                model.exportReceipts(folder.toPath(),
                        question -> confirmed(question, t.get("sessions.exportReceipts.header")));
            }
        });
        FlowPane bar = new FlowPane(8, 6, new Label(t.get("sessions.filter.from")), from.node(),
                new Label(t.get("sessions.filter.to")), to.node(), bay, customer, status, anomaly,
                apply, excel, csv, json, batch, paper, languageLabel, language, receipt, saveAs, print, credit,
                correct, evidence);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    /** Asks where to save something of the selected session, named after it, and hands the place to {@code save}. */
    /** Asks {@code question} under {@code header}; true when the user chose OK. */
    private boolean confirmed(String question, String header) {
        ButtonType ok = DialogButtons.ok(t);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ok, DialogButtons.cancel(t));
        confirm.setTitle(header);
        confirm.setHeaderText(header);
        return confirm.showAndWait().filter(ok::equals).isPresent();
    }

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
        chooser.setTitle(t.get("sessions.export.title"));
        String ext = format == SessionExport.Format.CSV ? "csv" : "json";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("sessions.export.files",
                ext.toUpperCase(Locale.ROOT)), "*." + ext));
        chooser.setInitialFileName("sessions." + ext);
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            // For the Excel of the console's language, which the user's Excel most likely is.
            model.export(file.toPath(), format, excel ? Optional.of(t.locale()) : Optional.empty());
        }
    }

    private TableView<SessionItem> table() {
        TableView<SessionItem> table = new TableView<>(model.items());
        table.setId("sessions-table");
        table.setPlaceholder(new Label(t.get("sessions.none")));
        table.getColumns().add(TextColumns.of(t.get("sessions.column.bay"), s -> s.session().bayId(), 60));
        table.getColumns().add(TextColumns.of(t.get("sessions.column.start"), s -> dateTime(s.session().start()), 140));
        table.getColumns().add(TextColumns.of(t.get("sessions.column.end"), s -> s.session().end().map(this::dateTime)
                .orElse(t.get("sessions.open")), 140));
        table.getColumns().add(numeric(t.get("sessions.column.duration"), SessionItem::duration, Formats::elapsed, 80));
        Function<BigDecimal, String> number = d -> Decimals.fixed(d, locale);
        table.getColumns().add(numeric(t.get("sessions.column.energy"), s -> s.session().energy().kilowattHours(),
                number, 95));
        table.getColumns().add(numeric(t.get("sessions.column.peak"), s -> s.session().peakPower().kilowatts(), number,
                75));
        table.getColumns().add(numeric(t.get("sessions.column.cost"), s -> s.quote().map(Quote::total)
                .map(m -> m.rounded().amount()).orElse(null), number, 80));
        table.getColumns().add(TextColumns.of(t.get("sessions.column.customer"), s -> s.session().customer().name(),
                120));
        table.getColumns().add(TextColumns.of(t.get("corrections.receiptColumn"), this::receipt, 130));
        table.getColumns().add(TextColumns.of(t.get("sessions.column.anomalies"), s -> s.session().anomalies().stream()
                .map(Anomaly::code).map(c -> names.anomaly(c.code())).distinct().collect(Collectors.joining(", ")),
                160));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        table.getColumns().add(TextColumns.of(t.get("sessions.column.status"), s -> t.get(s.session().isOpen()
                ? "sessions.open" : "sessions.closed"), 60));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }


    /** "000042 · credited", "none". */
    private String receipt(SessionItem item) {
        String state = t.get("corrections.state." + item.receipt().state().name().toLowerCase(Locale.ROOT));
        return item.receipt().number().stream().mapToObj(n -> ReceiptDocument.formatNumber(n) + " · " + state)
                .findFirst().orElse(state);
    }

    private String dateTime(Instant at) {
        return Formats.dateTime(at, model.zone(), locale);
    }

    private DateField dateField(String fieldKey) {
        return new DateField(locale, t.get(fieldKey), (text, example) -> model.dateNotRead(fieldKey, text, example));
    }

    private String anomalyChoice(String choice) {
        return switch (choice) {
            case SessionsViewModel.ANY_ANOMALY -> t.get("sessions.filter.anyAnomaly");
            case SessionsViewModel.NO_ANOMALY_FILTER -> t.get("sessions.filter.noAnomalyFilter");
            default -> names.anomaly(choice);
        };
    }

    /** Shows a choice by the name {@code name} gives it; the choices are never typed. */
    /** The languages there are bundles for, a fixed list; the console's own choice stands for the site's default. */
    private ComboBox<Language> receiptLanguage() {
        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        language.setId("sessions-language");
        language.setConverter(named(l -> t.get("sessions.language." + l.name().toLowerCase(Locale.ROOT))));
        language.setTooltip(new Tooltip(t.get("sessions.language.tip")));
        language.setValue(Language.SYSTEM);
        language.valueProperty().addListener((o, was, now) -> model.languageProperty().set(
                now == Language.SYSTEM ? Optional.empty() : Optional.of(now.locale(t.locale()))));
        return language;
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
