package io.chargedesk.cli;

import io.chargedesk.app.AppPaths;
import io.chargedesk.app.UseCases;
import io.chargedesk.store.Database;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.usecase.WhatIfPricing;
import io.chargedesk.usecase.port.StoreException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code what-if --db PATH --tariff ID --from DATE --to DATE}: a past period priced under another tariff. */
@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = "Prices the closed sessions that started in a period under another stored tariff and prints, "
                + "per bay and in total, what they cost, what they would have cost and the difference. Nothing is "
                + "stored; no receipt changes.")
public final class WhatIfCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file without .mv.db, or a jdbc: URL (default: the app's data folder).")
    private String db;

    @Option(names = "--tariff", required = true, paramLabel = "ID",
            description = "The tariff to price with: each session with its version in force at the session's start.")
    private String tariff;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day (site time), inclusive.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day (site time), inclusive.")
    private LocalDate to;

    @Override
    public Integer call() throws StoreException {
        OptionChecks.date(spec, "--from", from);
        OptionChecks.date(spec, "--to", to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        Database database = Database.openExisting(db != null ? db : AppPaths.defaultDatabase().toString());
        ZoneId zone = new SiteRepository(database).required().zone();
        WhatIfPricing.Result result = UseCases.whatIf(database, Clock.systemUTC()).underStored(tariff,
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        PrintWriter out = spec.commandLine().getOut();
        out.println("bay,sessions,energy_kwh,actual,what_if,difference,unpriced");
        result.bays().forEach(r -> out.println(line(r.bay(), r)));
        out.println(line("total", result.total()));
        out.flush();
        return 0;
    }

    private static String line(String bay, WhatIfPricing.Row r) {
        return bay + "," + r.sessions() + "," + java.math.BigDecimal.valueOf(r.energyWh(), 3).toPlainString() + ","
                + r.actual().toPlainString() + "," + r.whatIf().toPlainString() + ","
                + r.difference().toPlainString() + "," + r.unpriced();
    }
}
