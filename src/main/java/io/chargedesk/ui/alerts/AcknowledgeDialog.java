package io.chargedesk.ui.alerts;

import io.chargedesk.text.Messages;
import io.chargedesk.text.TextLimit;
import io.chargedesk.ui.alerts.AlertsViewModel.AlertRow;
import io.chargedesk.ui.shell.DialogButtons;
import io.chargedesk.ui.shell.FormControls;
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
import javafx.stage.Window;

/** Asks who acknowledges an alert: their name, one line, no longer than the database keeps. */
final class AcknowledgeDialog {

    private AcknowledgeDialog() {
    }

    /**
     * @param nameProblem what keeps a name from being stored, if anything
     * @param owner the main window: the dialog sits over it and wears its theme
     */
    static Dialog<String> create(AlertRow alert, String lastName, Function<String, Optional<String>> nameProblem,
                                 Messages text, Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(text.get("alerts.dialog.title"));
        dialog.setHeaderText(text.get("alerts.dialog.header", alert.kind(), alert.bay(), alert.raised()));
        TextField name = FormControls.limited(new TextField(lastName), TextLimit.ATTENDANT_NAME);
        name.setId("acknowledge-name");
        name.setPrefColumnCount(28);
        name.setPromptText(text.get("alerts.dialog.prompt", TextLimit.ATTENDANT_NAME.max()));
        Label label = new Label(text.get("alerts.dialog.name"));
        label.setMnemonicParsing(true);
        label.setLabelFor(name);
        StringBinding problem = Bindings.createStringBinding(() -> nameProblem.apply(name.getText()).orElse(""),
                name.textProperty());
        Label shown = new Label();
        shown.setId("acknowledge-problem");
        shown.getStyleClass().add("problems");
        shown.setWrapText(true);
        shown.textProperty().bind(problem);
        GridPane pane = new GridPane();
        pane.setHgap(8);
        pane.setVgap(8);
        pane.addRow(0, label, name);
        pane.add(shown, 0, 1, 2, 1);
        dialog.getDialogPane().setContent(pane);
        ButtonType ok = new ButtonType(text.get("alerts.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(text));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(problem.isNotEmpty());
        dialog.setResultConverter(b -> b == ok ? name.getText().strip() : null);
        Platform.runLater(name::requestFocus);
        return dialog;
    }
}
