package io.chargedesk.ui.customers;

import io.chargedesk.customer.Fleet;
import io.chargedesk.text.Messages;
import io.chargedesk.text.TextLimit;
import io.chargedesk.ui.customers.FleetsViewModel.Bay;
import io.chargedesk.ui.customers.FleetsViewModel.BayReservation;
import io.chargedesk.ui.shell.ChoiceNames;
import io.chargedesk.ui.shell.FormControls;
import io.chargedesk.ui.shell.TextColumns;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The fleet editor under the customers table: a fleet chosen, its plates listed (Delete removes the one selected)
 * with a field to add one (Enter adds it, a plate that is none is named under it), and every bay of the site with
 * the fleet it is reserved for, reserved for the chosen fleet or released. Labels carry Alt mnemonics.
 */
final class FleetsView {

    private final VBox root;

    FleetsView(FleetsViewModel model, Messages text) {
        ComboBox<Long> fleet = fleetChoice(model.fleets(), model.fleet());
        fleet.setId("fleets-fleet");
        fleet.setPromptText(text.get("customers.fleets.chooseFleetPrompt"));

        ListView<String> plates = new ListView<>(model.plates());
        plates.setId("fleets-plates");
        plates.setPrefHeight(120);
        plates.setPrefWidth(180);
        plates.setMinWidth(180);
        Label noPlates = new Label(text.get("customers.fleets.noPlates"));
        noPlates.setWrapText(true);
        plates.setPlaceholder(noPlates);
        plates.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                model.removePlate(plates.getSelectionModel().getSelectedItem());
            }
        });
        TextField plate = FormControls.limited(new TextField(), TextLimit.PLATE);
        plate.setId("fleets-plate");
        plate.setPromptText(text.get("customers.fleets.platePrompt"));
        plate.setMinWidth(230);
        plate.textProperty().bindBidirectional(model.plate());
        plate.setOnAction(e -> model.addPlate());
        Label problem = new Label();
        problem.setId("fleets-plate-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(260);
        problem.getStyleClass().add("problems");
        problem.textProperty().bind(model.plateProblem());
        Button add = new Button(text.get("customers.fleets.addPlate"));
        add.setId("fleets-add-plate");
        add.disableProperty().bind(model.cannotAdd());
        add.setOnAction(e -> model.addPlate());
        Button remove = new Button(text.get("customers.fleets.removePlate"));
        remove.setId("fleets-remove-plate");
        remove.disableProperty().bind(plates.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removePlate(plates.getSelectionModel().getSelectedItem()));
        VBox plateForm = new VBox(6, labelled(text.get("customers.fleets.plate"), plate), plate, problem,
                new HBox(8, add, remove));

        TableView<BayReservation> bays = new TableView<>(model.reservations());
        bays.setId("fleets-bays");
        bays.setPrefHeight(150);
        bays.setMinWidth(380);
        // The columns share the table's width: no empty filler column beside them.
        bays.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        bays.getColumns().add(TextColumns.of(text.get("customers.fleets.column.bay"), r -> r.bay().name(), 140));
        bays.getColumns().add(TextColumns.of(text.get("customers.fleets.column.fleet"), BayReservation::fleet, 180));
        bays.getColumns().add(TextColumns.of(text.get("customers.fleets.column.since"), BayReservation::since, 140));
        HBox.setHgrow(bays, Priority.ALWAYS);
        ComboBox<Bay> bay = new ComboBox<>(FXCollections.observableArrayList(model.bays()));
        bay.setId("fleets-bay");
        bay.valueProperty().bindBidirectional(model.bay());
        bay.setConverter(ChoiceNames.named(Bay::name));
        bay.setPrefWidth(180);
        // Choosing a row of the table chooses its bay, so a reserved bay is released or moved from where it shows.
        bays.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && model.bays().contains(row.bay())) {
                model.bay().set(row.bay());
            }
        });
        Button reserve = new Button(text.get("customers.fleets.reserve"));
        reserve.setId("fleets-reserve");
        reserve.disableProperty().bind(model.fleet().isNull().or(model.bay().isNull()));
        reserve.setOnAction(e -> model.reserve());
        Button release = new Button(text.get("customers.fleets.release"));
        release.setId("fleets-release");
        release.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            BayReservation row = bays.getSelectionModel().getSelectedItem();
            return row == null || row.fleetId().isEmpty();
        }, bays.getSelectionModel().selectedItemProperty()));
        release.setOnAction(e -> model.release(bays.getSelectionModel().getSelectedItem()));
        Label managerOnly = new Label(text.get("customers.fleets.managerOnly"));
        managerOnly.setWrapText(true);
        managerOnly.setMaxWidth(260);
        VBox bayForm = new VBox(6, labelled(text.get("customers.fleets.bay"), bay), bay, reserve, release,
                managerOnly);

        Label message = new Label();
        message.setId("fleets-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        root = new VBox(8, FormControls.title(text.get("customers.fleets.title")),
                new HBox(8, labelled(text.get("customers.fleets.fleet"), fleet), fleet),
                new HBox(12, new VBox(6, labelled(text.get("customers.fleets.plates"), plates), plates), plateForm, bays,
                        bayForm), message);
    }

    /**
     * A choice of {@code fleets} bound to {@code chosen}, by id: reloaded after each change, a fleet is a new record
     * (its plates changed), and a choice of the record itself would be cleared; its id stays, and so does the choice.
     */
    static ComboBox<Long> fleetChoice(ObservableList<Fleet> fleets, ObjectProperty<Fleet> chosen) {
        ObservableList<Long> ids = FXCollections.observableArrayList();
        ComboBox<Long> fleet = new ComboBox<>(ids);
        fleet.setConverter(ChoiceNames.named(id -> byId(fleets, id).map(Fleet::name).orElse("")));
        Runnable show = () -> fleet.setValue(chosen.get() == null ? null : chosen.get().id());
        Runnable fill = () -> {
            ids.setAll(fleets.stream().map(Fleet::id).toList());
            show.run();
        };
        fill.run();
        fleets.addListener((ListChangeListener<Fleet>) change -> fill.run());
        fleet.valueProperty().addListener((o, was, id) -> {
            if (id != null) {
                byId(fleets, id).ifPresent(chosen::set);
            }
        });
        chosen.addListener((o, was, now) -> show.run());
        return fleet;
    }

    private static Optional<Fleet> byId(List<Fleet> fleets, long id) {
        return fleets.stream().filter(f -> f.id() == id).findFirst();
    }

    private static Label labelled(String label, Node control) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(control);
        return l;
    }

    Parent node() {
        return root;
    }
}
