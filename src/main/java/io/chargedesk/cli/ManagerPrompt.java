package io.chargedesk.cli;

import io.chargedesk.access.AccessDenied;
import io.chargedesk.access.Permission;
import io.chargedesk.access.SignIn;
import io.chargedesk.app.UseCases;
import io.chargedesk.store.Database;
import io.chargedesk.usecase.AuditLog;
import io.chargedesk.usecase.ManagerAccess;
import io.chargedesk.usecase.port.StoreException;
import java.io.Console;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * The manager's PIN at the command line: from {@value #PIN} (for scripts), else typed on the console, masked; with
 * neither, what needs a manager is refused. The operating-system user signs, as manager. Made by the command line's
 * factory, so tests hand it an environment of their own.
 */
@Command // a mixin without options of its own: the commands that need a manager carry it
final class ManagerPrompt {

    static final String PIN = "CHARGEDESK_MANAGER_PIN";
    /** The new PIN for {@code set-manager-pin} in a script. */
    static final String NEW_PIN = "CHARGEDESK_NEW_MANAGER_PIN";

    private final Map<String, String> env;
    private final Optional<Console> console;

    ManagerPrompt() {
        this(System.getenv(), Optional.ofNullable(System.console()));
    }

    ManagerPrompt(Map<String, String> env, Optional<Console> console) {
        this.env = env;
        this.console = console;
    }

    /** The audit trail of {@code db}, signed by the operating-system user as attendant. */
    static AuditLog attendant(Database db) {
        Clock clock = Clock.systemUTC();
        return UseCases.auditLog(db, UseCases.attendant(db, clock), clock);
    }

    /**
     * The audit trail of {@code db}, signed by the operating-system user as manager once the PIN is given.
     *
     * @throws AccessDenied no PIN given, or a wrong one
     * @throws IllegalStateException the database has no manager PIN yet
     */
    AuditLog manager(Database db, Permission needed) throws StoreException {
        AuditLog audit = attendant(db);
        signIn(audit.access(), needed);
        return audit;
    }

    /** Signs the operating-system user in as manager on {@code access}. */
    void signIn(ManagerAccess access, Permission needed) throws StoreException {
        if (!access.pinSet()) {
            throw new IllegalStateException("Only a manager may " + needed.phrase() + ", and this database has no "
                    + "manager PIN yet: set one with `chargedesk set-manager-pin --db PATH`.");
        }
        char[] pin = pin(PIN, "Manager PIN (to " + needed.phrase() + "): ").orElseThrow(() -> new AccessDenied(needed));
        SignIn result = access.signIn(access.current().name().isEmpty() ? "manager" : access.current().name(), pin);
        if (result.outcome() != SignIn.Outcome.SIGNED_IN) {
            throw new AccessDenied(needed, "The manager PIN given is wrong, so you may not " + needed.phrase()
                    + "; nothing was changed.");
        }
    }

    /** The new PIN: from {@value #NEW_PIN}, else typed twice on the console. */
    char[] newPin() {
        String given = env.get(NEW_PIN);
        if (given != null) {
            return given.toCharArray();
        }
        Console c = console.orElseThrow(() -> new IllegalArgumentException("Type the new manager PIN on a console, "
                + "or give it in " + NEW_PIN + "."));
        char[] first = c.readPassword("New manager PIN: ");
        char[] again = c.readPassword("The same PIN again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            throw new IllegalArgumentException("The two PINs typed differ; nothing was changed.");
        }
        return first;
    }

    private Optional<char[]> pin(String variable, String question) {
        String given = env.get(variable);
        if (given != null) {
            return Optional.of(given.toCharArray());
        }
        return console.map(c -> c.readPassword(question)).filter(p -> p != null && p.length > 0);
    }
}
