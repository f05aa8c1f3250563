package io.chargedesk.ui.access;

import io.chargedesk.text.Messages;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The header's note of who works at this console, with the button to sign in as manager (Ctrl+M) or out. */
public final class ManagerBar {

    private final HBox root;

    public ManagerBar(ManagerSignInViewModel model, Runnable askToSignIn, Messages text) {
        Label who = new Label();
        who.setId("signed-in");
        who.getStyleClass().add("signed-in");
        who.textProperty().bind(model.whoProperty());
        Button button = new Button();
        button.setId("manager-sign-in");
        button.setFocusTraversable(false);
        button.textProperty().bind(model.managerProperty().map(m -> m ? text.get("access.signOut")
                : text.get("access.signIn")));
        button.setOnAction(e -> {
            if (model.managerProperty().get()) {
                model.signOut();
            } else {
                askToSignIn.run();
            }
        });
        root = new HBox(8, who, button);
        root.setAlignment(Pos.CENTER_RIGHT);
    }

    public Parent node() {
        return root;
    }
}
