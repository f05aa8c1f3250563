package io.chargedesk.cli;

import picocli.CommandLine.Command;

/** The command line of DESIGN §5: {@code java -jar chargedesk.jar <command> …}; no command opens the console. */
@Command(name = "chargedesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Operator console and collector for small EV-charging sites.",
        subcommands = {SimCommand.class})
public final class ChargeDeskCommand {
}
