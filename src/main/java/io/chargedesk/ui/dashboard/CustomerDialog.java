package io.chargedesk.ui.dashboard;

import io.chargedesk.session.Customer;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** Asks an attendant for the customer of a session: name, plate and a note, all optional. */
final class CustomerDialog {

    private CustomerDialog() {
    }

    static Optional<Customer> ask(String title, String action, Customer current) {
        Dialog<Customer> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        CustomerForm form = new CustomerForm(current);
        dialog.getDialogPane().setContent(form.pane());
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(form.invalid());
        dialog.setResultConverter(b -> b == ok ? form.customer() : null);
        Platform.runLater(form.nameField()::requestFocus);
        return dialog.showAndWait();
    }
}
