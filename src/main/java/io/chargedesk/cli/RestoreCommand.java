package io.chargedesk.cli;

import io.chargedesk.access.Permission;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.store.BackupManifest;
import io.chargedesk.store.Backups;
import io.chargedesk.store.Database;
import io.chargedesk.usecase.AuditLog;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restore --from ZIP (--db PATH | --check)}: a backup back as a database, only if it verifies. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Checks a backup against what it recorded when it was taken and restores it as a new "
                + "database; refuses a backup that does not verify and a --db that exists already.")
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ManagerPrompt manager;

    @Option(names = "--from", required = true, paramLabel = "ZIP", description = "The backup to restore.")
    private Path zip;

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database to restore it as (without .mv.db); it must not exist yet.")
    private Path db;

    @Option(names = "--check", description = "Only check the backup; restore nothing.")
    private boolean check;

    @Override
    public Integer call() throws StoreException {
        OptionChecks.require(spec, check != (db != null), "Give either --db PATH to restore to, or --check");
        BackupManifest restored = check ? Backups.verify(zip) : Backups.restore(zip, db, this::approve);
        spec.commandLine().getErr().println("The backup " + zip + " taken " + restored.taken() + " verifies: "
                + restored.receipts().size() + " receipts" + (check ? "" : "; restored as " + db.toAbsolutePath()
                + ".mv.db"));
        return 0;
    }

    /**
     * A restore is the manager's: the PIN asked for is the one the restored site keeps. A backup taken before sites
     * had a manager PIN has none to ask for; its restore is recorded in its audit trail all the same.
     */
    private void approve(Database restored) throws StoreException {
        AuditLog audit = ManagerPrompt.attendant(restored);
        if (audit.access().pinSet()) {
            manager.signIn(audit.access(), Permission.RESTORE);
        }
        audit.record(AuditAction.BACKUP_RESTORED, zip.getFileName().toString(), "", "restored as "
                + db.toAbsolutePath());
    }
}
