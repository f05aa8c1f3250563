package io.chargedesk.app;

import io.chargedesk.ui.shell.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the desktop prefers a light or a dark look, where it says so: Windows' "apps use light theme", macOS's
 * dark appearance, GNOME's colour scheme or a GTK theme named dark. It runs a small system command, so call it off
 * the FX thread; empty when nothing can be read, and the console keeps its dark look.
 */
final class SystemTheme {

    private static final Logger LOG = LoggerFactory.getLogger(SystemTheme.class);

    private SystemTheme() {
    }

    static Optional<Theme> preferred() {
        String gtk = System.getenv().getOrDefault("GTK_THEME", "");
        if (!gtk.isEmpty()) {
            return Optional.of(gtk.toLowerCase(Locale.ROOT).contains("dark") ? Theme.DARK : Theme.LIGHT);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return output(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(o -> o.contains("0x0") ? Theme.DARK : Theme.LIGHT);
        }
        if (os.contains("mac")) {
            // The key exists only in dark mode: a failing command means light.
            return Optional.of(output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .filter(o -> o.contains("Dark")).map(o -> Theme.DARK).orElse(Theme.LIGHT));
        }
        // "default" is no preference at all: then the console keeps its own look.
        String scheme = output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).orElse("");
        return scheme.contains("prefer-dark") ? Optional.of(Theme.DARK)
                : scheme.contains("prefer-light") ? Optional.of(Theme.LIGHT) : Optional.empty();
    }

    /** What the command prints, when it runs and succeeds within a few seconds. */
    private static Optional<String> output(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroy();
                    return Optional.empty();
                }
                return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
            }
        } catch (IOException e) {
            LOG.debug("The desktop's theme cannot be read with {}: {}", command.get(0), e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
