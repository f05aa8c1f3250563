package io.chargedesk.ui.access;

import io.chargedesk.access.Pin;
import io.chargedesk.text.Messages;
import io.chargedesk.text.TextLimit;
import io.chargedesk.ui.shell.DialogButtons;
import io.chargedesk.ui.shell.FormControls;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Manager sign-in: a name and the PIN (masked). A wrong PIN keeps the dialog open and says so; the PIN field is
 * emptied after each try.
 */
public final class ManagerSignInDialog {

    private ManagerSignInDialog() {
    }

    /**
     * @param why what the attendant tried, when the dialog comes up because of it; empty when asked for
     * @return true when a manager signed in
     */
    public static boolean ask(ManagerSignInViewModel model, String why, Messages text, Window owner) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(text.get("access.dialog.title"));
        dialog.setHeaderText(why.isEmpty() ? text.get("access.dialog.header") : why);
        TextField name = FormControls.limited(new TextField(), TextLimit.ATTENDANT_NAME);
        name.setId("manager-name");
        name.setPrefColumnCount(24);
        PasswordField pin = new PasswordField();
        pin.setId("manager-pin");
        pin.setPromptText(text.get("access.dialog.pinPrompt", Pin.MIN_DIGITS, Pin.MAX_DIGITS));
        Label nameLabel = label(text.get("access.dialog.name"), name);
        Label pinLabel = label(text.get("access.dialog.pin"), pin);
        Label problem = new Label();
        problem.setId("manager-problem");
        problem.getStyleClass().add("problems");
        problem.setWrapText(true);
        problem.textProperty().bind(model.messageProperty());
        GridPane pane = new GridPane();
        pane.setHgap(8);
        pane.setVgap(8);
        pane.addRow(0, nameLabel, name);
        pane.addRow(1, pinLabel, pin);
        pane.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(pane);
        ButtonType ok = new ButtonType(text.get("access.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(text));
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(name.textProperty().isEmpty().or(pin.textProperty().isEmpty()));
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            // The dialog stays open until the PIN is checked: a wrong one is said here and may be typed again.
            e.consume();
            okButton.disableProperty().unbind();
            okButton.setDisable(true);
            model.signIn(name.getText(), pin.getText().toCharArray()).thenAccept(in -> {
                pin.clear();
                okButton.disableProperty().bind(name.textProperty().isEmpty().or(pin.textProperty().isEmpty()));
                if (in) {
                    dialog.setResult(true);
                    dialog.close();
                } else {
                    pin.requestFocus();
                }
            });
        });
        dialog.setResultConverter(b -> b == ok);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait().orElse(false);
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
