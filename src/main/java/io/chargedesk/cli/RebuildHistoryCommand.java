package io.chargedesk.cli;

import io.chargedesk.app.AppPaths;
import io.chargedesk.app.UseCases;
import io.chargedesk.store.Database;
import io.chargedesk.store.HistoryRebuild;
import io.chargedesk.usecase.port.StoreException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rebuild-history --db PATH}: recomputes the History screen's rollups from the recorded energy and sessions. */
@Command(name = "rebuild-history", mixinStandardHelpOptions = true,
        description = "Recomputes the History screen's totals, peaks and patterns from the recorded 15-minute energy "
                + "and sessions (after restoring a backup or changing tariffs), a month at a time. Run it while no "
                + "console or collector uses the database. If it stops half-way, the History screen shows the months "
                + "done only until it is run again (it starts over); the recorded energy and sessions are only read.")
public final class RebuildHistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file without .mv.db, or a jdbc: URL (default: the app's data folder).")
    private String db;

    @Override
    public Integer call() throws StoreException {
        Database database = Database.openExisting(db != null ? db : AppPaths.defaultDatabase().toString());
        PrintWriter err = spec.commandLine().getErr();
        HistoryRebuild.Result result = new HistoryRebuild(database).rebuild(
                UseCases.sessionPrices(database, Clock.systemUTC()),
                (done, last) -> {
                    err.println("Rebuilt up to " + done + " of " + last);
                    err.flush();
                });
        err.println(result.first().isEmpty() ? "Nothing recorded yet: the history is empty."
                : "History rebuilt from " + result.first().get() + " to " + result.last().get() + ": "
                        + result.intervals() + " intervals, " + result.sessions() + " sessions.");
        return 0;
    }
}
