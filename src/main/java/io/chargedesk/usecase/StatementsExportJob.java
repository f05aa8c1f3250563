package io.chargedesk.usecase;

import io.chargedesk.customer.BillTo;
import io.chargedesk.ledger.StatementPeriod;
import io.chargedesk.site.ExportSchedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The month's statements ({@code statements-2026-10/statement-ST-2026-0007.pdf} with its CSV): one for each fleet and
 * each customer outside a fleet that the month's sessions are billed to, issued and numbered like any statement.
 */
public final class StatementsExportJob implements ScheduledExports.MonthlyJob {

    private static final Logger LOG = LoggerFactory.getLogger(StatementsExportJob.class);

    private final StatementDesk statements;

    public StatementsExportJob(StatementDesk statements) {
        this.statements = statements;
    }

    @Override
    public String id() {
        return "statements";
    }

    /**
     * Issues and writes each statement due. One that cannot be issued is logged and the others are written: the run
     * is not repeated, because a repeat would issue the written ones a second time under new numbers.
     */
    @Override
    public Path write(YearMonth month, Path folder, ExportSchedule schedule) throws Exception {
        StatementPeriod period = StatementPeriod.month(month);
        Path target = Files.createDirectories(folder.resolve("statements-" + month));
        for (BillTo billTo : statements.due(period)) {
            try {
                StatementDesk.Issued issued = statements.issue(billTo, period, Optional.empty());
                StatementDesk.write(issued, target.resolve(issued.fileName("pdf")));
            } catch (Exception e) {
                LOG.error("The statement of {} {} for {} was not written: {}", billTo.kind(), billTo.name(), month,
                        e.getMessage(), e);
            }
        }
        return target;
    }
}
