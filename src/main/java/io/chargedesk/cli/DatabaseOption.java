package io.chargedesk.cli;

import io.chargedesk.app.AppPaths;
import io.chargedesk.store.Database;
import io.chargedesk.usecase.port.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option of a command that works on a site's existing database. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file without .mv.db, or a jdbc: URL (default: the app's data folder).")
    private String db;

    /** The database, which must exist already. */
    Database open() throws StoreException {
        return Database.openExisting(db != null ? db : AppPaths.defaultDatabase().toString());
    }
}
