package io.chargedesk.app;

import javafx.scene.Node;

/** Whether a screen of the console is in view, so that refreshing what nobody sees can wait. */
final class OnScreen {

    private OnScreen() {
    }

    /**
     * {@code node} and every parent visible (a tab pane hides the content of its other tabs), in a scene; a screen
     * not built yet ({@code null}) is not.
     */
    static boolean shows(Node node) {
        if (node == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
