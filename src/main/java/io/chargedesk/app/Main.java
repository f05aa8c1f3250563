package io.chargedesk.app;

import io.chargedesk.cli.ChargeDeskCommand;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.store.StoreException;
import picocli.CommandLine;

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
        if (args.length == 0) {
            ChargeDeskApp.main(args);
            return;
        }
        CommandLine cli = new CommandLine(new ChargeDeskCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Expected problems are the user's to fix: say what, not a stack trace.
            if (e instanceof SiteFileException || e instanceof StoreException || e instanceof IllegalArgumentException
                    || e instanceof IllegalStateException) {
                cmd.getErr().println("chargedesk: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        System.exit(cli.execute(args));
    }
}
