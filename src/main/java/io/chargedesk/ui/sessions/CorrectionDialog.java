package io.chargedesk.ui.sessions;

import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.session.Customer;
import io.chargedesk.text.Messages;
import io.chargedesk.text.PrintCheck;
import io.chargedesk.ui.shell.DialogButtons;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Asks for the name and plate a corrected receipt prints, filled in with the session's: what is most often wrong on
 * a receipt that had to be credited. The note stays the session's; it is not printed.
 */
final class CorrectionDialog {

    private CorrectionDialog() {
    }

    /** @param print what in the name or plate cannot be printed on the corrected receipt, if anything */
    static Optional<Customer> ask(Messages text, long replaces, Customer current, PrintCheck print) {
        return create(text, replaces, current, print).showAndWait();
    }

    static Dialog<Customer> create(Messages text, long replaces, Customer current, PrintCheck print) {
        Dialog<Customer> dialog = new Dialog<>();
        dialog.setTitle(text.get("corrections.dialog.title"));
        dialog.setHeaderText(text.get("corrections.dialog.header", ReceiptDocument.formatNumber(replaces)));
        TextField name = field(current.name());
        name.setId("correction-name");
        TextField plate = field(current.plate());
        plate.setId("correction-plate");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(text.get("sessions.column.customer")), name);
        grid.addRow(1, new Label(text.get("corrections.plate")), plate);
        Label problem = new Label();
        problem.setId("correction-problem");
        problem.getStyleClass().add("form-error");
        grid.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType issue = new ButtonType(text.get("corrections.issue"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(issue, DialogButtons.cancel(text));
        problem.textProperty().bind(Bindings.createStringBinding(() -> String.join(" ",
                Customer.reasons(name.getText(), plate.getText(), current.note(), print).stream()
                        .map(text::reason).toList()), name.textProperty(), plate.textProperty()));
        dialog.getDialogPane().lookupButton(issue).disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.setResultConverter(b -> b == issue ? new Customer(name.getText(), plate.getText(), current.note())
                : null);
        return dialog;
    }

    private static TextField field(String value) {
        TextField field = new TextField(value);
        field.setPrefColumnCount(24);
        return field;
    }
}
