package io.chargedesk.ui.shell;

import io.chargedesk.text.Formats;
import io.chargedesk.text.Messages;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The console's frame: a header with the site and its clock, and one tab per screen (Ctrl+1, Ctrl+2, …). */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Label clockLabel = new Label();
    private final HBox header;
    private final Clock clock;
    private final ZoneId zone;
    private final Messages texts;

    public MainWindow(String siteName, String origin, Clock clock, ZoneId zone, Messages texts) {
        this.clock = clock;
        this.zone = zone;
        this.texts = texts;
        Label name = new Label(siteName);
        name.getStyleClass().add("site-name");
        Label source = new Label(origin);
        source.getStyleClass().add("site-origin");
        clockLabel.getStyleClass().add("site-clock");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(12, name, source, spacer, clockLabel);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        header.getStyleClass().add("header");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(header);
        root.setCenter(tabs);
        root.getStyleClass().add("main-window");
        root.setOnKeyPressed(e -> {
            // Ctrl+1 … Ctrl+9 and, for the tenth screen, Ctrl+0: the digits in the order of the keyboard's row.
            for (int i = 0; i < tabs.getTabs().size() && i < 10; i++) {
                if (new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf((i + 1) % 10)),
                        KeyCombination.SHORTCUT_DOWN).match(e)) {
                    tabs.getSelectionModel().select(i);
                    e.consume();
                }
            }
        });
        tick();
    }

    /**
     * Adds the screen {@code name} ("sessions"), titled by the bundle's {@code shell.tab.<name>}; its tab's id is
     * {@code tab-<name>} in every language.
     *
     * @return the screen's tab, whose title a screen may keep current (a count of alerts waiting)
     */
    public Tab addScreen(String name, Parent content) {
        Tab tab = new Tab(texts.get("shell.tab." + name), content);
        tab.setId("tab-" + name.toLowerCase(Locale.ROOT));
        tabs.getTabs().add(tab);
        return tab;
    }

    /**
     * Adds the screen {@code name} as {@link #addScreen(String, Parent)} does, but builds its content only when its
     * tab is first selected (by a click, its shortcut or {@link #select}): a tab pane styles and lays out the content
     * of every tab, shown or not, and ten screens built at start-up cost the console seconds before its dashboard
     * and a third of its heap (docs/bench-console.md). Until then the tab is empty.
     *
     * @param content builds the screen and starts its first load; called once, on the FX thread
     * @return the screen's tab; its content stays {@code null} until it is first selected
     */
    public Tab addScreen(String name, Supplier<? extends Parent> content) {
        Tab tab = addScreen(name, (Parent) null);
        InvalidationListener onFirstSelection = new InvalidationListener() {
            @Override
            public void invalidated(Observable selected) {
                if (tab.isSelected()) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        };
        tab.selectedProperty().addListener(onFirstSelection);
        // The first tab of a pane is selected as it is added.
        onFirstSelection.invalidated(tab.selectedProperty());
        return tab;
    }

    /** Puts {@code part} at the right end of the header, after the clock (who is signed in). */
    public void addToHeader(Node part) {
        header.getChildren().add(part);
    }

    /** Shows the screen {@code name} ("history"), if there is one. */
    public void select(String name) {
        String id = "tab-" + name.toLowerCase(Locale.ROOT);
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Updates the header clock; the app calls it with every refresh. */
    public void tick() {
        clockLabel.setText(Formats.dateTime(clock.instant(), zone, texts.locale()) + " " + zone.getId());
    }

    public Parent node() {
        return root;
    }
}
