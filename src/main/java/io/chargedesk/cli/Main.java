package io.chargedesk.cli;

import io.chargedesk.app.AppPaths;
import io.chargedesk.app.ChargeDeskApp;

/**
 * The entry point of {@code java -jar chargedesk.jar}: no argument opens the console, anything else is
 * the command line. A plain class rather than the Application subclass, so the JavaFX launcher checks
 * don't stand in the way of a fat jar.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        AppPaths.configureLogging();
        AppPaths.protectDataFolder();
        if (args.length == 0) {
            ChargeDeskApp.main(args);
            return;
        }
        System.exit(ChargeDeskCommand.commandLine().execute(args));
    }
}
