package io.chargedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.testing.FxThread;
import io.chargedesk.text.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/** The console's frame builds a screen when its tab is first opened, not at start-up. */
class MainWindowTest {

    private final List<String> built = new ArrayList<>();

    private Supplier<Parent> screen(String name) {
        return () -> {
            built.add(name);
            return new StackPane(new Label(name));
        };
    }

    private MainWindow window() {
        MainWindow window = new MainWindow("Depot", "site file", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                ZoneOffset.UTC, Messages.of(Locale.ENGLISH));
        window.addScreen("dashboard", new StackPane(new Label("dashboard")));
        window.addScreen("sessions", screen("sessions"));
        window.addScreen("history", screen("history"));
        new Scene(window.node(), 800, 600);
        return window;
    }

    private static List<Tab> tabs(MainWindow window) {
        return new ArrayList<>(((javafx.scene.control.TabPane) window.node().lookup(".tab-pane")).getTabs());
    }

    private static KeyEvent shortcut(KeyCode digit) {
        // The shortcut key of Linux, where the tests run headless.
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", digit, false, true, false, false);
    }

    @Test
    void atStartOnlyTheFirstScreenIsBuiltAndAShortcutBuildsItsScreenOnce() throws Exception {
        List<Object> seen = FxThread.call(() -> {
            MainWindow window = window();
            List<Object> result = new ArrayList<>();
            result.add(List.copyOf(built));
            result.add(tabs(window).stream().map(t -> t.getContent() != null).toList());
            window.node().fireEvent(shortcut(KeyCode.DIGIT2));
            result.add(List.copyOf(built));
            result.add(tabs(window).get(1).isSelected());
            result.add(tabs(window).get(1).getContent().lookup(".label") instanceof Label l ? l.getText() : "");
            window.node().fireEvent(shortcut(KeyCode.DIGIT1));
            window.node().fireEvent(shortcut(KeyCode.DIGIT2));
            result.add(List.copyOf(built));
            return result;
        });

        assertThat(seen.get(0)).as("built at start").isEqualTo(List.of());
        assertThat(seen.get(1)).as("tabs with content at start").isEqualTo(List.of(true, false, false));
        assertThat(seen.get(2)).as("built after Ctrl+2").isEqualTo(List.of("sessions"));
        assertThat(seen.get(3)).isEqualTo(true);
        assertThat(seen.get(4)).isEqualTo("sessions");
        assertThat(seen.get(5)).as("built once, however often opened").isEqualTo(List.of("sessions"));
    }

    @Test
    void selectingAScreenByNameBuildsIt() throws Exception {
        List<String> seen = FxThread.call(() -> {
            MainWindow window = window();
            window.select("history");
            return List.copyOf(built);
        });

        assertThat(seen).containsExactly("history");
    }

    @Test
    void aScreenBuiltOnDemandThatIsTheFirstTabIsBuiltAtOnce() throws Exception {
        List<String> seen = FxThread.call(() -> {
            MainWindow window = new MainWindow("Depot", "site file", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                    ZoneOffset.UTC, Messages.of(Locale.ENGLISH));
            window.addScreen("dashboard", screen("dashboard"));
            window.addScreen("sessions", screen("sessions"));
            return List.copyOf(built);
        });

        assertThat(seen).as("the first tab is selected as it is added").containsExactly("dashboard");
    }
}
