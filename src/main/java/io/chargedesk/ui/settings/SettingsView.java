package io.chargedesk.ui.settings;

import static io.chargedesk.ui.shell.FormControls.choice;
import static io.chargedesk.ui.shell.FormControls.problems;
import static io.chargedesk.ui.shell.FormControls.row;
import static io.chargedesk.ui.shell.FormControls.text;
import static io.chargedesk.ui.shell.FormControls.title;

import io.chargedesk.ui.shell.ChoiceNames;
import io.chargedesk.text.Language;
import io.chargedesk.ui.shell.ThemeChoice;
import io.chargedesk.text.Messages;
import io.chargedesk.text.TextLimit;
import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
    private final Messages t;
    private final TableView<BusRow> busTable;
    private final TableView<BayRow> bayTable;
    private final ScrollPane root;
    private final VBox content;

    /** @param theme the console's theme choice on this PC, which applies at once */
    public SettingsView(SettingsViewModel model, Messages texts, ObjectProperty<ThemeChoice> theme) {
        this.model = model;
        this.t = texts;
        this.busTable = busTable();
        this.bayTable = bayTable();
        content = new VBox(10, title(t.get("settings.language")), languageChoice(),
                title(t.get("settings.theme")), themeChoice(theme),
                title(t.get("settings.site")), siteForm(), title(t.get("settings.buses")), busTable, busButtons(),
                title(t.get("settings.bays")), bayTable, bayButtons(), actions(), problems(model.problems(), 110));
        content.setPadding(new Insets(12));
        content.getStyleClass().add("settings-view");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    /** Adds a section of its own below the form, such as the automatic exports, which it saves itself. */
    public void addSection(String heading, Node section) {
        content.getChildren().addAll(title(heading), section);
    }

    public Parent node() {
        return root;
    }

    /** The console's language on this PC, which the next start speaks. */
    private HBox languageChoice() {
        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        language.setId("settings-language");
        language.setConverter(ChoiceNames.named(l -> t.get("settings.language." + l.name().toLowerCase(Locale.ROOT))));
        language.valueProperty().bindBidirectional(model.languageProperty());
        Label note = new Label(t.get("settings.language.note"));
        HBox box = new HBox(8, language, note);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox themeChoice(ObjectProperty<ThemeChoice> theme) {
        ComboBox<ThemeChoice> choice = new ComboBox<>(FXCollections.observableArrayList(ThemeChoice.values()));
        choice.setId("settings-theme");
        choice.setConverter(ChoiceNames.named(c -> t.get(c.textKey())));
        choice.valueProperty().bindBidirectional(theme);
        HBox box = new HBox(8, choice, new Label(t.get("settings.theme.note")));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private GridPane siteForm() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        row(g, 0, t.get("settings.site.name"), model.nameProperty(), 28, TextLimit.SITE_NAME);
        row(g, 1, t.get("settings.site.timezone"), model.timezoneProperty(), 18, TextLimit.TIMEZONE);
        row(g, 2, t.get("settings.site.currency"), model.currencyProperty(), 5);
        row(g, 3, t.get("settings.site.gridLimitKw"), model.gridLimitKwProperty(), 8);
        row(g, 4, t.get("settings.site.operator"), model.operatorNameProperty(), 28, TextLimit.OPERATOR_NAME);
        row(g, 5, t.get("settings.site.address"), model.operatorAddressProperty(), 36, TextLimit.OPERATOR_ADDRESS);
        row(g, 6, t.get("settings.site.vatId"), model.operatorVatIdProperty(), 16, TextLimit.VAT_ID);
        CheckBox demo = new CheckBox(t.get("settings.site.demo"));
        demo.selectedProperty().bindBidirectional(model.demoProperty());
        g.add(demo, 1, 7);
        return g;
    }

    private TableView<BusRow> busTable() {
        TableView<BusRow> table = new TableView<>(model.buses());
        table.setEditable(true);
        table.setPrefHeight(150);
        table.setId("settings-buses");
        table.getColumns().add(text(t.get("settings.bus.id"), BusRow::idProperty, 80, TextLimit.BUS_ID));
        table.getColumns().add(choice(t.get("settings.bus.port"), BusRow::portProperty, model.ports(), 200,
                TextLimit.SERIAL_PORT));
        table.getColumns().add(choice(t.get("settings.bus.baud"), BusRow::baudProperty,
                FXCollections.observableArrayList(SettingsViewModel.BAUD_RATES), 90));
        table.getColumns().add(choice(t.get("settings.bus.parity"), BusRow::parityProperty,
                FXCollections.observableArrayList(SettingsViewModel.PARITIES), 80));
        table.getColumns().add(choice(t.get("settings.bus.stopBits"), BusRow::stopBitsProperty,
                FXCollections.observableArrayList("1", "2"), 80));
        table.getColumns().add(text(t.get("settings.bus.timeoutMs"), BusRow::timeoutMsProperty, 90));
        table.getColumns().add(text(t.get("settings.bus.pollMs"), BusRow::pollMsProperty, 80));
        table.setPlaceholder(new Label(t.get("settings.buses.none")));
        return table;
    }

    private TableView<BayRow> bayTable() {
        TableView<BayRow> table = new TableView<>(model.bays());
        table.setEditable(true);
        table.setPrefHeight(260);
        table.setId("settings-bays");
        ObservableList<String> busIds = FXCollections.observableArrayList();
        Runnable syncBusIds = () -> busIds.setAll(model.buses().stream().map(b -> b.id.get()).toList());
        model.buses().addListener((ListChangeListener<BusRow>) c -> syncBusIds.run());
        syncBusIds.run();
        table.getColumns().add(text(t.get("settings.bay.id"), BayRow::idProperty, 70, TextLimit.BAY_ID));
        table.getColumns().add(text(t.get("settings.bay.name"), BayRow::nameProperty, 150, TextLimit.BAY_NAME));
        table.getColumns().add(text(t.get("settings.bay.area"), BayRow::areaProperty, 110, TextLimit.BAY_AREA));
        table.getColumns().add(choice(t.get("settings.bay.bus"), BayRow::busProperty, busIds, 90, TextLimit.BUS_ID));
        table.getColumns().add(text(t.get("settings.bay.address"), BayRow::addressProperty, 70));
        table.getColumns().add(choice(t.get("settings.bay.meter"), BayRow::meterProperty, model.meterModels(), 110, TextLimit.METER_MODEL));
        table.getColumns().add(text(t.get("settings.bay.maxKw"), BayRow::maxKwProperty, 70));
        return table;
    }

    private HBox busButtons() {
        Button add = new Button(t.get("settings.bus.add"));
        add.setOnAction(e -> model.addBus());
        Button remove = new Button(t.get("settings.bus.remove"));
        remove.setOnAction(e -> model.buses().remove(busTable.getSelectionModel().getSelectedItem()));
        Button ports = new Button(t.get("settings.bus.refreshPorts"));
        ports.setOnAction(e -> model.refreshPorts());
        Label found = new Label();
        found.textProperty().bind(Bindings.createStringBinding(() -> t.get("settings.bus.portsFound",
                model.ports().size()), model.ports()));
        HBox box = new HBox(8, add, remove, ports, found);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox bayButtons() {
        Button add = new Button(t.get("settings.bay.add"));
        add.setOnAction(e -> model.addBay());
        Button remove = new Button(t.get("settings.bay.remove"));
        remove.setOnAction(e -> model.bays().remove(bayTable.getSelectionModel().getSelectedItem()));
        return new HBox(8, add, remove);
    }

    private HBox actions() {
        Button validate = new Button(t.get("settings.validate"));
        validate.setOnAction(e -> model.validate());
        Button save = new Button(t.get("settings.save"));
        save.setOnAction(e -> model.save());
        Button importFile = new Button(t.get("settings.import"));
        importFile.setOnAction(e -> {
            File f = chooser(t.get("settings.import.title")).showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                model.importFrom(f.toPath());
            }
        });
        Button exportFile = new Button(t.get("settings.export"));
        exportFile.setOnAction(e -> {
            File f = chooser(t.get("settings.export.title")).showSaveDialog(root.getScene().getWindow());
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

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("settings.siteFiles"), "*.yaml", "*.yml"));
        c.setInitialFileName("site.yaml");
        return c;
    }
}
