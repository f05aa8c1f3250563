package io.chargedesk.cli;

import io.chargedesk.access.Permission;
import io.chargedesk.app.AppPaths;
import io.chargedesk.app.UseCases;
import io.chargedesk.session.Session;
import io.chargedesk.store.Database;
import io.chargedesk.usecase.ReceiptService;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The {@code --db} and {@code --session} options of the commands that work on one recorded session. */
final class SessionChoice {

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file without .mv.db, or a jdbc: URL (default: the app's data folder).")
    private String db;

    @Option(names = "--session", required = true, paramLabel = "ID",
            description = "The session's id, or enough of its first characters to be unique.")
    private String session;

    /** The receipts of the chosen database, which must exist already, issued by the attendant. */
    ReceiptService receipts() throws StoreException {
        return UseCases.receipts(database(), Clock.systemUTC());
    }

    /** The receipts of the chosen database, for a manager: asks for the PIN first. */
    ReceiptService receipts(ManagerPrompt manager, Permission needed) throws StoreException {
        Database database = database();
        return UseCases.receipts(database, Clock.systemUTC(), manager.manager(database, needed));
    }

    private Database database() throws StoreException {
        return Database.openExisting(db != null ? db : AppPaths.defaultDatabase().toString());
    }

    /** The chosen session, found by its id or a unique start of it. */
    Session session(ReceiptService receipts) throws StoreException {
        return receipts.findSession(session);
    }
}
