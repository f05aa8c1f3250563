package io.chargedesk.app;

import io.chargedesk.text.Language;
import io.chargedesk.ui.settings.SettingsViewModel;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The language chosen in Settings, kept per user and PC beside the receipt paper: each desk may speak its own. The
 * PC's own locale is taken before the console sets the chosen one as the default.
 */
final class UserLanguage implements SettingsViewModel.LanguageStore {

    private static final String KEY = "language";
    private static final Locale PC = Locale.getDefault();

    private final Preferences prefs = Preferences.userNodeForPackage(ChargeDeskApp.class);

    @Override
    public Language saved() {
        return Language.named(prefs.get(KEY, Language.SYSTEM.name()));
    }

    @Override
    public void save(Language language) {
        prefs.put(KEY, language.name());
    }

    /**
     * The chosen locale, made the default too: JavaFX's own texts (OK, Cancel) and the date pickers' weeks follow
     * the default locale, and take it when first used.
     */
    Locale apply() {
        Locale chosen = saved().locale(PC);
        Locale.setDefault(chosen);
        return chosen;
    }
}
