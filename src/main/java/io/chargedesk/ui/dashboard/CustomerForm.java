package io.chargedesk.ui.dashboard;

import io.chargedesk.session.Customer;
import io.chargedesk.text.Messages;
import io.chargedesk.text.TextLimit;
import io.chargedesk.ui.shell.FormControls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The fields of the customer dialog: each takes no more than a session stores, and whatever else keeps them from
 * being a {@link Customer} (a control character pasted in) or keeps the name or plate off a receipt (a character
 * no receipt font has) is named under them while they are typed.
 */
final class CustomerForm {

    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty plate = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty();
    private final GridPane pane = new GridPane();
    private final TextField nameField;
    private final ObjectBinding<List<String>> problems;

    /** @param unprintable what in a text cannot be printed on a receipt, if anything (the note is not printed) */
    CustomerForm(Messages text, Customer current, Function<String, Optional<String>> unprintable) {
        name.set(current.name());
        plate.set(current.plate());
        note.set(current.note());
        pane.setHgap(8);
        pane.setVgap(8);
        nameField = field(0, text, "dashboard.form.name", name, TextLimit.CUSTOMER_NAME);
        nameField.setId("customer-name");
        field(1, text, "dashboard.form.plate", plate, TextLimit.PLATE).setId("customer-plate");
        field(2, text, "dashboard.form.note", note, TextLimit.NOTE).setId("customer-note");
        problems = Bindings.createObjectBinding(() -> {
            List<String> found = new ArrayList<>(Customer.problems(name.get(), plate.get(), note.get()));
            if (found.isEmpty()) {
                // Only text that fits a session is asked about printing, so a control character is named once.
                unprintable.apply(name.get()).ifPresent(p -> found.add(text.get("dashboard.form.nameProblem", p)));
                unprintable.apply(plate.get()).ifPresent(p -> found.add(text.get("dashboard.form.plateProblem", p)));
            }
            return found;
        }, name, plate, note);
        Label shown = new Label();
        shown.setId("customer-problem");
        shown.setWrapText(true);
        shown.getStyleClass().add("problems");
        shown.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", problems.get()), problems));
        pane.add(shown, 0, 3, 2, 1);
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

    /** The customer as typed; only while {@link #invalid()} is false. */
    Customer customer() {
        return new Customer(name.get(), plate.get(), note.get());
    }
}
