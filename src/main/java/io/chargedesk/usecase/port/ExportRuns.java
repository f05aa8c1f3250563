package io.chargedesk.usecase.port;

import io.chargedesk.site.ExportSchedule;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/** The automatic export schedule and the runs of its monthly jobs, shared by every program on the database. */
public interface ExportRuns {

    /** Empty until a schedule was saved. */
    Optional<ExportSchedule> schedule() throws StoreException;

    void save(ExportSchedule schedule) throws StoreException;

    /**
     * Claims the run of {@code job} for {@code month}: true for the one program that gets it, false when it was run
     * (or is being run) already, so no month is written twice.
     */
    boolean claim(String job, YearMonth month, Instant at) throws StoreException;

    /** Records the file a claimed run wrote. */
    void finished(String job, YearMonth month, String fileName) throws StoreException;

    /** Gives a claimed run that failed back, to be tried again at the next turn. */
    void release(String job, YearMonth month) throws StoreException;
}
