package io.chargedesk.cli;

import io.chargedesk.audit.AuditChain;
import io.chargedesk.store.Database;
import io.chargedesk.usecase.AuditLog;
import io.chargedesk.usecase.port.StoreException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code verify-audit --db PATH}: walks the audit trail's hash chain and names the first entry altered or removed. */
@Command(name = "verify-audit", mixinStandardHelpOptions = true,
        description = "Checks every entry of the audit trail against its hash and the one before it. Prints OK and "
                + "the count; else names the first entry that was altered or removed and exits with 1.")
public final class VerifyAuditCommand implements Callable<Integer> {

    /** Exit code for an audit trail that does not verify. */
    static final int BROKEN = 1;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption db;

    @Override
    public Integer call() throws StoreException {
        try (Database database = db.open()) {
            AuditLog audit = ManagerPrompt.attendant(database);
            Optional<AuditChain.Break> broken = audit.verify();
            if (broken.isPresent()) {
                spec.commandLine().getOut().println("Audit trail BROKEN at entry " + broken.get().seq() + ": "
                        + broken.get().problem() + ". The entries before it are as written.");
                return BROKEN;
            }
            spec.commandLine().getOut().println("Audit trail OK: " + audit.count() + " entries, each as written "
                    + "and linked to the one before.");
            return 0;
        }
    }
}
