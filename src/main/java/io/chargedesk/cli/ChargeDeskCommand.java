package io.chargedesk.cli;

import io.chargedesk.access.AccessDenied;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.usecase.port.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line (docs/design.md, Command line): {@code java -jar chargedesk.jar <command> …}; no command opens
 * the console.
 */
@Command(name = "chargedesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Operator console and collector for small EV-charging sites.",
        subcommands = {RunCommand.class, SessionsCommand.class, ReceiptCommand.class, EvidenceCommand.class,
                SimCommand.class, BackupCommand.class, RestoreCommand.class, RebuildHistoryCommand.class,
                MigrateCommand.class, SetManagerPinCommand.class, VerifyAuditCommand.class, ShiftReportCommand.class,
                WhatIfCommand.class, StatementCommand.class})
public final class ChargeDeskCommand {

    /** Exit code for a problem the user can fix (bad file, missing database, wrong option value). */
    public static final int USER_ERROR = 2;
    /** Exit code for what only a manager may do, tried without the manager PIN or with a wrong one. */
    public static final int DENIED = 3;

    /** The command line as users get it: forgiving about case, plain messages for expected problems. */
    public static CommandLine commandLine() {
        return commandLine(new ManagerPrompt());
    }

    /** The command line with {@code prompt} asking for the manager PIN (tests give it an environment of their own). */
    static CommandLine commandLine(ManagerPrompt prompt) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cli = new CommandLine(new ChargeDeskCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ManagerPrompt.class ? type.cast(prompt) : defaults.create(type);
            }
        });
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Expected problems are the user's to fix: say what, not a stack trace.
            if (e instanceof AccessDenied) {
                cmd.getErr().println("chargedesk: " + e.getMessage());
                return DENIED;
            }
            if (e instanceof SiteFileException || e instanceof StoreException || e instanceof IllegalArgumentException
                    || e instanceof IllegalStateException) {
                cmd.getErr().println("chargedesk: " + e.getMessage());
                return USER_ERROR;
            }
            throw e;
        });
        return cli;
    }
}
