package io.chargedesk.ui.diagnostics;

import io.chargedesk.text.Messages;
import io.chargedesk.ui.shell.TextColumns;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Buses and meters as an installer checks them: answers, timing, faults, raw registers; scan for meters. */
public final class DiagnosticsView {

    private final DiagnosticsViewModel model;
    private final VBox root;
    private final Messages t;

    public DiagnosticsView(DiagnosticsViewModel model, Messages texts) {
        this.model = model;
        this.t = texts;
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        ListView<String> buses = new ListView<>(model.buses());
        buses.setPrefHeight(70);
        TableView<DiagnosticsViewModel.BayRow> bays = bayTable();
        TextArea raw = new TextArea();
        raw.setEditable(false);
        raw.setPrefRowCount(8);
        raw.getStyleClass().add("evidence");
        raw.textProperty().bind(model.rawProperty());
        bays.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                model.selectedBayProperty().set(row.bay());
            }
        });
        // Each refresh replaces the rows, which clears the table's selection: select the same bay again.
        model.bays().addListener((ListChangeListener<DiagnosticsViewModel.BayRow>) change -> {
            for (int i = 0; i < model.bays().size(); i++) {
                if (model.bays().get(i).bay().equals(model.selectedBayProperty().get())) {
                    bays.getSelectionModel().select(i);
                }
            }
        });
        root = new VBox(8, message, new Label(t.get("diagnostics.buses")), buses, new Label(t.get("diagnostics.meters")),
                bays, raw, scanBox());
        root.setPadding(new Insets(12));
        root.getStyleClass().add("diagnostics-view");
    }

    public Parent node() {
        return root;
    }

    private TableView<DiagnosticsViewModel.BayRow> bayTable() {
        TableView<DiagnosticsViewModel.BayRow> table = new TableView<>(model.bays());
        table.setId("diagnostics-bays");
        table.setPlaceholder(new Label(t.get("diagnostics.none")));
        table.getColumns().add(TextColumns.of(t.get("diagnostics.column.bay"), DiagnosticsViewModel.BayRow::bay, 60));
        table.getColumns().add(TextColumns.of(t.get("diagnostics.column.bus"), DiagnosticsViewModel.BayRow::bus, 60));
        table.getColumns().add(TextColumns.of(t.get("diagnostics.column.slave"), r -> String.valueOf(r.slaveId()), 50));
        table.getColumns().add(TextColumns.of(t.get("diagnostics.column.model"), DiagnosticsViewModel.BayRow::model, 80));
        table.getColumns().add(TextColumns.of(t.get("diagnostics.column.status"), DiagnosticsViewModel.BayRow::status, 150));
        table.getColumns().add(TextColumns.of(t.get("diagnostics.column.lastReading"), DiagnosticsViewModel.BayRow::lastReading, 520));
        table.getColumns().add(TextColumns.of(t.get("diagnostics.column.roundTrip"), DiagnosticsViewModel.BayRow::roundTrip, 100));
        table.getColumns().add(TextColumns.of(t.get("diagnostics.column.pollsPerSecond"), DiagnosticsViewModel.BayRow::pollsPerSecond, 65));
        table.getColumns().add(TextColumns.of(t.get("diagnostics.column.faults"), DiagnosticsViewModel.BayRow::faults, 220));
        table.setPrefHeight(300);
        return table;
    }


    private VBox scanBox() {
        ComboBox<String> bus = new ComboBox<>(model.busIds());
        bus.valueProperty().bindBidirectional(model.scanBusProperty());
        Button scan = new Button(t.get("diagnostics.scan"));
        scan.disableProperty().bind(model.scanningProperty());
        scan.setOnAction(e -> model.scan());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.scanProgressProperty());
        progress.visibleProperty().bind(model.scanningProperty());
        HBox line = new HBox(8, new Label(t.get("diagnostics.findOn")), bus, scan, progress);
        line.setAlignment(Pos.CENTER_LEFT);
        ListView<String> results = new ListView<>(model.scanResults());
        results.setPrefHeight(110);
        return new VBox(6, line, results);
    }
}
