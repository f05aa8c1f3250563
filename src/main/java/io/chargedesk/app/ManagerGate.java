package io.chargedesk.app;

import io.chargedesk.access.AccessDenied;
import io.chargedesk.access.Actor;
import io.chargedesk.access.SignIn;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.access.ManagerSignInDialog;
import io.chargedesk.ui.access.ManagerSignInViewModel;
import io.chargedesk.usecase.ManagerAccess;
import java.util.concurrent.TimeUnit;
import javafx.stage.Window;

/**
 * What the console does when an attendant tries what only a manager may: the use case refuses, the sign-in dialog
 * comes up saying why, and once a manager signs in the action runs again; cancelled, the screen says plainly who may
 * do it. After a cancel, the next refusals for a few seconds are not asked again (a batch export of many receipts
 * asks once).
 */
final class ManagerGate {

    /** Work that a use case may refuse to an attendant. */
    @FunctionalInterface
    interface Guarded<T> {
        T run() throws Exception;
    }

    private static final long QUIET_AFTER_CANCEL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ManagerSignInViewModel model;
    private final Messages texts;
    private final Window owner;
    private volatile long declinedAt = System.nanoTime() - QUIET_AFTER_CANCEL_NANOS;

    ManagerGate(ManagerSignInViewModel model, Messages texts, Window owner) {
        this.model = model;
        this.texts = texts;
        this.owner = owner;
    }

    /** The sign-in screen's view of the desk's access rules. */
    static ManagerSignInViewModel.Desk desk(ManagerAccess access) {
        return new ManagerSignInViewModel.Desk() {
            @Override
            public SignIn signIn(String name, char[] pin) throws Exception {
                return access.signIn(name, pin);
            }

            @Override
            public void signOut() {
                access.signOut();
            }

            @Override
            public Actor current() {
                return access.current();
            }
        };
    }

    /** Runs {@code work}; refused to an attendant, asks for the manager's PIN (on the FX thread) and runs it again. */
    <T> T asManager(Guarded<T> work) throws Exception {
        try {
            return work.run();
        } catch (AccessDenied denied) {
            String why = model.denied(denied.permission());
            if (System.nanoTime() - declinedAt < QUIET_AFTER_CANCEL_NANOS
                    || !ChargeDeskApp.askOnFxThread(() -> ask(why))) {
                declinedAt = System.nanoTime();
                throw new IllegalStateException(why, denied);
            }
            return work.run();
        }
    }

    /** The sign-in dialog; {@code why} heads it (empty: asked for with Ctrl+M or the header's button). */
    boolean ask(String why) {
        // One text with the reason in it, so a language may put the reason where its sentences want it.
        return ManagerSignInDialog.ask(model, why.isEmpty() ? "" : texts.get("access.signInToGoOn", why), texts,
                owner);
    }
}
