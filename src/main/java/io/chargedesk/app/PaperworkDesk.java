package io.chargedesk.app;

import io.chargedesk.usecase.WholeFile;
import io.chargedesk.store.Database;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.paperwork.PaperworkViewModel;
import io.chargedesk.ledger.ShiftReport;
import io.chargedesk.usecase.ShiftReports;
import io.chargedesk.usecase.WhatIfPricing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The console's shift reports and what-if pricing over the site's database: shift reports saved as PDF in the data
 * folder's {@code reports/}, in the console's language.
 */
final class PaperworkDesk implements PaperworkViewModel.Shifts, PaperworkViewModel.WhatIf {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Database db;
    private final Clock clock;
    private final String siteName;
    private final ZoneId zone;
    private final Messages texts;
    private final Path folder;

    PaperworkDesk(Database db, Clock clock, String siteName, ZoneId zone, Messages texts, Path folder) {
        this.db = db;
        this.clock = clock;
        this.siteName = siteName;
        this.zone = zone;
        this.texts = texts;
        this.folder = folder;
    }

    private ShiftReports shifts() throws Exception {
        return UseCases.shiftReports(db, clock);
    }

    @Override
    public ShiftReport current() throws Exception {
        return shifts().current();
    }

    @Override
    public ShiftReport close(String attendant) throws Exception {
        return shifts().close(attendant);
    }

    @Override
    public List<String> lines(ShiftReport report) {
        try {
            return shifts().lines(report, texts.locale());
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public Path save(ShiftReport report) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("shift-" + FILE_TIME.format(report.to().atZone(zone)) + ".pdf");
        return WholeFile.write(file, shifts().pdf(report, siteName, texts.locale()));
    }

    @Override
    public List<String> tariffIds() throws Exception {
        return UseCases.tariffs(db, clock).get().versions().stream().map(Tariff::id).distinct().sorted().toList();
    }

    @Override
    public WhatIfPricing.Result price(String tariffId, Instant from, Instant to) throws Exception {
        return UseCases.whatIf(db, clock).underStored(tariffId, from, to);
    }
}
