package io.chargedesk.cli;

import io.chargedesk.access.Permission;
import io.chargedesk.store.Database;
import io.chargedesk.usecase.AuditLog;
import io.chargedesk.usecase.port.StoreException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code set-manager-pin --db PATH}: sets the site's first manager PIN, or changes it after the current one is given
 * (docs/decisions/0019-roles-and-audit.md).
 */
@Command(name = "set-manager-pin", mixinStandardHelpOptions = true,
        description = "Sets the manager PIN of a site's database (6 to 12 digits), typed twice on the console or "
                + "given in CHARGEDESK_NEW_MANAGER_PIN. Changing it needs the current PIN (typed, or in "
                + "CHARGEDESK_MANAGER_PIN).")
public final class SetManagerPinCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ManagerPrompt manager;

    @Mixin
    private DatabaseOption db;

    @Override
    public Integer call() throws StoreException {
        try (Database database = db.open()) {
            AuditLog audit = ManagerPrompt.attendant(database);
            boolean change = audit.access().pinSet();
            if (change) {
                manager.signIn(audit.access(), Permission.CHANGE_MANAGER_PIN);
            }
            audit.access().setPin(manager.newPin());
            spec.commandLine().getErr().println((change ? "Changed" : "Set") + " the manager PIN of "
                    + database.file().map(Object::toString).orElse(database.url()) + ".");
        }
        return 0;
    }
}
