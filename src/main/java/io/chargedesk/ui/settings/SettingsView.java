package io.chargedesk.ui.settings;

import static io.chargedesk.ui.shell.FormControls.choice;
import static io.chargedesk.ui.shell.FormControls.problems;
import static io.chargedesk.ui.shell.FormControls.row;
import static io.chargedesk.ui.shell.FormControls.text;
import static io.chargedesk.ui.shell.FormControls.title;

import io.chargedesk.text.TextLimit;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The site's settings: site and operator, buses with a port picker, bays with their meters; import/export. */
public final class SettingsView {

    private final SettingsViewModel model;
    private final TableView<BusRow> busTable;
    private final TableView<BayRow> bayTable;
    private final ScrollPane root;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        this.busTable = busTable();
        this.bayTable = bayTable();
        VBox content = new VBox(10, title("Site"), siteForm(), title("Buses (one per serial port)"), busTable,
                busButtons(), title("Bays"), bayTable, bayButtons(), actions(), problems(model.problems(), 110));
        content.setPadding(new Insets(12));
        content.getStyleClass().add("settings-view");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    public Parent node() {
        return root;
    }

    private GridPane siteForm() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        row(g, 0, "Name", model.nameProperty(), 28, TextLimit.SITE_NAME);
        row(g, 1, "Time zone", model.timezoneProperty(), 18, TextLimit.TIMEZONE);
        row(g, 2, "Currency", model.currencyProperty(), 5);
        row(g, 3, "Grid limit kW", model.gridLimitKwProperty(), 8);
        row(g, 4, "Operator", model.operatorNameProperty(), 28, TextLimit.OPERATOR_NAME);
        row(g, 5, "Address", model.operatorAddressProperty(), 36, TextLimit.OPERATOR_ADDRESS);
        row(g, 6, "VAT id", model.operatorVatIdProperty(), 16, TextLimit.VAT_ID);
        CheckBox demo = new CheckBox("Demo site: simulated meters instead of the buses");
        demo.selectedProperty().bindBidirectional(model.demoProperty());
        g.add(demo, 1, 7);
        return g;
    }

    private TableView<BusRow> busTable() {
        TableView<BusRow> t = new TableView<>(model.buses());
        t.setEditable(true);
        t.setPrefHeight(150);
        t.setId("settings-buses");
        t.getColumns().add(text("Id", BusRow::idProperty, 80, TextLimit.BUS_ID));
        t.getColumns().add(choice("Port", BusRow::portProperty, model.ports(), 200, TextLimit.SERIAL_PORT));
        t.getColumns().add(choice("Baud", BusRow::baudProperty,
                FXCollections.observableArrayList(SettingsViewModel.BAUD_RATES), 90));
        t.getColumns().add(choice("Parity", BusRow::parityProperty,
                FXCollections.observableArrayList(SettingsViewModel.PARITIES), 80));
        t.getColumns().add(choice("Stop bits", BusRow::stopBitsProperty, FXCollections.observableArrayList("1", "2"),
                80));
        t.getColumns().add(text("Timeout ms", BusRow::timeoutMsProperty, 90));
        t.getColumns().add(text("Poll ms", BusRow::pollMsProperty, 80));
        t.setPlaceholder(new Label("No buses: the demo site needs none; real meters need one per serial port."));
        return t;
    }

    private TableView<BayRow> bayTable() {
        TableView<BayRow> t = new TableView<>(model.bays());
        t.setEditable(true);
        t.setPrefHeight(260);
        t.setId("settings-bays");
        ObservableList<String> busIds = FXCollections.observableArrayList();
        Runnable syncBusIds = () -> busIds.setAll(model.buses().stream().map(b -> b.id.get()).toList());
        model.buses().addListener((ListChangeListener<BusRow>) c -> syncBusIds.run());
        syncBusIds.run();
        t.getColumns().add(text("Id", BayRow::idProperty, 70, TextLimit.BAY_ID));
        t.getColumns().add(text("Name", BayRow::nameProperty, 150, TextLimit.BAY_NAME));
        t.getColumns().add(choice("Bus", BayRow::busProperty, busIds, 90, TextLimit.BUS_ID));
        t.getColumns().add(text("Slave id", BayRow::addressProperty, 70));
        t.getColumns().add(choice("Meter", BayRow::meterProperty, model.meterModels(), 110, TextLimit.METER_MODEL));
        t.getColumns().add(text("Max kW", BayRow::maxKwProperty, 70));
        return t;
    }

    private HBox busButtons() {
        Button add = new Button("Add bus");
        add.setOnAction(e -> model.addBus());
        Button remove = new Button("Remove selected bus");
        remove.setOnAction(e -> model.buses().remove(busTable.getSelectionModel().getSelectedItem()));
        Button ports = new Button("Refresh ports");
        ports.setOnAction(e -> model.refreshPorts());
        Label found = new Label();
        found.textProperty().bind(Bindings.size(model.ports()).asString("Serial ports found: %d"));
        HBox box = new HBox(8, add, remove, ports, found);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox bayButtons() {
        Button add = new Button("Add bay");
        add.setOnAction(e -> model.addBay());
        Button remove = new Button("Remove selected bay");
        remove.setOnAction(e -> model.bays().remove(bayTable.getSelectionModel().getSelectedItem()));
        return new HBox(8, add, remove);
    }

    private HBox actions() {
        Button validate = new Button("_Validate");
        validate.setOnAction(e -> model.validate());
        Button save = new Button("_Save");
        save.setOnAction(e -> model.save());
        Button importFile = new Button("_Import site file…");
        importFile.setOnAction(e -> {
            File f = chooser("Import a site file").showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                model.importFrom(f.toPath());
            }
        });
        Button exportFile = new Button("_Export site file…");
        exportFile.setOnAction(e -> {
            File f = chooser("Export the site file").showSaveDialog(root.getScene().getWindow());
            if (f != null) {
                model.exportTo(f.toPath());
            }
        });
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        HBox box = new HBox(8, validate, save, importFile, exportFile, message);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Site files (YAML)", "*.yaml", "*.yml"));
        c.setInitialFileName("site.yaml");
        return c;
    }
}
