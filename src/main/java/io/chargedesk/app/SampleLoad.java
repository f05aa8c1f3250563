package io.chargedesk.app;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Session;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.Database;
import io.chargedesk.store.RecordBatch;
import io.chargedesk.store.Recorder;
import io.chargedesk.store.WriteMark;
import io.chargedesk.usecase.port.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's sample year being loaded, a week per transaction with its week's write mark, on a background thread
 * while the live demo runs, the newest week first: the History screen's default range fills first, and a collector
 * started on a half-loaded sample sees its bays' recent sessions (not a bay silent for most of a year). Idempotent by
 * those marks: a load stopped half-way (the app closed) leaves whole weeks and their marks, and the next start
 * ({@link SampleHistory#begin}) loads only the weeks without one, moved by the same days.
 */
public final class SampleLoad extends SampleWeeks {

    private static final Logger LOG = LoggerFactory.getLogger(SampleLoad.class);
    private static final int ATTEMPTS = 5;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final Database db;
    private final SiteConfig site;
    private final Instant now;
    private final LocalDate firstDay;
    private final SampleHistory.Shift shift;
    /** Held while a week is written or the first reads are made, so that {@link #stop} returns only once none is. */
    private final Object writing = new Object();
    private volatile boolean stopped;

    /**
     * @param firstDay the sample's first day, already moved
     * @param loaded how many weeks are loaded already, the newest first
     */
    SampleLoad(Database db, SiteConfig site, Instant now, LocalDate firstDay, int days, long shiftDays, int loaded) {
        super(days, loaded);
        this.db = db;
        this.site = site;
        this.now = now;
        this.firstDay = firstDay;
        this.shift = new SampleHistory.Shift(site.site().zone(), shiftDays);
    }

    /** Loads the weeks still missing, a week per transaction, until done or {@link #stop stopped}. */
    public void run() throws StoreException {
        SampleHistory.Pricing pricing;
        synchronized (writing) {
            // Stopped within seconds of start, the database may be closed already: H2 would open its file anew.
            if (stopped) {
                stoppedHere();
                return;
            }
            pricing = SampleHistory.Pricing.read(db, now);
        }
        ZoneId zone = site.site().zone();
        int weeks = weeks();
        // Only pinned here: which minutes price them is known once they are split into weeks.
        List<List<Session>> sessions = byWeek(SampleHistory.sessions(shift, pricing.pricer(zone, List.of())),
                Session::start, weeks);
        int loaded = weeksLoaded();
        Set<UUID> later = sessions.subList(0, weeks - loaded).stream().flatMap(List::stream).map(Session::id)
                .collect(Collectors.toSet());
        List<HistoryBatch.SessionMinute> kept = SampleHistory.minutes(shift).stream()
                .filter(m -> later.contains(m.sessionId())).toList();
        // Priced with the sample's own minutes as evidence (they reach the database only with their week), so the
        // history's revenue rollups are filled together with the sessions.
        SessionPricer pricer = pricing.pricer(zone, kept);
        // A minute's week is its session's: the minutes go in with their session.
        Map<UUID, Instant> starts = sessions.stream().flatMap(List::stream)
                .collect(Collectors.toMap(Session::id, Session::start));
        List<List<HistoryBatch.SessionMinute>> minutes = byWeek(kept, m -> starts.get(m.sessionId()), weeks);
        List<List<HistoryBatch.IntervalEnergy>> intervals = byWeek(SampleHistory.intervals(shift),
                HistoryBatch.IntervalEnergy::intervalStart, weeks);
        List<List<HistoryBatch.DayTotals>> dayTotals = byWeek(SampleHistory.days(shift),
                d -> d.day().atStartOfDay(zone).toInstant(), weeks);
        Recorder recorder = new Recorder(db);
        for (int order = loaded; order < weeks; order++) {
            int week = weeks - 1 - order;
            List<HistoryBatch.SessionPrice> prices = SampleHistory.prices(sessions.get(week), pricer);
            synchronized (writing) {
                if (stopped || !written(recorder, order, new RecordBatch(List.of(), sessions.get(week),
                        new HistoryBatch(intervals.get(week), dayTotals.get(week), minutes.get(week), prices)))) {
                    stoppedHere();
                    return;
                }
                // Weeks written so far, the newest first: also the write mark of the next one.
                weeksLoaded(order + 1);
            }
            tell();
        }
        LOG.info("Loaded the sample history: {} days, moved by {} days", daysInAll(), shift.days());
    }

    private void stoppedHere() {
        LOG.info("Sample history stopped after {} of {} days; the next start loads the rest",
                daysLoaded(), daysInAll());
    }

    /**
     * Writes a week with its mark, trying again while the live collector holds rows of the same month longer than the
     * database waits for a lock. Before a retry the mark is looked up, so a week whose commit was in doubt is never
     * written twice. False when stopped meanwhile: the week is left to the next start.
     */
    private boolean written(Recorder recorder, int order, RecordBatch rows) throws StoreException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (attempt == 1 || recorder.lastMark(SampleHistory.WEEK_MARK).orElse(-1) < order) {
                    SampleHistory.recordWhole(recorder, rows, new WriteMark(SampleHistory.WEEK_MARK, order));
                }
                return true;
            } catch (StoreException e) {
                if (stopped) {
                    return false;
                }
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.info("Sample history: week {} not written yet ({}); trying again", order + 1, e.getMessage());
                try {
                    Thread.sleep(RETRY_PAUSE.toMillis());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                // Stopped during the pause: the closing waits for this, then closes the database; the week is left.
                if (stopped) {
                    return false;
                }
            }
        }
    }

    /** Stops after the week being written, or the first reads, if any; returns once it is. */
    public void stop() {
        // Seen at once by a week waiting to try again; the lock then waits for one being written.
        stopped = true;
        synchronized (writing) {
            LOG.debug("Sample history stopped at {} of {} days", daysLoaded(), daysInAll());
        }
    }

    /** The rows of each week by their local day; the few just outside the year go to its first or last week. */
    private <T> List<List<T>> byWeek(List<T> rows, Function<T, Instant> at, int weeks) {
        List<List<T>> out = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            out.add(new ArrayList<>());
        }
        ZoneId zone = site.site().zone();
        for (T row : rows) {
            long day = firstDay.until(LocalDate.ofInstant(at.apply(row), zone), ChronoUnit.DAYS);
            out.get((int) Math.max(0, Math.min(weeks - 1, day / SampleHistory.WEEK))).add(row);
        }
        return out;
    }
}
