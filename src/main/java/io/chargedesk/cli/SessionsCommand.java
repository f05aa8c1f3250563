package io.chargedesk.cli;

import io.chargedesk.app.AppPaths;
import io.chargedesk.app.UseCases;
import io.chargedesk.export.SessionExport;
import io.chargedesk.export.SessionRow;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.store.Database;
import io.chargedesk.usecase.SessionReport;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sessions --db PATH [--from DATE] [--to DATE] [--format csv|json]}: exports recorded sessions. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Exports recorded sessions as CSV or JSON (to standard output unless --out is given).")
public final class SessionsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file without .mv.db, or a jdbc: URL (default: the app's data folder).")
    private String db;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (site time, YYYY-MM-DD), inclusive.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (site time, YYYY-MM-DD), inclusive.")
    private LocalDate to;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private SessionExport.Format format;

    @Option(names = "--excel", arity = "0..1", fallbackValue = "", paramLabel = "LANG",
            description = "Write the CSV for Excel in language LANG (en or de; default this PC's): its separators, "
                    + "decimals and dates, with a byte-order mark so Excel reads it as UTF-8.")
    private String excel;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws StoreException, IOException {
        OptionChecks.date(spec, "--from", from);
        OptionChecks.date(spec, "--to", to);
        Optional<Locale> forExcel = excel == null ? Optional.empty() : excel.isEmpty()
                // Excel writes numbers as the PC's regional settings say: this PC's language is the best guess.
                ? Optional.of(Locale.getDefault()) : OptionChecks.language(spec, "--excel", excel);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        Database database = Database.openExisting(db != null ? db : AppPaths.defaultDatabase().toString());
        Clock clock = Clock.systemUTC();
        SessionReport report = UseCases.sessionReport(database, clock);
        Instant start = from == null ? null : from.atStartOfDay(report.zone()).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(report.zone()).toInstant();
        List<SessionRow> rows = report.rows(SessionFilter.between(start, end), clock.instant());
        if (out == null) {
            SessionExport.write(rows, format, forExcel, System.out);
            System.out.flush();
        } else {
            try (OutputStream o = Files.newOutputStream(out)) {
                SessionExport.write(rows, format, forExcel, o);
            }
            spec.commandLine().getErr().println(rows.size() + " sessions written to " + out.toAbsolutePath());
        }
        return 0;
    }
}
