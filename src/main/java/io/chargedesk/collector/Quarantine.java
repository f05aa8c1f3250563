package io.chargedesk.collector;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Session;
import io.chargedesk.store.RecordBatch;
import io.chargedesk.store.RecordPart;
import io.chargedesk.store.RecordWriter;
import io.chargedesk.store.Refused;
import io.chargedesk.usecase.port.StoreException;
import io.chargedesk.store.WriteMark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows the database refused for what they hold (a value too long for its column, a broken constraint), kept aside
 * in {@code quarantine.log} in the collector's folder with what they were and why, and tried again: at every start,
 * every {@link #RETRY_EVERY}, and whenever a new version of the same session is written.
 *
 * <p>Rows are kept in groups written together: a session's (its latest version and the minutes of its evidence,
 * which the database keeps only for a stored session; the group's id is the session's), or a single other row (a
 * reading, an interval, a day). A group written at last commits the mark (group id, its last record), so after a
 * crash it is not written twice. A group that takes part in a write of a newer version of its session is written
 * with it, never after it, so an old version never overwrites a newer one.
 *
 * <p>The file is a {@link RecordFile} of two kinds of records:
 * <pre>
 * refused SEQ   GROUP TAB AT TAB ORIGIN-ID TAB ORIGIN-SEQ TAB REASON, then the rows ({@link RowLines})
 * written SEQ   GROUP TAB UP-TO-SEQ, one line per group written at last (for people; the marks decide)
 * </pre>
 * ORIGIN is the journal write-back that refused the rows (empty for the collector's own writes): when that
 * write-back did not commit, its records are written back again and refuse the same rows again, so they count only
 * once its mark is in the database. Once every group is written, the file is deleted.
 */
final class Quarantine implements AutoCloseable {

    static final String FILE_NAME = "quarantine.log";
    static final Duration RETRY_EVERY = Duration.ofMinutes(5);
    private static final String KIND = "quarantine";
    private static final Logger LOG = LoggerFactory.getLogger(Quarantine.class);

    /** @param group the session's id for a session's rows, else an id of the row's own */
    private record Entry(long seq, UUID group, Instant at, Optional<WriteMark> origin, String reason,
                         RecordBatch rows) {
    }

    /** Rows written together, their last record, and why the database refuses them. */
    private static final class Group {
        private final UUID key;
        private final UUID markId;
        private final Instant since;
        private long upTo;
        private RecordBatch rows = RecordBatch.EMPTY;
        private String reason;

        Group(UUID key, UUID markId, Instant since) {
            this.key = key;
            this.markId = markId;
            this.since = since;
        }

        void add(Entry entry) {
            upTo = entry.seq();
            rows = rows.plus(entry.rows());
            reason = entry.reason();
        }

        RecordPart part(RecordBatch alsoNow) {
            return RecordPart.whole(rows.plus(alsoNow), List.of(new WriteMark(markId, upTo)));
        }
    }

    private final Path path;
    private final DiskBudget budget;
    private final Clock clock;
    private Optional<RecordFile> file = Optional.empty();
    private long nextSeq = 1;
    /** By session id, or a row's own id. */
    private final Map<UUID, Group> groups = new LinkedHashMap<>();
    /** Read from the file, waiting for {@link #settle} to tell which still count. */
    private final List<Entry> loaded = new ArrayList<>();
    /** Kept during the transaction under way: they join their groups once it commits. */
    private final List<Entry> kept = new ArrayList<>();
    /** The group a part of the transaction under way writes, and what of it is new, not yet kept aside. */
    private final Map<RecordPart, Group> partGroups = new IdentityHashMap<>();
    private final Map<RecordPart, RecordBatch> fresh = new IdentityHashMap<>();
    private final Map<UUID, String> refusedSessions = new HashMap<>();

    private Quarantine(Path path, DiskBudget budget, Clock clock) {
        this.path = path;
        this.budget = budget;
        this.clock = clock;
    }

    /**
     * The rows kept aside in {@code folder}; call {@link #settle} before anything else.
     *
     * @throws IOException the file cannot be read (then it is left as it is)
     */
    static Quarantine open(Path folder, DiskBudget budget, Clock clock) throws IOException {
        Quarantine q = new Quarantine(folder.resolve(FILE_NAME), budget, clock);
        if (Files.exists(q.path)) {
            q.file = Optional.of(RecordFile.open(q.path, KIND, r -> {
                q.nextSeq = r.seq() + 1;
                if (r.tag().equals("refused")) {
                    q.loaded.add(read(r));
                }
                return true;
            }));
        }
        return q;
    }

    private static Entry read(RecordFile.Record r) {
        String[] why = r.lines().get(0).split("\t", 5);
        Optional<WriteMark> origin = why[2].isEmpty() ? Optional.empty()
                : Optional.of(new WriteMark(UUID.fromString(why[2]), Long.parseLong(why[3])));
        return new Entry(r.seq(), UUID.fromString(why[0]), Instant.parse(why[1]), origin, why[4],
                RowLines.read(r.lines().subList(1, r.lines().size())));
    }

    /** Drops what the database's marks say is written, or was refused by a write-back that never committed. */
    void settle(RecordWriter store) throws StoreException {
        Map<UUID, OptionalLong> marks = new HashMap<>();
        for (Entry e : loaded) {
            if (e.origin().isPresent()
                    && mark(store, marks, e.origin().get().id()).orElse(0) < e.origin().get().seq()) {
                continue;
            }
            Group g = group(e);
            if (mark(store, marks, g.markId).orElse(0) >= e.seq()) {
                continue;
            }
            groups.put(e.group(), g);
            g.add(e);
        }
        loaded.clear();
        groups.values().forEach(g -> LOG.warn("Kept aside since {} in {}: {} ({}); trying it again", g.since, path,
                g.rows.describe(), g.reason));
        deleteIfDone();
    }

    private static OptionalLong mark(RecordWriter store, Map<UUID, OptionalLong> known, UUID id)
            throws StoreException {
        OptionalLong mark = known.get(id);
        if (mark == null) {
            mark = store.lastMark(id);
            known.put(id, mark);
        }
        return mark;
    }

    /** The entry's group: the one it joins, or a new one. */
    private Group group(Entry e) {
        Group g = groups.get(e.group());
        if (g != null) {
            return g;
        }
        // A mark names the file too: a new file numbers its records from 1 again.
        UUID markId = UUID.nameUUIDFromBytes((file.orElseThrow().id() + " " + e.group())
                .getBytes(StandardCharsets.UTF_8));
        return new Group(e.group(), markId, e.at());
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    long bytes() {
        return file.map(RecordFile::size).orElse(0L);
    }

    /**
     * The parts to write {@code rows} in: a new version of a session that has rows kept aside is written together
     * with them (and their mark), never before; everything else in one part whose rows are written as far as the
     * database takes them (the minutes of such a session too: they need only its row, an older version will do).
     */
    List<RecordPart> partsFor(RecordBatch rows) {
        List<RecordPart> parts = new ArrayList<>();
        List<Session> rest = new ArrayList<>();
        for (Session s : rows.sessions()) {
            Group g = groups.get(s.id());
            if (g == null) {
                rest.add(s);
            } else {
                parts.add(part(g, new RecordBatch(List.of(), List.of(s), HistoryBatch.EMPTY)));
            }
        }
        RecordBatch others = parts.isEmpty() ? rows : new RecordBatch(rows.readings(), rest, rows.history());
        if (!others.isEmpty()) {
            // Last: the minutes of a session whose first row is written at last need that row.
            parts.add(RecordPart.divisible(others));
        }
        return parts;
    }

    /** Every group, to try again. */
    List<RecordPart> retryParts() {
        return groups.values().stream().map(g -> part(g, RecordBatch.EMPTY)).toList();
    }

    private RecordPart part(Group g, RecordBatch now) {
        RecordPart part = g.part(now);
        partGroups.put(part, g);
        fresh.put(part, now);
        return part;
    }

    /**
     * Keeps refused rows on disk, before the transaction that leaves them out commits.
     *
     * @param origin the journal write-back under way, if it is one
     * @throws StoreException they cannot be written to disk: then nothing may commit
     */
    void keep(List<Refused> refused, Optional<WriteMark> origin) throws StoreException {
        try {
            for (Refused r : refused) {
                RecordBatch rows = fresh.getOrDefault(r.part(), r.part().rows());
                if (rows.isEmpty()) {
                    continue;
                }
                UUID group = rows.sessionIds().stream().findFirst().orElseGet(UUID::randomUUID);
                kept.add(append(new Entry(nextSeq, group, clock.instant(), origin, r.reason(), rows)));
                rows.sessionIds().forEach(id -> refusedSessions.put(id, r.reason()));
                // A session refused again at each update is said once, not every second.
                if (!groups.containsKey(group) || !groups.get(group).reason.equals(r.reason())) {
                    LOG.error("The database refused {}: {}. Kept aside in {} and tried again every {} minutes; "
                            + "everything else is recorded.", rows.describe(), r.reason(), path,
                            RETRY_EVERY.toMinutes());
                }
            }
            if (file.isPresent()) {
                file.get().force();
            }
        } catch (IOException e) {
            throw new StoreException("Could not keep rows the database refused in " + path + ": " + e.getMessage()
                    + ". Free disk space.", e);
        }
    }

    /** Appends the entry; without room for all of it, its raw readings are left out. Returns what was kept. */
    private Entry append(Entry e) throws IOException {
        Entry kept = e;
        if (bytes(lines(kept)) > budget.room() && !e.rows().readings().isEmpty()) {
            budget.leftOut(e.rows().readings().size());
            kept = new Entry(e.seq(), e.group(), e.at(), e.origin(), e.reason(),
                    new RecordBatch(List.of(), e.rows().sessions(), e.rows().history()));
        }
        if (bytes(lines(kept)) > budget.room()) {
            throw new IOException("no room left on the disk for it");
        }
        if (file.isEmpty()) {
            file = Optional.of(RecordFile.create(path, KIND));
        }
        file.get().append("refused", nextSeq++, lines(kept));
        return kept;
    }

    private static List<String> lines(Entry e) {
        List<String> lines = new ArrayList<>();
        lines.add(e.group() + "\t" + e.at() + "\t" + e.origin().map(o -> o.id().toString()).orElse("") + "\t"
                + e.origin().map(o -> Long.toString(o.seq())).orElse("") + "\t"
                + e.reason().replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        lines.addAll(RowLines.write(e.rows()));
        return lines;
    }

    private static long bytes(List<String> lines) {
        return lines.stream().mapToLong(l -> l.length() + 1L).sum() + 64;
    }

    /**
     * The transaction committed: groups written at last are done, rows kept during it join their groups.
     *
     * @param parts what it wrote, {@code refused} what of that the database refused
     */
    void committed(List<RecordPart> parts, List<Refused> refused) {
        Map<RecordPart, String> refusedParts = new IdentityHashMap<>();
        refused.forEach(r -> refusedParts.put(r.part(), r.reason()));
        List<String> written = new ArrayList<>();
        for (RecordPart part : parts) {
            Group g = partGroups.get(part);
            if (g == null) {
                continue;
            }
            if (refusedParts.containsKey(part)) {
                g.reason = refusedParts.get(part);
            } else {
                groups.remove(g.key);
                written.add(g.key + "\t" + g.upTo);
                LOG.info("Written at last, after being kept aside since {}: {}", g.since, g.rows.describe());
            }
        }
        // After the groups written: a row kept now starts a group of its own.
        joinGroups();
        partGroups.clear();
        fresh.clear();
        if (!written.isEmpty() && !deleteIfDone() && file.isPresent()) {
            try {
                file.get().append("written", nextSeq++, written);
            } catch (IOException e) {
                LOG.warn("Could not note in {} what was written ({}); the database's marks say it", path,
                        e.getMessage());
            }
        }
    }

    /**
     * The transaction did not commit. Rows a journal write-back refused are forgotten (it is tried again and
     * refuses them again); rows the collector's own write refused stay kept aside, and are returned: they must not
     * be written with the rest again.
     */
    RecordBatch notCommitted(boolean writeBack) {
        RecordBatch keptAside = RecordBatch.EMPTY;
        if (writeBack) {
            kept.clear();
        } else {
            for (Entry e : kept) {
                keptAside = keptAside.plus(e.rows());
            }
            joinGroups();
        }
        partGroups.clear();
        fresh.clear();
        return keptAside;
    }

    private void joinGroups() {
        for (Entry e : kept) {
            Group g = group(e);
            groups.put(e.group(), g);
            g.add(e);
        }
        kept.clear();
    }

    /** Sessions refused since the last call, with the database's reason; for telling an attendant at once. */
    Map<UUID, String> takeRefusedSessions() {
        Map<UUID, String> taken = Map.copyOf(refusedSessions);
        refusedSessions.clear();
        return taken;
    }

    /** What is kept aside, and why, for the dashboard's banner. */
    Optional<String> problem() {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        Group first = groups.values().iterator().next();
        return Optional.of("The database refused " + first.rows.describe() + ": " + first.reason + ". "
                + (groups.size() > 1 ? "It and " + (groups.size() - 1) + " more rows are" : "It is")
                + " kept aside in " + path + " and tried again every " + RETRY_EVERY.toMinutes() + " minutes; "
                + "everything else is recorded.");
    }

    /** Whether every group is written; then the file goes. */
    private boolean deleteIfDone() {
        if (!groups.isEmpty() || file.isEmpty()) {
            return false;
        }
        try {
            file.get().close();
            Files.delete(path);
            file = Optional.empty();
            nextSeq = 1;
        } catch (IOException e) {
            LOG.warn("Could not delete {} (everything in it is written): {}", path, e.getMessage());
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        if (file.isPresent()) {
            file.get().close();
        }
    }
}
