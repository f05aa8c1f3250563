package io.chargedesk.usecase;

import io.chargedesk.site.ExportSchedule;
import io.chargedesk.export.SessionExport;
import io.chargedesk.export.SessionRow;
import io.chargedesk.session.SessionFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The month's sessions in the export contract ({@code sessions-2026-10.csv}): every session that started in the month,
 * site time, priced by the one cost engine, as {@code sessions --from --to} writes them. Written through a temporary
 * file, so the folder never holds half an export.
 */
public final class SessionsExportJob implements ScheduledExports.MonthlyJob {

    private final SessionReport report;
    private final Clock clock;

    public SessionsExportJob(SessionReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "sessions";
    }

    @Override
    public Path write(YearMonth month, Path folder, ExportSchedule schedule) throws Exception {
        Instant from = month.atDay(1).atStartOfDay(report.zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(report.zone()).toInstant();
        String ext = schedule.format().name().toLowerCase(Locale.ROOT);
        List<SessionRow> rows = report.rows(SessionFilter.between(from, to), clock.instant());
        return WholeFile.write(folder.resolve("sessions-" + month + "." + ext), out -> SessionExport.write(rows,
                SessionExport.Format.valueOf(schedule.format().name()), Optional.empty(), out));
    }
}
