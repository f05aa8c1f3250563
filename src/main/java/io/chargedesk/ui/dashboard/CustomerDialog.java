package io.chargedesk.ui.dashboard;

import io.chargedesk.session.Customer;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Asks an attendant for the customer of a session: name, plate and a note, all optional. */
final class CustomerDialog {

    private CustomerDialog() {
    }

    static Optional<Customer> ask(String title, String action, Customer current) {
        Dialog<Customer> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextField name = new TextField(current.name());
        name.setPromptText("Name (optional)");
        TextField plate = new TextField(current.plate());
        plate.setPromptText("Number plate (optional)");
        TextField note = new TextField(current.note());
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
        dialog.getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ok ? new Customer(name.getText(), plate.getText(), note.getText()) : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }
}
