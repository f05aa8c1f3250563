package io.chargedesk.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The theme of every window of the console, dialogs included: each window that opens gets the theme's stylesheets,
 * and a change of theme restyles the windows already open. Settings binds its choice to {@link #choiceProperty()};
 * Ctrl+Shift+T switches between light and dark. On the FX thread only.
 */
public final class Themes {

    private final ObjectProperty<ThemeChoice> choice = new SimpleObjectProperty<>(this, "choice", ThemeChoice.SYSTEM);
    private final ObjectProperty<Theme> system = new SimpleObjectProperty<>(this, "system", Theme.DARK);
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.DARK);

    public Themes(ThemeChoice initial) {
        choice.set(initial);
        choice.addListener((o, was, now) -> resolve());
        system.addListener((o, was, now) -> resolve());
        resolve();
        theme.addListener((o, was, now) -> Window.getWindows().forEach(this::style));
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::style);
            }
        });
    }

    /** What the user chose; the console saves it where it keeps the user's preferences. */
    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** The theme the operating system prefers, once it has been read (off the FX thread; dark until then). */
    public void systemPrefers(Theme preferred) {
        system.set(preferred);
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** Switches between light and dark, as a choice of its own. */
    public void toggle() {
        choice.set(theme.get().other() == Theme.LIGHT ? ThemeChoice.LIGHT : ThemeChoice.DARK);
    }

    /** Gives {@code scene} the theme's stylesheets; windows that open later get them by themselves. */
    public void style(Scene scene) {
        for (Theme t : Theme.values()) {
            scene.getStylesheets().removeAll(t.stylesheets());
        }
        scene.getStylesheets().addAll(theme.get().stylesheets());
    }

    /** Stages only: a popup (a menu, a notification) takes its owner's look, or brings its own stylesheet. */
    private void style(Window window) {
        if (window instanceof Stage && window.getScene() != null) {
            style(window.getScene());
        }
    }

    private void resolve() {
        theme.set(choice.get().resolve(system.get()));
    }
}
