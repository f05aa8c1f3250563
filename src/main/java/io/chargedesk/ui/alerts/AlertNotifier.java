package io.chargedesk.ui.alerts;

import io.chargedesk.text.Messages;
import io.chargedesk.ui.alerts.AlertsViewModel.AlertRow;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * A ControlsFX notification for each alert raised, in the corner of the main window and in its theme (the popup
 * takes the window's style sheets; {@code .notification-bar.chargedesk-alert} in chargedesk.css). Clicking it opens
 * the alert list. When many come at once (a bus with 20 bays gone) they fold into one that says how many.
 */
public final class AlertNotifier {

    /** More notifications than this on screen at once fold into one. */
    private static final int FOLD_AFTER = 4;
    private static final Duration SHOWN_FOR = Duration.seconds(20);

    private final Window owner;
    private final Messages text;
    private final Runnable openList;

    /** @param openList shows the alert list, when a notification is clicked */
    public AlertNotifier(Window owner, Messages text, Runnable openList) {
        this.owner = owner;
        this.text = text;
        this.openList = openList;
    }

    public void show(AlertRow alert) {
        Notifications.create()
                .owner(owner)
                .title(text.get("alerts.notification.title", alert.kind(), alert.bay()))
                .text(alert.reason())
                .styleClass("chargedesk-alert")
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .onAction(e -> openList.run())
                .threshold(FOLD_AFTER, Notifications.create()
                        .title(text.get("alerts.notification.many"))
                        .text(text.get("alerts.notification.manyText"))
                        .styleClass("chargedesk-alert")
                        .onAction(e -> openList.run()))
                .showWarning();
    }
}
