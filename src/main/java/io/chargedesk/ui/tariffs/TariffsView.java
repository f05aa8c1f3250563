package io.chargedesk.ui.tariffs;

import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.ui.shell.TextColumns;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import static io.chargedesk.ui.shell.FormControls.choice;
import static io.chargedesk.ui.shell.FormControls.problems;
import static io.chargedesk.ui.shell.FormControls.row;
import static io.chargedesk.ui.shell.FormControls.text;
import static io.chargedesk.ui.shell.FormControls.title;

/**
 * The tariff editor: versions on the left (a change is a new version; a future one can be withdrawn), the draft of
 * a new version on the right with its problems as it is typed, and the audit log of every change below.
 */
public final class TariffsView {

    private final TariffsViewModel model;
    private final TableView<VersionItem> versionTable;
    private final TableView<WindowRow> windowTable;
    private final ScrollPane root;

    public TariffsView(TariffsViewModel model) {
        this.model = model;
        this.versionTable = versionTable();
        this.windowTable = windowTable();
        VBox left = new VBox(8, title("Tariff versions"), versionTable, versionButtons(),
                title("Audit log: every change, who made it and when"), auditPane());
        left.setPrefWidth(740);
        left.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("Leave the table empty for one price per kWh. With windows, every minute of the week "
                + "must be in exactly one window; times are the site's local time.");
        hint.setWrapText(true);
        VBox right = new VBox(8, title("New version"), form(), title("Time-of-use energy prices (optional)"), hint,
                windowTable, windowButtons(), problems(model.problems(), 100), addButton());
        // The wrapped hint would otherwise ask for its whole length and squeeze the versions table.
        right.setPrefWidth(560);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(16, left, right);
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    public Parent node() {
        return root;
    }

    private TableView<VersionItem> versionTable() {
        TableView<VersionItem> t = new TableView<>(model.versions());
        t.setId("tariff-versions");
        t.setPrefHeight(230);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(TextColumns.of("Tariff", v -> v.tariff().id(), 80));
        t.getColumns().add(TextColumns.of("Name", v -> v.tariff().name(), 180));
        t.getColumns().add(TextColumns.of("From", VersionItem::effectiveFrom, 140));
        t.getColumns().add(TextColumns.of("Energy per kWh", VersionItem::energy, 195));
        t.getColumns().add(TextColumns.of("State", VersionItem::state, 125));
        t.setPlaceholder(new Label("No tariffs: sessions are recorded but not priced."));
        return t;
    }


    private HBox versionButtons() {
        Button copy = new Button("_New version from selected");
        copy.setOnAction(e -> {
            VersionItem v = versionTable.getSelectionModel().getSelectedItem();
            if (v != null) {
                model.startFrom(v.tariff());
            }
        });
        Button withdraw = new Button("_Withdraw selected");
        withdraw.setOnAction(e -> {
            VersionItem v = versionTable.getSelectionModel().getSelectedItem();
            if (v != null) {
                model.withdraw(v);
            }
        });
        copy.disableProperty().bind(versionTable.getSelectionModel().selectedItemProperty().isNull());
        withdraw.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            VersionItem v = versionTable.getSelectionModel().getSelectedItem();
            return v == null || !v.state().equals(VersionItem.FUTURE);
        }, versionTable.getSelectionModel().selectedItemProperty()));
        return new HBox(8, copy, withdraw);
    }

    private GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        row(g, 0, "Tariff id", model.idProperty(), 12);
        row(g, 1, "Name", model.nameProperty(), 24);
        row(g, 2, "Effective from (local)", model.effectiveFromProperty(), 14);
        Label startNote = new Label();
        startNote.textProperty().bind(model.effectiveFromNoteProperty());
        startNote.setWrapText(true);
        g.add(startNote, 2, 2);
        row(g, 3, "Energy per kWh", model.energyPerKwhProperty(), 8);
        row(g, 4, "Session fee", model.sessionFeeProperty(), 8);
        row(g, 5, "Per minute", model.perMinuteProperty(), 8);
        ComboBox<String> basis = new ComboBox<>(FXCollections.observableArrayList(TariffsViewModel.BASES));
        basis.valueProperty().bindBidirectional(model.minuteBasisProperty());
        Label basisLabel = new Label("Per minute of");
        basisLabel.setLabelFor(basis);
        g.addRow(6, basisLabel, basis);
        row(g, 7, "Idle fee per minute", model.idlePerMinuteProperty(), 8);
        row(g, 8, "Idle grace (min)", model.idleGraceMinProperty(), 8);
        row(g, 9, "Minimum price", model.minPriceProperty(), 8);
        row(g, 10, "Maximum price", model.maxPriceProperty(), 8);
        row(g, 11, "VAT %", model.vatPercentProperty(), 8);
        return g;
    }

    private TableView<WindowRow> windowTable() {
        TableView<WindowRow> t = new TableView<>(model.windows());
        t.setId("tariff-windows");
        t.setEditable(true);
        t.setPrefHeight(170);
        t.getColumns().add(text("Window", WindowRow::nameProperty, 120));
        t.getColumns().add(choice("Days", WindowRow::daysProperty, FXCollections.observableArrayList("daily",
                "mon-fri", "sat-sun", "sat", "sun"), 110));
        t.getColumns().add(text("From", WindowRow::fromProperty, 70));
        t.getColumns().add(text("To", WindowRow::toProperty, 70));
        t.getColumns().add(text("Price per kWh", WindowRow::perKwhProperty, 110));
        t.setPlaceholder(new Label("No windows: one energy price at every hour."));
        return t;
    }

    private HBox windowButtons() {
        Button add = new Button("Add window");
        add.setOnAction(e -> model.addWindow());
        Button remove = new Button("Remove selected window");
        remove.setOnAction(e -> model.removeWindow(windowTable.getSelectionModel().getSelectedItem()));
        return new HBox(8, add, remove);
    }

    private HBox addButton() {
        Button add = new Button("_Add version");
        add.setDefaultButton(false);
        add.disableProperty().bind(model.validProperty().not());
        add.setOnAction(e -> model.add());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox box = new HBox(8, add, message);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox auditPane() {
        TableView<TariffAuditEntry> t = new TableView<>(model.audit());
        t.setId("tariff-audit");
        t.setPrefHeight(170);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(TextColumns.of("When", e -> model.local(e.at()), 130));
        t.getColumns().add(TextColumns.of("Who", TariffAuditEntry::by, 90));
        t.getColumns().add(TextColumns.of("Change", TariffAuditEntry::action, 80));
        t.getColumns().add(TextColumns.of("Tariff", TariffAuditEntry::tariffId, 80));
        t.getColumns().add(TextColumns.of("Version from", e -> model.local(e.effectiveFrom()), 130));
        t.setPlaceholder(new Label("No tariff changes recorded yet."));
        TextArea before = auditText();
        TextArea after = auditText();
        t.getSelectionModel().selectedItemProperty().addListener((o, was, e) -> {
            before.setText(e == null ? "" : e.before().isEmpty() ? "(none)" : e.before());
            after.setText(e == null ? "" : e.after().isEmpty() ? "(none)" : e.after());
        });
        VBox b = new VBox(4, new Label("Before"), before);
        VBox a = new VBox(4, new Label("After"), after);
        HBox.setHgrow(b, Priority.ALWAYS);
        HBox.setHgrow(a, Priority.ALWAYS);
        return new VBox(8, t, new HBox(12, b, a));
    }

    private static TextArea auditText() {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setPrefRowCount(9);
        area.getStyleClass().add("audit-text");
        return area;
    }
}
