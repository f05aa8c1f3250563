package io.chargedesk.ui.dashboard;

import io.chargedesk.session.Customer;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;

/** Asks an attendant for the customer of a session: name, plate and a note, all optional. */
final class CustomerDialog {

    private CustomerDialog() {
    }

    /**
     * @param unprintable what in a text cannot be printed on a receipt, if anything: the name and plate are
     *     printed on the session's receipt, so they are refused as they are typed rather than when it is issued
     */
    static Optional<Customer> ask(String title, String action, Customer current,
                                  Function<String, Optional<String>> unprintable) {
        return create(title, action, current, unprintable).showAndWait();
    }

    static Dialog<Customer> create(String title, String action, Customer current,
                                   Function<String, Optional<String>> unprintable) {
        Dialog<Customer> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextField name = new TextField(current.name());
        name.setId("customer-name");
        name.setPromptText("Name (optional)");
        TextField plate = new TextField(current.plate());
        plate.setId("customer-plate");
        plate.setPromptText("Number plate (optional)");
        TextField note = new TextField(current.note());
        note.setId("customer-note");
        note.setPromptText("Note (optional)");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("_Name"), name);
        form.addRow(1, new Label("_Plate"), plate);
        form.addRow(2, new Label("N_ote"), note);
        ((Label) form.getChildren().get(0)).setLabelFor(name);
        ((Label) form.getChildren().get(2)).setLabelFor(plate);
        ((Label) form.getChildren().get(4)).setLabelFor(note);
        ((Label) form.getChildren().get(0)).setMnemonicParsing(true);
        StringBinding problem = Bindings.createStringBinding(
                () -> problem(name.getText(), plate.getText(), unprintable).orElse(""),
                name.textProperty(), plate.textProperty());
        Label problemLabel = new Label();
        problemLabel.setId("customer-problem");
        problemLabel.setTextFill(Color.web("#c62828"));
        problemLabel.setWrapText(true);
        problemLabel.setMaxWidth(420);
        problemLabel.textProperty().bind(problem);
        form.add(problemLabel, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(problem.isNotEmpty());
        dialog.setResultConverter(b -> b == ok ? new Customer(name.getText(), plate.getText(), note.getText()) : null);
        Platform.runLater(name::requestFocus);
        return dialog;
    }

    /** What keeps the name or plate off a receipt, naming the field; the note is not printed. */
    static Optional<String> problem(String name, String plate, Function<String, Optional<String>> unprintable) {
        return unprintable.apply(name).map(p -> "Name: " + p)
                .or(() -> unprintable.apply(plate).map(p -> "Plate: " + p));
    }
}
