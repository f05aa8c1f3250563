package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.testing.FxThread;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

class OnScreenTest {

    @Test
    void theContentOfATabIsOnScreenOnlyWhileItsTabIsSelected() throws Exception {
        List<Boolean> shown = FxThread.call(() -> {
            StackPane dashboard = new StackPane(new Label("dashboard"));
            StackPane diagnostics = new StackPane(new Label("diagnostics"));
            TabPane tabs = new TabPane(new Tab("Dashboard", dashboard), new Tab("Diagnostics", diagnostics));
            new Scene(tabs, 400, 300);
            tabs.applyCss();
            tabs.layout();
            boolean before = OnScreen.shows(diagnostics);
            tabs.getSelectionModel().select(1);
            tabs.layout();
            return List.of(before, OnScreen.shows(diagnostics), OnScreen.shows(dashboard));
        });

        assertThat(shown).containsExactly(false, true, false);
    }

    @Test
    void aNodeInNoSceneIsNotOnScreen() throws Exception {
        assertThat(FxThread.call(() -> OnScreen.shows(new Label("alone")))).isFalse();
    }

    @Test
    void aScreenNotBuiltYetIsNotOnScreen() {
        assertThat(OnScreen.shows(null)).isFalse();
    }
}
