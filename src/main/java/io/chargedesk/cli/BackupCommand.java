package io.chargedesk.cli;

import io.chargedesk.access.Permission;
import io.chargedesk.app.AppPaths;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.store.Backups;
import io.chargedesk.store.Database;
import io.chargedesk.usecase.AuditLog;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup --db PATH --to FOLDER [--keep N]}: an online backup, verified before it is kept. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Backs the database up into a folder while the collector goes on recording, checks the copy "
                + "(rows of every table, every receipt's SHA-256) and keeps the newest --keep backups there.")
public final class BackupCommand implements Callable<Integer> {

    static final int MAX_KEEP = 1000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ManagerPrompt manager;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file without .mv.db (default: the app's data folder).")
    private String db;

    @Option(names = "--to", required = true, paramLabel = "FOLDER", description = "Where the backups are kept.")
    private Path folder;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "14",
            description = "How many backups of this database to keep in the folder (default: ${DEFAULT-VALUE}).")
    private int keep;

    @Override
    public Integer call() throws StoreException {
        OptionChecks.require(spec, keep >= 1 && keep <= MAX_KEEP,
                "--keep is how many backups to keep, from 1 to " + MAX_KEEP + ", not " + keep);
        try (Database database = Database.openExisting(db != null ? db : AppPaths.defaultDatabase().toString())) {
            AuditLog audit = manager.manager(database, Permission.BACKUP);
            Path zip = Backups.take(database, folder, Clock.systemUTC().instant(), keep);
            audit.record(AuditAction.BACKUP_TAKEN, zip.getFileName().toString(), "", "into " + folder.toAbsolutePath());
            spec.commandLine().getErr().println("Backed up " + database.file().orElseThrow() + " to "
                    + zip.toAbsolutePath() + " (verified)");
        }
        return 0;
    }
}
