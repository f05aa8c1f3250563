package io.chargedesk.app;

import io.chargedesk.store.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * Where the collector keeps what the database at {@code databaseUrl} does not have yet (its spill journal, rows
     * the database refused): a folder of its own per database, named after the database file and a hash of its
     * URL, so that rows kept for one database are only ever written back into that one.
     */
    public static Path unsavedFolder(String databaseUrl) {
        return dataFolder().resolve("unsaved").resolve(unsavedFolderName(databaseUrl));
    }

    static String unsavedFolderName(String databaseUrl) {
        String path = databaseUrl.replaceFirst("^jdbc:h2:(file:)?", "").replaceFirst(";.*$", "");
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
                .replaceAll("[^A-Za-z0-9._-]", "_");
        name = name.substring(0, Math.min(name.length(), 40));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(databaseUrl.getBytes(StandardCharsets.UTF_8));
            return (name.isEmpty() ? "" : name + "-") + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
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
