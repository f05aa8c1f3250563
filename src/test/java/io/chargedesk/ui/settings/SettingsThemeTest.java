package io.chargedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.testing.FxThread;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.shell.ThemeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;

/** The theme chosen in Settings is the console's theme choice, both ways, at once. */
class SettingsThemeTest {

    @Test
    @SuppressWarnings("unchecked")
    void theChoiceInSettingsIsTheConsolesThemeChoice() throws Exception {
        SimpleObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
        FxThread.call(() -> {
            // Choosing a theme needs neither thread: work handed to them is kept, never run here.
            List<Runnable> neverRun = new ArrayList<>();
            SettingsViewModel model = new SettingsViewModel(SiteSource.demo().config(), SiteSource.parser(), List::of,
                    SiteSource.meterModels().names(), (yaml, source) -> { }, new SettingsViewModelTest.Languages(),
                    Locale.ENGLISH, neverRun::add, neverRun::add);
            Scene scene = new Scene(new SettingsView(model, Messages.of(Locale.ENGLISH), theme).node());
            // The form sits in a scroll pane, whose content joins the scene graph with its skin.
            scene.getRoot().applyCss();
            ComboBox<ThemeChoice> choice = (ComboBox<ThemeChoice>) scene.lookup("#settings-theme");
            assertThat(choice.getValue()).isEqualTo(ThemeChoice.SYSTEM);
            choice.setValue(ThemeChoice.LIGHT);
            assertThat(theme.get()).isEqualTo(ThemeChoice.LIGHT);
            theme.set(ThemeChoice.DARK);
            assertThat(choice.getValue()).as("Ctrl+Shift+T shows in Settings too").isEqualTo(ThemeChoice.DARK);
            assertThat(choice.getConverter().toString(ThemeChoice.SYSTEM)).isEqualTo("As the system");
            return null;
        });
    }
}
