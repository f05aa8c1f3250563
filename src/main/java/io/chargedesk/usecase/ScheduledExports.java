package io.chargedesk.usecase;

import io.chargedesk.site.ExportSchedule;
import io.chargedesk.usecase.port.ExportRuns;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the monthly export jobs that are due by the schedule: each job once per month, whichever program (the console
 * or the headless collector) gets to it first, also when it starts long after the moment. A job that fails is logged,
 * given back to be tried at the next turn, and the other jobs run on.
 */
public final class ScheduledExports {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledExports.class);

    /** One export written each month for the month before, such as the sessions export or the statements. */
    public interface MonthlyJob {

        /** A short stable name, stored with each run ("sessions"). */
        String id();

        /** Writes the export of {@code month} into {@code folder} and says which file it wrote. */
        Path write(YearMonth month, Path folder, ExportSchedule schedule) throws Exception;
    }

    /** A run done now: which job, which month, and the file, or why it failed. */
    public record Run(String job, YearMonth month, Optional<Path> file, Optional<String> failure) {}

    private final ExportRuns runs;
    private final List<MonthlyJob> jobs;
    private final ZoneId zone;
    private final Clock clock;

    /** @param zone the site's time zone, in which months and the schedule's time of day are counted */
    public ScheduledExports(ExportRuns runs, List<MonthlyJob> jobs, ZoneId zone, Clock clock) {
        this.runs = runs;
        this.jobs = List.copyOf(jobs);
        this.zone = zone;
        this.clock = clock;
    }

    public Optional<ExportSchedule> schedule() throws StoreException {
        return runs.schedule();
    }

    /** Saves the schedule as of now: months already due are not written retroactively. */
    public ExportSchedule save(boolean enabled, int dayOfMonth, LocalTime at, String folder,
                               ExportSchedule.Format format) throws StoreException {
        ExportSchedule schedule = new ExportSchedule(enabled, dayOfMonth, at, folder, format, clock.instant());
        runs.save(schedule);
        return schedule;
    }

    /** Runs every job of every month that is due and not yet run; what it did, oldest month first. */
    public List<Run> runDue() throws StoreException {
        List<Run> done = new ArrayList<>();
        Optional<ExportSchedule> schedule = runs.schedule();
        if (schedule.isEmpty()) {
            return done;
        }
        for (YearMonth month : schedule.get().duePeriods(clock.instant(), zone)) {
            for (MonthlyJob job : jobs) {
                if (runs.claim(job.id(), month, clock.instant())) {
                    done.add(run(job, month, schedule.get()));
                }
            }
        }
        return done;
    }

    private Run run(MonthlyJob job, YearMonth month, ExportSchedule schedule) throws StoreException {
        try {
            Path file = job.write(month, Path.of(schedule.folder()), schedule);
            runs.finished(job.id(), month, file.getFileName().toString());
            LOG.info("Automatic export {} of {} written to {}", job.id(), month, file);
            return new Run(job.id(), month, Optional.of(file), Optional.empty());
        } catch (Exception e) {
            runs.release(job.id(), month);
            LOG.error("Automatic export {} of {} failed; it is tried again at the next turn: {}", job.id(), month,
                    e.getMessage());
            return new Run(job.id(), month, Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
        }
    }
}
