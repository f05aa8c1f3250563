package io.chargedesk.ui.tariffs;

import io.chargedesk.ui.shell.ChoiceNames;
import io.chargedesk.tariff.Days;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.paperwork.WhatIfPanel;
import io.chargedesk.ui.shell.TextColumns;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
 * a new version on the right with its problems as it is typed and what a past period would have cost under it, and
 * the audit log of every change below.
 */
public final class TariffsView {

    private final TariffsViewModel model;
    private final TableView<VersionItem> versionTable;
    private final TableView<WindowRow> windowTable;
    private final ScrollPane root;
    private final Messages t;

    public TariffsView(TariffsViewModel model, Messages texts) {
        this.model = model;
        this.t = texts;
        this.versionTable = versionTable();
        this.windowTable = windowTable();
        VBox left = new VBox(8, title(t.get("tariffs.versions")), versionTable, versionButtons(),
                title(t.get("tariffs.audit")), auditPane());
        left.setPrefWidth(740);
        left.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(t.get("tariffs.windows.hint"));
        hint.setWrapText(true);
        VBox right = new VBox(8, title(t.get("tariffs.newVersion")), form(), title(t.get("tariffs.windows")), hint,
                windowTable, windowButtons(), problems(model.problems(), 100), addButton(),
                title(t.get("tariffs.whatIf")), WhatIfPanel.bar(model.whatIf(), t, "tariffs.whatIf.run",
                        model::whatIfDraft), WhatIfPanel.table(model.whatIf(), t, "tariffs.whatIf.none"));
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
        TableView<VersionItem> table = new TableView<>(model.versions());
        table.setId("tariff-versions");
        table.setPrefHeight(230);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of(t.get("tariffs.column.tariff"), v -> v.tariff().id(), 80));
        table.getColumns().add(TextColumns.of(t.get("tariffs.column.name"), v -> v.tariff().name(), 180));
        table.getColumns().add(TextColumns.of(t.get("tariffs.column.from"), VersionItem::effectiveFrom, 140));
        table.getColumns().add(TextColumns.of(t.get("tariffs.column.energy"), VersionItem::energy, 195));
        table.getColumns().add(TextColumns.of(t.get("tariffs.column.state"), v -> t.get("tariffs.state." + v.state()
                .replace(' ', '-')), 125));
        table.setPlaceholder(new Label(t.get("tariffs.none")));
        return table;
    }


    private HBox versionButtons() {
        Button copy = new Button(t.get("tariffs.copy"));
        copy.setOnAction(e -> {
            VersionItem v = versionTable.getSelectionModel().getSelectedItem();
            if (v != null) {
                model.startFrom(v.tariff());
            }
        });
        Button withdraw = new Button(t.get("tariffs.withdraw"));
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
        row(g, 0, t.get("tariffs.field.id"), model.idProperty(), 12);
        row(g, 1, t.get("tariffs.field.name"), model.nameProperty(), 24);
        row(g, 2, t.get("tariffs.field.effectiveFromLocal"), model.effectiveFromProperty(), 14);
        Label startNote = new Label();
        startNote.textProperty().bind(model.effectiveFromNoteProperty());
        startNote.setWrapText(true);
        g.add(startNote, 2, 2);
        row(g, 3, t.get("tariffs.field.energyPerKwh"), model.energyPerKwhProperty(), 8);
        row(g, 4, t.get("tariffs.field.sessionFee"), model.sessionFeeProperty(), 8);
        row(g, 5, t.get("tariffs.field.perMinute"), model.perMinuteProperty(), 8);
        ComboBox<String> basis = new ComboBox<>(FXCollections.observableArrayList(TariffsViewModel.BASES));
        basis.setConverter(ChoiceNames.named(code -> t.get("tariffs.basis." + code)));
        basis.valueProperty().bindBidirectional(model.minuteBasisProperty());
        Label basisLabel = new Label(t.get("tariffs.field.minuteBasisOf"));
        basisLabel.setLabelFor(basis);
        g.addRow(6, basisLabel, basis);
        row(g, 7, t.get("tariffs.field.idlePerMinute"), model.idlePerMinuteProperty(), 8);
        row(g, 8, t.get("tariffs.field.idleGraceMin"), model.idleGraceMinProperty(), 8);
        row(g, 9, t.get("tariffs.field.minPrice"), model.minPriceProperty(), 8);
        row(g, 10, t.get("tariffs.field.maxPrice"), model.maxPriceProperty(), 8);
        row(g, 11, t.get("tariffs.field.vatPercent"), model.vatPercentProperty(), 8);
        return g;
    }

    private TableView<WindowRow> windowTable() {
        TableView<WindowRow> table = new TableView<>(model.windows());
        table.setId("tariff-windows");
        table.setEditable(true);
        table.setPrefHeight(170);
        table.getColumns().add(text(t.get("tariffs.window.name"), WindowRow::nameProperty, 120));
        table.getColumns().add(choice(t.get("tariffs.window.days"), WindowRow::daysProperty, FXCollections.observableArrayList(
                dayChoices(t.locale())), 110));
        table.getColumns().add(text(t.get("tariffs.window.from"), WindowRow::fromProperty, 70));
        table.getColumns().add(text(t.get("tariffs.window.to"), WindowRow::toProperty, 70));
        table.getColumns().add(text(t.get("tariffs.window.per_kwh"), WindowRow::perKwhProperty, 110));
        table.setPlaceholder(new Label(t.get("tariffs.windows.none")));
        return table;
    }

    /** The usual days of a window, as the user's language writes them. */
    private static List<String> dayChoices(Locale locale) {
        return List.of(Days.daily(locale), Days.format(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), locale),
                Days.format(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), locale),
                Days.format(EnumSet.of(DayOfWeek.SATURDAY), locale), Days.format(EnumSet.of(DayOfWeek.SUNDAY), locale));
    }

    private HBox windowButtons() {
        Button add = new Button(t.get("tariffs.window.add"));
        add.setOnAction(e -> model.addWindow());
        Button remove = new Button(t.get("tariffs.window.remove"));
        remove.setOnAction(e -> model.removeWindow(windowTable.getSelectionModel().getSelectedItem()));
        return new HBox(8, add, remove);
    }

    private HBox addButton() {
        Button add = new Button(t.get("tariffs.add"));
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
        TableView<TariffAuditEntry> table = new TableView<>(model.audit());
        table.setId("tariff-audit");
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of(t.get("tariffs.audit.when"), e -> model.local(e.at()), 130));
        table.getColumns().add(TextColumns.of(t.get("tariffs.audit.who"), TariffAuditEntry::by, 90));
        table.getColumns().add(TextColumns.of(t.get("tariffs.audit.change"), e -> t.get("tariffs.audit." + e.action()), 80));
        table.getColumns().add(TextColumns.of(t.get("tariffs.audit.tariff"), TariffAuditEntry::tariffId, 80));
        table.getColumns().add(TextColumns.of(t.get("tariffs.audit.versionFrom"), e -> model.local(e.effectiveFrom()), 130));
        table.setPlaceholder(new Label(t.get("tariffs.audit.none")));
        TextArea before = auditText();
        TextArea after = auditText();
        table.getSelectionModel().selectedItemProperty().addListener((o, was, e) -> {
            before.setText(e == null ? "" : e.before().isEmpty() ? t.get("tariffs.audit.nothing") : e.before());
            after.setText(e == null ? "" : e.after().isEmpty() ? t.get("tariffs.audit.nothing") : e.after());
        });
        VBox b = new VBox(4, new Label(t.get("tariffs.audit.before")), before);
        VBox a = new VBox(4, new Label(t.get("tariffs.audit.after")), after);
        HBox.setHgrow(b, Priority.ALWAYS);
        HBox.setHgrow(a, Priority.ALWAYS);
        return new VBox(8, table, new HBox(12, b, a));
    }

    private static TextArea auditText() {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setPrefRowCount(9);
        area.getStyleClass().add("audit-text");
        return area;
    }
}
