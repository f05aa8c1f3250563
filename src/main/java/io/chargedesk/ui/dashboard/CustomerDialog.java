package io.chargedesk.ui.dashboard;

import io.chargedesk.text.Messages;
import io.chargedesk.text.PrintCheck;
import io.chargedesk.ui.shell.DialogButtons;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * Asks an attendant for the customer of a session: a registered customer, name, plate, a note and the odometer
 * reading, all optional.
 */
final class CustomerDialog {

    private CustomerDialog() {
    }

    /**
     * @param unprintable what in a text cannot be printed on a receipt, if anything: the name and plate are
     *     printed on the session's receipt, so they are refused as they are typed rather than when it is issued
     */
    static Optional<SessionCustomer> ask(Messages text, String title, String action, CustomerChoice choice,
                                  PrintCheck unprintable) {
        return create(text, title, action, choice, unprintable).showAndWait();
    }

    static Dialog<SessionCustomer> create(Messages text, String title, String action, CustomerChoice choice,
                                          PrintCheck unprintable) {
        Dialog<SessionCustomer> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        CustomerForm form = new CustomerForm(text, choice, unprintable);
        dialog.getDialogPane().setContent(form.pane());
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(text));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(form.invalid());
        dialog.setResultConverter(b -> b == ok ? form.customer() : null);
        Platform.runLater(form.nameField()::requestFocus);
        return dialog;
    }
}
