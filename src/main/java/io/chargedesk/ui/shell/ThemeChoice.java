package io.chargedesk.ui.shell;

/** What the user chose in Settings: the system's look, when it can be read, or one of the two themes. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK;

    /** The theme to show; {@code system} is what the operating system prefers (dark when it cannot be read). */
    public Theme resolve(Theme system) {
        return switch (this) {
            case SYSTEM -> system;
            case LIGHT -> Theme.LIGHT;
            case DARK -> Theme.DARK;
        };
    }

    /** The key of its name in the bundle: "theme.system", "theme.light", "theme.dark". */
    public String textKey() {
        return "theme." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
