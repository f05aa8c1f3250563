package io.chargedesk.ui.dashboard;

import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.session.Customer;
import io.chargedesk.text.Messages;
import io.chargedesk.text.PrintCheck;
import io.chargedesk.text.TextLimit;
import io.chargedesk.ui.shell.FormControls;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The fields of the customer dialog: each takes no more than a session stores, and whatever else keeps them from
 * being a {@link Customer} (a control character pasted in) or keeps the name or plate off a receipt (a character
 * no receipt font has) is named under them while they are typed, as is an odometer reading that is none. Above
 * them, a search of the customer register: choosing a customer it suggests fills in the name and plate; under them,
 * the registered customer the session is linked to, which can be removed.
 */
final class CustomerForm {

    private final CustomerChoice choice;
    private final GridPane pane = new GridPane();
    private final TextField nameField;
    private final ObjectBinding<List<String>> problems;

    /** @param print what in a text cannot be printed on a receipt, if anything (the note is not printed) */
    CustomerForm(Messages text, CustomerChoice choice, PrintCheck print) {
        this.choice = choice;
        StringProperty name = choice.nameProperty();
        StringProperty plate = choice.plateProperty();
        StringProperty note = choice.noteProperty();
        pane.setHgap(8);
        pane.setVgap(8);
        StringProperty search = new SimpleStringProperty("");
        field(0, text, "dashboard.form.customer", search, TextLimit.CUSTOMER_NAME).setId("customer-search");
        search.addListener((o, was, typed) -> choice.search(typed));
        pane.add(suggestions(text), 1, 1);
        nameField = field(2, text, "dashboard.form.name", name, TextLimit.CUSTOMER_NAME);
        nameField.setId("customer-name");
        field(3, text, "dashboard.form.plate", plate, TextLimit.PLATE).setId("customer-plate");
        field(4, text, "dashboard.form.note", note, TextLimit.NOTE).setId("customer-note");
        TextField odometer = FormControls.row(pane, 5, text.get("dashboard.form.odometer"), choice.odometerProperty(),
                28);
        odometer.setId("customer-odometer");
        odometer.setPromptText(text.get("dashboard.form.odometerPrompt", SessionLink.MAX_ODOMETER_KM));
        problems = Bindings.createObjectBinding(() -> {
            List<String> found = new ArrayList<>(Customer.reasons(name.get(), plate.get(), note.get(), print)
                    .stream().map(text::reason).toList());
            choice.odometerProblem().ifPresent(found::add);
            Stream.of(choice.searchProblemProperty().get(), choice.linkProblemProperty().get())
                    .filter(p -> !p.isEmpty()).forEach(found::add);
            return found;
        }, name, plate, note, choice.odometerProperty(), choice.searchProblemProperty(), choice.linkProblemProperty());
        Label shown = new Label();
        shown.setId("customer-problem");
        shown.setWrapText(true);
        shown.getStyleClass().add("problems");
        shown.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", problems.get()), problems));
        pane.add(shown, 0, 7, 2, 1);
        pane.add(linked(text), 1, 6);
    }

    /** The registered customer the session is linked to, and a button to remove the link. */
    private HBox linked(Messages text) {
        Label linked = new Label();
        linked.setId("customer-linked");
        linked.textProperty().bind(Bindings.createStringBinding(() -> choice.chosenProperty().get()
                .map(c -> text.get("dashboard.form.linked", c.name()))
                .orElse(text.get("dashboard.form.notLinked")), choice.chosenProperty()));
        Button unlink = new Button(text.get("dashboard.form.unlink"));
        unlink.setId("customer-unlink");
        unlink.disableProperty().bind(Bindings.createBooleanBinding(() -> choice.chosenProperty().get().isEmpty(),
                choice.chosenProperty()));
        unlink.setOnAction(e -> choice.unlink());
        HBox row = new HBox(8, linked, unlink);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The customers the search suggests, "Name · Company · plates"; a click or Enter on one chooses it. */
    private ListView<CustomerAccount> suggestions(Messages text) {
        ListView<CustomerAccount> list = new ListView<>(choice.suggestions());
        list.setId("customer-suggestions");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label(text.get("dashboard.form.noSuggestions")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerAccount c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : String.join(" · ", Stream.concat(
                        Stream.of(c.name(), c.company()), c.plates().stream())
                        .filter(t -> !t.isEmpty()).toList()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, picked) -> {
            if (picked != null) {
                choice.choose(picked);
            }
        });
        return list;
    }

    /** @param key the label's key; its prompt's key adds "Prompt" */
    private TextField field(int row, Messages text, String key, StringProperty value, TextLimit limit) {
        TextField field = FormControls.row(pane, row, text.get(key), value, 28, limit);
        field.setPromptText(text.get(key + "Prompt", limit.max()));
        return field;
    }

    GridPane pane() {
        return pane;
    }

    TextField nameField() {
        return nameField;
    }

    /** True while the fields are no customer; the dialog cannot be confirmed then. */
    BooleanBinding invalid() {
        return Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems);
    }

    /** The customer as typed or chosen, with the odometer reading; only while {@link #invalid()} is false. */
    SessionCustomer customer() {
        return choice.answer();
    }
}
