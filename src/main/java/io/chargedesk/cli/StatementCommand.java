package io.chargedesk.cli;

import io.chargedesk.app.AppPaths;
import io.chargedesk.app.UseCases;
import io.chargedesk.customer.BillTo;
import io.chargedesk.ledger.StatementPeriod;
import io.chargedesk.store.Database;
import io.chargedesk.usecase.CustomerDesk;
import io.chargedesk.usecase.StatementDesk;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statement --customer X|--fleet Y [--month 2026-10 | --from D --to D] --out FILE.pdf}: issues the statement
 * of a customer or fleet; {@code --copy NUMBER} writes an issued one again, byte for byte.
 */
@Command(name = "statement", mixinStandardHelpOptions = true,
        description = "Issues the statement of a customer or fleet for a month (default: last month) or a period, "
                + "as PDF with a CSV of its lines beside it; with --copy, writes an issued statement again.")
public final class StatementCommand implements Callable<Integer> {

    /** Exactly one of: whose statement to issue, or which to copy. */
    static final class Which {
        @Option(names = "--customer", paramLabel = "ID|NAME", description = "The customer's number or name.")
        String customer;

        @Option(names = "--fleet", paramLabel = "ID|NAME", description = "The fleet's number or name.")
        String fleet;

        @Option(names = "--copy", paramLabel = "NUMBER", description = "An issued statement's number, ST-2026-0001.")
        String copy;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Which which;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file without .mv.db, or a jdbc: URL (default: the app's data folder).")
    private String db;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month (default: last month).")
    private YearMonth month;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period (with --to).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period (with --from).")
    private LocalDate to;

    @Option(names = "--language", paramLabel = "CODE",
            description = "en or de (default: the site's, the language of its receipts).")
    private String language;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf",
            description = "Where to write the PDF; the CSV goes beside it, ending in .csv.")
    private Path out;

    @Override
    public Integer call() throws StoreException, IOException {
        var locale = OptionChecks.language(spec, "--language", language);
        OptionChecks.require(spec, (from == null) == (to == null), "--from and --to go together: give both");
        OptionChecks.require(spec, month == null || from == null, "give --month or --from/--to, not both");
        OptionChecks.date(spec, "--from", from);
        OptionChecks.date(spec, "--to", to);
        OptionChecks.require(spec, which.copy == null || (month == null && from == null && language == null),
                "--copy writes the statement as issued: no --month, --from, --to or --language");
        StatementDesk.check(out);
        Database database = Database.openExisting(db != null ? db : AppPaths.defaultDatabase().toString());
        Clock clock = Clock.systemUTC();
        StatementDesk desk = UseCases.statements(database, clock);
        StatementDesk.Issued issued;
        if (which.copy != null) {
            issued = desk.copy(which.copy);
        } else {
            CustomerDesk customers = UseCases.customers(database, clock);
            BillTo billTo = which.customer != null ? customers.customer(which.customer) : customers.fleet(which.fleet);
            issued = desk.issue(billTo, period(clock), locale);
        }
        StatementDesk.Saved saved = StatementDesk.write(issued, out);
        spec.commandLine().getErr().println((issued.copy() ? "Copy of statement " : "Issued statement ")
                + issued.number() + " to " + saved.pdf() + " and " + saved.csv());
        return 0;
    }

    private StatementPeriod period(Clock clock) {
        if (from != null) {
            return new StatementPeriod(from, to);
        }
        return StatementPeriod.month(month != null ? month : YearMonth.now(clock).minusMonths(1));
    }
}
