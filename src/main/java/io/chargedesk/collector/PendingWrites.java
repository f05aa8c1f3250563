package io.chargedesk.collector;

import io.chargedesk.store.LeaseLostException;
import io.chargedesk.store.RecordBatch;
import io.chargedesk.store.RecordPart;
import io.chargedesk.store.RecordWriter;
import io.chargedesk.store.Refused;
import io.chargedesk.usecase.port.StoreException;
import io.chargedesk.store.WriteMark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the collector has seen and the database does not have yet, on the collector's thread.
 *
 * <p>Each second's batch is normally written within the second. While the database fails, batches go to the
 * {@link SpillJournal} on disk instead of piling up in memory (memory holds at most
 * {@link SpillSettings#readingsInMemory()} readings, or one failed second's), and the journal is written back,
 * oldest first and in transactions of {@value #WRITE_BACK_READINGS} readings at most, once the database works again;
 * new batches queue behind it, so a session's versions are written in the order they were seen. Rows the database
 * refuses for what they hold go to the {@link Quarantine}; every other row is written. See
 * {@code docs/decisions/0007-spill-journal.md}.
 */
final class PendingWrites implements AutoCloseable {

    static final int WRITE_BACK_READINGS = 20_000;
    /** Write-backs per flush while catching up, so attendants' commands wait seconds, not minutes. */
    static final int WRITE_BACKS_PER_FLUSH = 5;
    /** From this share of what the files may take, the dashboard warns before raw readings are left out. */
    static final double WARN_AT = 0.8;
    private static final Logger LOG = LoggerFactory.getLogger(PendingWrites.class);

    /**
     * What a flush achieved.
     *
     * @param failure why the database could not be written, if it could not: nothing of this flush is in it yet
     * @param refused sessions the database refused in this flush, with its reason
     */
    record Outcome(Optional<String> failure, Map<UUID, String> refused) {
    }

    private final RecordWriter store;
    private final SpillSettings settings;
    private final Clock clock;
    private final DiskBudget budget;
    private final SpillJournal journal;
    private final Quarantine quarantine;
    private final List<String> unreadable = new ArrayList<>();
    private RecordBatch memory = RecordBatch.EMPTY;
    private Optional<Instant> failingSince = Optional.empty();
    private String failure = "";
    private boolean spillFailing;
    /** After a write-back whose commit is uncertain, the journal may be behind the database's mark. */
    private boolean checkMark = true;

    /**
     * Opens what a crash or a stop left in {@code settings.folder()}; a file that cannot be read is renamed, logged
     * and reported, and a new one started. Call {@link #recover()} before anything else.
     */
    PendingWrites(RecordWriter store, SpillSettings settings, Clock clock) throws StoreException {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        try {
            Files.createDirectories(settings.folder());
        } catch (IOException e) {
            throw new StoreException("Cannot create " + settings.folder() + ", where the collector keeps what the "
                    + "database does not have yet: " + e.getMessage() + ". Check the permissions of the data folder.",
                    e);
        }
        this.budget = new DiskBudget(settings, this::bytesOnDisk, clock);
        this.journal = open(SpillJournal.FILE_NAME, () -> SpillJournal.open(settings.folder(), budget));
        this.quarantine = open(Quarantine.FILE_NAME, () -> Quarantine.open(settings.folder(), budget, clock));
    }

    private interface Opener<T> {
        T open() throws IOException;
    }

    private <T> T open(String name, Opener<T> opener) throws StoreException {
        try {
            return opener.open();
        } catch (IOException e) {
            Path file = settings.folder().resolve(name);
            Path aside = settings.folder().resolve(name + ".unreadable-" + clock.millis());
            try {
                Files.move(file, aside);
                String why = file + " could not be read (" + e.getMessage() + "); it was moved to " + aside
                        + " and its rows are not in the database.";
                LOG.error(why);
                unreadable.add(why);
                return opener.open();
            } catch (IOException again) {
                throw new StoreException("Cannot open " + file + ": " + again.getMessage() + ". Move it out of "
                        + settings.folder() + " to start; it holds rows not yet in the database.", again);
            }
        }
    }

    private long bytesOnDisk() {
        return (journal == null ? 0 : journal.bytes()) + (quarantine == null ? 0 : quarantine.bytes());
    }

    /**
     * At start, before the collector reads what the database holds: writes back everything the journal kept and
     * tries the rows kept aside again.
     *
     * @throws StoreException the database fails: the collector cannot start now
     */
    void recover() throws StoreException {
        quarantine.settle(store);
        if (!journal.isEmpty()) {
            LOG.info("Writing back {} readings kept in {} while the database failed", journal.readingsKept(),
                    journal.path());
            while (!journal.isEmpty()) {
                writeBack();
            }
            LOG.info("Written back everything {} kept", journal.path());
        }
        retry();
    }

    /**
     * Takes a batch in. Memory past its bound goes to the journal: that happens only while the database fails, as
     * the collector writes every second far fewer readings than the bound.
     */
    void add(RecordBatch batch) {
        memory = memory.plus(batch);
        if (memory.readings().size() >= settings.readingsInMemory()) {
            spill();
        }
    }

    int readingsInMemory() {
        return memory.readings().size();
    }

    /**
     * Writes what is pending: first what the journal holds (at most {@value #WRITE_BACKS_PER_FLUSH} write-backs),
     * then, once it is empty, what is in memory. When the database fails, memory goes to the journal.
     *
     * @throws LeaseLostException another collector took the database over: nothing was written
     */
    Outcome flush() throws LeaseLostException {
        try {
            if (!journal.isEmpty()) {
                spill();
                for (int i = 0; i < WRITE_BACKS_PER_FLUSH && !journal.isEmpty(); i++) {
                    writeBack();
                }
            }
            if (journal.isEmpty() && !memory.isEmpty()) {
                writeMemory();
            }
            if (failingSince.isPresent()) {
                LOG.info("Recording works again, after {}", words(since(failingSince.get())));
                failingSince = Optional.empty();
            }
            return new Outcome(Optional.empty(), quarantine.takeRefusedSessions());
        } catch (LeaseLostException e) {
            throw e;
        } catch (StoreException e) {
            if (failingSince.isEmpty()) {
                LOG.error("Recording failed; keeping what is not written in {} until it works again: {}",
                        settings.folder(), e.getMessage());
                failingSince = Optional.of(clock.instant());
            }
            failure = e.getMessage();
            spill();
            return new Outcome(Optional.of(e.getMessage()), quarantine.takeRefusedSessions());
        }
    }

    /** Tries the rows kept aside again (the database may take them now); not while it fails or catches up. */
    void retry() throws LeaseLostException {
        if (quarantine.isEmpty() || failingSince.isPresent() || !journal.isEmpty()) {
            return;
        }
        List<RecordPart> parts = quarantine.retryParts();
        try {
            quarantine.committed(parts, store.record(parts, List.of(), refused -> { }));
        } catch (LeaseLostException e) {
            quarantine.notCommitted(true);
            throw e;
        } catch (StoreException e) {
            quarantine.notCommitted(true);
            LOG.warn("Could not try the rows kept aside again: {}", e.getMessage());
        }
    }

    private void writeMemory() throws StoreException {
        try {
            write(memory, List.of(), Optional.empty());
            memory = RecordBatch.EMPTY;
        } catch (StoreException e) {
            // What the database refused is kept aside on disk already: it must not be written with the rest too.
            memory = memory.minus(quarantine.notCommitted(false));
            throw e;
        }
    }

    private void writeBack() throws StoreException {
        try {
            if (checkMark) {
                journal.skipWritten(journal.id().isPresent() ? store.lastMark(journal.id().get())
                        : OptionalLong.empty());
                checkMark = false;
                if (journal.isEmpty()) {
                    return;
                }
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        SpillJournal.Chunk chunk = readChunk();
        try {
            write(chunk.rows(), List.of(chunk.mark()), Optional.of(chunk.mark()));
        } catch (StoreException e) {
            quarantine.notCommitted(true);
            checkMark = true;
            throw e;
        }
        try {
            journal.written(chunk);
        } catch (IOException e) {
            throw new StoreException("Could not delete " + journal.path() + ", which is written back: "
                    + e.getMessage(), e);
        }
    }

    private SpillJournal.Chunk readChunk() throws StoreException {
        try {
            return journal.next(WRITE_BACK_READINGS).orElseThrow();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private StoreException unreadable(IOException e) {
        return new StoreException("Could not read " + journal.path() + ": " + e.getMessage(), e);
    }

    private void write(RecordBatch rows, List<WriteMark> marks, Optional<WriteMark> origin) throws StoreException {
        List<RecordPart> parts = quarantine.partsFor(rows);
        List<Refused> refused = store.record(parts, marks, r -> quarantine.keep(r, origin));
        quarantine.committed(parts, refused);
    }

    /** Memory to the journal; what does not fit stays in memory, but never more readings than its bound. */
    private void spill() {
        if (memory.isEmpty()) {
            return;
        }
        try {
            journal.append(memory);
            memory = RecordBatch.EMPTY;
            spillFailing = false;
        } catch (IOException e) {
            if (!spillFailing) {
                LOG.error("Could not keep what the database does not have yet in {}: {}; holding it in memory "
                        + "(raw readings only up to {})", journal.path(), e.getMessage(), settings.readingsInMemory());
                spillFailing = true;
            }
            if (memory.readings().size() > settings.readingsInMemory()) {
                budget.leftOut(memory.readings().size());
                memory = new RecordBatch(List.of(), memory.sessions(), memory.history());
            }
        }
    }

    /** What the dashboard should say about recording: failing, catching up, files nearly full, rows refused. */
    Optional<String> problem() {
        List<String> said = new ArrayList<>(unreadable);
        if (failingSince.isPresent()) {
            said.add(failure + " It has failed for " + words(since(failingSince.get())) + "; "
                    + (journal.isEmpty() ? "nothing is lost while the collector retries."
                    : count(journal.readingsKept()) + " readings (" + megabytes(journal.bytes())
                    + ") are kept on disk in " + settings.folder() + " until it works again. Free disk space or fix "
                    + "the database."));
        } else if (!journal.isEmpty()) {
            said.add("Writing " + count(journal.readingsKept()) + " readings kept on disk in " + settings.folder()
                    + " back into the database.");
        }
        if (budget.fullSince().isPresent()) {
            said.add("There was no more room on disk for them (" + megabytes(budget.allowed()) + " at most, and "
                    + megabytes(settings.freeDiskMargin()) + " left free on the disk): since "
                    + words(since(budget.fullSince().get())) + " ago " + count(budget.readingsLeftOut())
                    + " raw readings were not kept; sessions and their per-minute evidence still are.");
        } else if (budget.used() > WARN_AT * budget.allowed()) {
            said.add("The files in " + settings.folder() + " take " + megabytes(budget.used()) + " of the "
                    + megabytes(budget.allowed()) + " they may; when that is full, raw readings are no longer kept "
                    + "(sessions and their per-minute evidence are).");
        }
        quarantine.problem().ifPresent(said::add);
        return said.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", said));
    }

    private Duration since(Instant t) {
        Duration d = Duration.between(t, clock.instant());
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** "3 h 12 min", "12 min", "45 s". */
    static String words(Duration d) {
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return d.toMinutes() > 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (double) SpillSettings.MB;
        return String.format(Locale.ROOT, mb < 10 ? "%,.1f MB" : "%,.0f MB", mb);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * Another collector owns the database now: what this one still holds would overwrite what that one records, so
     * memory is dropped and the journal set aside, unwritten. Returns how many readings were dropped.
     */
    long abandon() {
        long dropped = memory.readings().size() + journal.readingsKept();
        memory = RecordBatch.EMPTY;
        try {
            journal.setAside().ifPresent(p -> LOG.error("The spill journal was moved to {}, unwritten", p));
        } catch (IOException e) {
            LOG.error("Could not move {} aside: {}. Move it away before the next start.", journal.path(),
                    e.getMessage());
        }
        return dropped;
    }

    /**
     * On a clean stop: writes memory to the database if nothing is queued before it, else (or if that fails) to the
     * journal, which the next start writes back; then makes the files safe on disk.
     */
    @Override
    public void close() throws LeaseLostException {
        if (journal.isEmpty() && !memory.isEmpty() && failingSince.isEmpty()) {
            try {
                writeMemory();
            } catch (LeaseLostException e) {
                throw e;
            } catch (StoreException e) {
                LOG.warn("Could not write the last batch: {}", e.getMessage());
            }
        }
        spill();
        try {
            journal.close();
            quarantine.close();
        } catch (IOException e) {
            LOG.error("Could not close the files in {}: {}", settings.folder(), e.getMessage());
        }
    }
}
