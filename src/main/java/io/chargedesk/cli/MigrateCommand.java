package io.chargedesk.cli;

import io.chargedesk.store.Database;
import io.chargedesk.store.SiteCopy;
import io.chargedesk.usecase.port.StoreException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code migrate --from H2PATH --to JDBC_URL}: a site's every record into a new database, checked afterwards. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Copies every record of a site's database (sessions, readings and evidence, receipts with their "
                + "documents, tariffs, settings, alerts, history) into a new, empty database, such as PostgreSQL, and "
                + "checks the copy: the rows of every table and every receipt byte for byte.")
public final class MigrateCommand implements Callable<Integer> {

    /** The copy does not match its source: the target must not be used. */
    static final int MISMATCH = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "H2PATH",
            description = "The database to copy: its file without .mv.db, or a jdbc: URL. Stop its collector first.")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "JDBC_URL",
            description = "The new, empty database, e.g. jdbc:postgresql://server/chargedesk (user and password in "
                    + "the URL, or in CHARGEDESK_DB_USER and CHARGEDESK_DB_PASSWORD).")
    private String to;

    @Override
    public Integer call() throws StoreException {
        SiteCopy.Report report;
        String source;
        String target;
        try (Database in = Database.openExisting(from)) {
            SiteCopy.requireIdle(in, Clock.systemUTC().instant());
            try (Database out = Database.openNew(to)) {
                source = in.url();
                target = out.url();
                report = SiteCopy.copy(in, out, Clock.systemUTC().instant());
            }
        }
        PrintWriter print = spec.commandLine().getOut();
        print.println("Copied " + source + " into " + target + ":");
        for (SiteCopy.TableRows t : report.tables()) {
            print.printf("  %-22s %,12d rows%s%n", t.table(), t.target(),
                    t.same() ? "" : "   MISMATCH: " + t.source() + " in the source");
        }
        print.println("  receipts and credit notes compared byte for byte: " + report.receipts());
        print.flush();
        if (!report.verified()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("chargedesk: the copy does not match its source; do not use " + target + ":");
            report.problems().forEach(p -> err.println("  " + p));
            return MISMATCH;
        }
        print.println("Verified: every table has the same rows and every receipt is identical. Point the collector "
                + "and the consoles at " + target + " with --db.");
        return 0;
    }
}
