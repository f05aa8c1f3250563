package io.chargedesk.ui.access;

import io.chargedesk.access.Actor;
import io.chargedesk.access.Permission;
import io.chargedesk.access.SignIn;
import io.chargedesk.text.Messages;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * Who works at this console: the header shows it, a manager signs in with the site's PIN and out again (or is
 * signed out after ten idle minutes, which {@link #refresh} shows). The PIN is checked on the background executor
 * (its key derivation takes a good part of a second on purpose).
 */
public final class ManagerSignInViewModel {

    /** What sign-in needs from the desk's access rules; {@link #signIn} is slow and runs off the UI thread. */
    public interface Desk {
        SignIn signIn(String name, char[] pin) throws Exception;

        void signOut();

        Actor current();
    }

    private final Desk desk;
    private final Messages text;
    private final Executor background;
    private final Executor ui;
    private final SimpleStringProperty who = new SimpleStringProperty(this, "who", "");
    private final SimpleBooleanProperty manager = new SimpleBooleanProperty(this, "manager");
    private final SimpleStringProperty message = new SimpleStringProperty(this, "message", "");

    public ManagerSignInViewModel(Desk desk, Messages text, Executor background, Executor ui) {
        this.desk = desk;
        this.text = text;
        this.background = background;
        this.ui = ui;
        refresh();
    }

    /** "Attendant (jdoe)" or "Manager: Anna Berg", for the header. */
    public ReadOnlyStringProperty whoProperty() {
        return who;
    }

    public ReadOnlyBooleanProperty managerProperty() {
        return manager;
    }

    /** Why the last sign-in failed, in a plain sentence; empty after one that worked. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Shows who works here now: a manager idle too long has been signed out meanwhile. */
    public void refresh() {
        Actor now = desk.current();
        manager.set(now.isManager());
        who.set(now.isManager() ? text.get("access.who.manager", now.name())
                : now.name().isEmpty() ? text.get("access.who.attendantUnnamed")
                : text.get("access.who.attendant", now.name()));
    }

    /**
     * Checks the PIN and signs {@code name} in as manager; the PIN array is cleared.
     *
     * @return completes on the ui thread, true when signed in; else {@link #messageProperty} says why not
     */
    public CompletionStage<Boolean> signIn(String name, char[] pin) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        if (name == null || name.isBlank()) {
            Arrays.fill(pin, '\0');
            message.set(text.get("access.nameMissing"));
            done.complete(false);
            return done;
        }
        background.execute(() -> {
            String said;
            boolean in = false;
            try {
                SignIn result = desk.signIn(name.strip(), pin);
                in = result.outcome() == SignIn.Outcome.SIGNED_IN;
                said = switch (result.outcome()) {
                    case SIGNED_IN -> "";
                    case WRONG_PIN -> text.get("access.wrongPin", result.triesLeft());
                    case LOCKED_OUT -> text.get("access.lockedOut", Math.max(1, result.lockedFor().toSeconds()));
                    case NO_PIN_SET -> text.get("access.noPin");
                };
            } catch (IllegalArgumentException e) {
                said = e.getMessage();
            } catch (Exception e) {
                said = text.get("access.failed", e.getMessage());
            } finally {
                Arrays.fill(pin, '\0');
            }
            String shown = said;
            boolean signedIn = in;
            ui.execute(() -> {
                message.set(shown);
                refresh();
                done.complete(signedIn);
            });
        });
        return done;
    }

    public void signOut() {
        desk.signOut();
        message.set("");
        refresh();
    }

    /** What a screen says when an attendant tries what only a manager may do. */
    public String denied(Permission permission) {
        return text.get("access.denied", text.get("access.permission." + permission.code()));
    }
}
