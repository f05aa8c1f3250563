package io.chargedesk.collector;

import io.chargedesk.store.RecordBatch;
import io.chargedesk.store.WriteMark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the collector could not write while the database failed: batches appended, in the order they were seen, to
 * {@code journal.log} in its folder (a {@link RecordFile} of {@code batch} records in {@link RowLines}), and written
 * back oldest first once the database works again. Each write-back commits a {@link WriteMark} of the journal's id
 * and the last record it holds, so after a crash the records up to the last mark are known to be in the database
 * and are skipped. Once every record is written back the file is deleted; the next outage starts a new journal with
 * a new id.
 *
 * <p>Appends reach the operating system at once (a crash of the program loses none) and the disk every
 * {@value #FORCE_EVERY_RECORDS} records or {@value #FORCE_EVERY_BYTES} bytes (a power cut loses at most those).
 */
final class SpillJournal implements AutoCloseable {

    static final String FILE_NAME = "journal.log";
    static final int FORCE_EVERY_RECORDS = 10;
    static final long FORCE_EVERY_BYTES = 8L << 20;
    private static final String KIND = "journal";
    private static final String TAG = "batch";
    private static final Logger LOG = LoggerFactory.getLogger(SpillJournal.class);

    /** Records written back together: their rows, and the mark that says so in the database. */
    record Chunk(RecordBatch rows, WriteMark mark, long end, long readings) {
    }

    private final Path path;
    private final DiskBudget budget;
    private Optional<RecordFile> file = Optional.empty();
    private long nextSeq = 1;
    /** Where the first record not yet written back starts. */
    private long head;
    private long readingsKept;
    private int unforcedRecords;
    private long unforcedBytes;

    private SpillJournal(Path path, DiskBudget budget) {
        this.path = path;
        this.budget = budget;
    }

    /**
     * The journal in {@code folder}, as a crash or a stop while the database failed left it, or none.
     *
     * @throws IOException it cannot be read (then it is left as it is)
     */
    static SpillJournal open(Path folder, DiskBudget budget) throws IOException {
        SpillJournal journal = new SpillJournal(folder.resolve(FILE_NAME), budget);
        if (Files.exists(journal.path)) {
            RecordFile file = RecordFile.open(journal.path, KIND, r -> {
                journal.nextSeq = r.seq() + 1;
                journal.readingsKept += r.lines().stream().filter(l -> l.startsWith("r\t")).count();
                return true;
            });
            journal.file = Optional.of(file);
            journal.head = file.start();
        }
        return journal;
    }

    Path path() {
        return path;
    }

    boolean isEmpty() {
        return file.map(f -> head == f.size()).orElse(true);
    }

    /** Bytes on disk. */
    long bytes() {
        return file.map(RecordFile::size).orElse(0L);
    }

    /** Readings in it not yet written back. */
    long readingsKept() {
        return readingsKept;
    }

    /** The journal's id in {@link WriteMark}s; empty while there is no journal. */
    Optional<UUID> id() {
        return file.map(RecordFile::id);
    }

    /**
     * Appends a batch. When there is no room for all of it (the cap, or the disk's margin), its raw readings are left
     * out (counted in the budget) and the rest, sessions and their evidence, kept.
     *
     * @throws IOException not even that could be written; nothing was
     */
    void append(RecordBatch batch) throws IOException {
        List<String> lines = RowLines.write(batch);
        if (bytes(lines) > budget.room() && !batch.readings().isEmpty()) {
            budget.leftOut(batch.readings().size());
            lines = RowLines.write(new RecordBatch(List.of(), batch.sessions(), batch.history()));
        }
        if (lines.isEmpty()) {
            return;
        }
        if (bytes(lines) > budget.room()) {
            throw new IOException("no room left for the spill journal in " + path.getParent());
        }
        if (file.isEmpty()) {
            RecordFile created = RecordFile.create(path, KIND);
            file = Optional.of(created);
            head = created.start();
            nextSeq = 1;
        }
        long written = file.get().append(TAG, nextSeq++, lines);
        readingsKept += lines.stream().filter(l -> l.startsWith("r\t")).count();
        unforcedRecords++;
        unforcedBytes += written;
        if (unforcedRecords >= FORCE_EVERY_RECORDS || unforcedBytes >= FORCE_EVERY_BYTES) {
            force();
        }
    }

    /** What a record of these lines takes on disk, near enough: its lines and their newlines, and its head. */
    private static long bytes(List<String> lines) {
        long n = 64;
        for (String line : lines) {
            n += line.length() + 1;
        }
        return n;
    }

    /** Makes every appended record survive a power cut. */
    void force() throws IOException {
        if (file.isPresent() && unforcedRecords > 0) {
            file.get().force();
        }
        unforcedRecords = 0;
        unforcedBytes = 0;
    }

    /**
     * Passes over records the database already has: up to {@code mark}, the last write-back committed (a crash, or
     * a commit whose answer never came, can leave the journal behind the database).
     */
    void skipWritten(OptionalLong mark) throws IOException {
        if (file.isEmpty() || mark.isEmpty()) {
            return;
        }
        long[] at = {head, 0};
        file.get().read(head, r -> {
            if (r.seq() > mark.getAsLong()) {
                return false;
            }
            at[0] = r.end();
            at[1] += r.lines().stream().filter(l -> l.startsWith("r\t")).count();
            return true;
        });
        advance(at[0], at[1]);
    }

    /** The oldest records not yet written back, as many as hold about {@code readings} readings; empty when none. */
    Optional<Chunk> next(int readings) throws IOException {
        if (isEmpty()) {
            return Optional.empty();
        }
        List<RecordBatch> batches = new ArrayList<>();
        long[] last = {0, 0, 0};
        file.get().read(head, r -> {
            RecordBatch batch = decode(r);
            batches.add(batch);
            last[0] = r.seq();
            last[1] = r.end();
            last[2] += batch.readings().size();
            return last[2] < readings;
        });
        RecordBatch rows = RecordBatch.EMPTY;
        for (RecordBatch b : batches) {
            rows = rows.plus(b);
        }
        return Optional.of(new Chunk(rows, new WriteMark(file.get().id(), last[0]), last[1], last[2]));
    }

    /**
     * The record's rows. A record that is whole but cannot be read as rows (written by another version, say) is
     * copied beside the journal for someone to look at and passed over, rather than stopping every write-back.
     */
    private RecordBatch decode(RecordFile.Record r) throws IOException {
        try {
            return RowLines.read(r.lines());
        } catch (IllegalArgumentException e) {
            Path aside = path.resolveSibling(FILE_NAME + ".unreadable-" + r.seq());
            Files.write(aside, r.lines());
            LOG.error("Record {} of {} cannot be read ({}); copied to {} and passed over", r.seq(), path,
                    e.getMessage(), aside);
            return RecordBatch.EMPTY;
        }
    }

    /** The chunk is in the database; once everything is, the journal is deleted. */
    void written(Chunk chunk) throws IOException {
        advance(chunk.end(), chunk.readings());
    }

    private void advance(long to, long readings) throws IOException {
        head = to;
        readingsKept -= readings;
        if (isEmpty() && file.isPresent()) {
            file.get().close();
            Files.delete(path);
            file = Optional.empty();
            readingsKept = 0;
            budget.emptied();
        }
    }

    /**
     * Moves the journal out of the way, unwritten, under a name that says so: another collector owns the database
     * now, and these rows would overwrite what it records.
     */
    Optional<Path> setAside() throws IOException {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        file.get().close();
        Path aside = path.resolveSibling("journal-" + file.get().id() + ".not-written.log");
        Files.move(path, aside, StandardCopyOption.ATOMIC_MOVE);
        file = Optional.empty();
        readingsKept = 0;
        return Optional.of(aside);
    }

    @Override
    public void close() throws IOException {
        if (file.isPresent()) {
            force();
            file.get().close();
        }
    }
}
