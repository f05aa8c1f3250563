package io.chargedesk.cli;

import io.chargedesk.app.AppPaths;
import io.chargedesk.app.ConsoleLauncher;

/**
 * The entry point of {@code java -jar chargedesk.jar}: no argument opens the console, anything else is
 * the command line. A plain class rather than the Application subclass, so the JavaFX launcher checks
 * don't stand in the way of a fat jar.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ConsoleLauncher.main(args);
            return;
        }
        AppPaths.configureLogging();
        AppPaths.protectDataFolder();
        System.exit(ChargeDeskCommand.commandLine().execute(args));
    }
}
