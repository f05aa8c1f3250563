package io.chargedesk.ui.shell;

import io.chargedesk.text.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The buttons every dialog has, in the user's language from the bundle. Not JavaFX's own {@link ButtonType#CANCEL}
 * and {@link ButtonType#OK}: those are worded once, in the default locale of the moment their class is first loaded,
 * so they could speak another language than the screen around them.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    /** "Cancel": closes the dialog without an answer, as Escape does. */
    public static ButtonType cancel(Messages text) {
        return new ButtonType(text.get("shell.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** "Close", for a window that asks nothing. */
    public static ButtonType close(Messages text) {
        return new ButtonType(text.get("shell.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** "OK", for a dialog whose answer has no better word. */
    public static ButtonType ok(Messages text) {
        return new ButtonType(text.get("shell.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }
}
