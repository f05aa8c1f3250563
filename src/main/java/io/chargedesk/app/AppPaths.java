package io.chargedesk.app;

import io.chargedesk.store.OwnerOnly;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * Where ChargeDesk keeps its data: the platform's per-user data folder (XDG on Linux, %APPDATA% on
 * Windows, Application Support on macOS), or {@code -Dchargedesk.home} / {@code CHARGEDESK_HOME}.
 */
public final class AppPaths {

    private AppPaths() {
    }

    public static Path dataFolder() {
        return dataFolder(System.getProperty("os.name", ""), System::getenv, System.getProperties(),
                System.getProperty("user.home"));
    }

    /**
     * The data folder for this OS name, environment, system properties and home folder, reading no global state.
     *
     * @param env looks up an environment variable, null when unset ({@code System::getenv}, which ignores case on
     *            Windows as {@code System.getenv().get} does not)
     */
    static Path dataFolder(String osName, Function<String, String> env, Properties properties, String userHome) {
        String override = properties.getProperty("chargedesk.home", env.apply("CHARGEDESK_HOME"));
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.contains("win")) {
            String appData = env.apply("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("ChargeDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/ChargeDesk");
        }
        String xdg = env.apply("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("chargedesk");
    }

    /** The default database, without H2's {@code .mv.db} extension. */
    public static Path defaultDatabase() {
        return dataFolder().resolve("chargedesk");
    }

    /** The site file the console uses when present; without it the demo site runs. */
    public static Path siteFile() {
        return dataFolder().resolve("site.yaml");
    }

    public static Path logFolder() {
        return dataFolder().resolve("logs");
    }

    /**
     * Makes the data folder, created if missing, private to this user: it holds the database, its password, receipts
     * and the log. Call after {@link #configureLogging}: a folder this user may not change is reported in the log.
     */
    public static void protectDataFolder() {
        protect(dataFolder());
    }

    static void protect(Path folder) {
        try {
            OwnerOnly.createFolders(folder);
            OwnerOnly.restrict(folder);
        } catch (IOException e) {
            LoggerFactory.getLogger(AppPaths.class).warn("Other users of this PC may read the data folder {}: {}",
                    folder, e.toString());
        }
    }

    /** Points the rolling log file at the data folder; call before the first logger is created. */
    public static void configureLogging() {
        if (System.getProperty("chargedesk.logdir") == null) {
            System.setProperty("chargedesk.logdir", logFolder().toString());
        }
    }
}
