package io.chargedesk.cli;

import io.chargedesk.app.AppPaths;
import io.chargedesk.app.UseCases;
import io.chargedesk.store.Database;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.ledger.ShiftReport;
import io.chargedesk.usecase.ShiftReports;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shift-report --db PATH [--from DATE --to DATE | --close NAME] [--out FILE.pdf] [--language de]}: the
 * current shift so far, a period, or the current shift closed in an attendant's name.
 */
@Command(name = "shift-report", mixinStandardHelpOptions = true,
        description = "Reports the sessions, energy, revenue, receipts issued and credited, and sessions open, since "
                + "the last shift close (or for --from/--to); --close NAME closes the shift.")
public final class ShiftReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file without .mv.db, or a jdbc: URL (default: the app's data folder).")
    private String db;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (site time, YYYY-MM-DD), inclusive.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (site time, YYYY-MM-DD), inclusive.")
    private LocalDate to;

    @Option(names = "--close", paramLabel = "NAME",
            description = "Close the current shift in this attendant's name; the next shift starts now.")
    private String close;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Also save the report as this PDF.")
    private Path out;

    @Option(names = "--language", paramLabel = "LANG", description = "en or de (default: this PC's language).")
    private String language;

    @Override
    public Integer call() throws StoreException, IOException {
        OptionChecks.date(spec, "--from", from);
        OptionChecks.date(spec, "--to", to);
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("--from and --to go together: give both, or neither for the current "
                    + "shift.");
        }
        if (from != null && close != null) {
            throw new IllegalArgumentException("--close closes the current shift; it goes without --from and --to.");
        }
        if (from != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        Locale locale = language == null ? Locale.getDefault() : OptionChecks.language(spec, "--language", language)
                .orElseThrow();
        Database database = Database.openExisting(db != null ? db : AppPaths.defaultDatabase().toString());
        ShiftReports shifts = UseCases.shiftReports(database, Clock.systemUTC());
        var site = new SiteRepository(database).load().orElseThrow();
        ZoneId zone = site.zone();
        ShiftReport report = close != null ? shifts.close(close) : from != null
                ? shifts.report(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant())
                : shifts.current();
        shifts.lines(report, locale).forEach(spec.commandLine().getOut()::println);
        if (out != null) {
            Files.write(out, shifts.pdf(report, site.name(), locale));
            spec.commandLine().getErr().println("Shift report saved to " + out.toAbsolutePath());
        }
        return 0;
    }
}
