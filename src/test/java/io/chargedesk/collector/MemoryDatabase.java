package io.chargedesk.collector;

import io.chargedesk.meter.Reading;
import io.chargedesk.session.Session;
import io.chargedesk.store.RecordPart;
import io.chargedesk.store.RecordWriter;
import io.chargedesk.store.Refused;
import io.chargedesk.store.WriteMark;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A database in memory for millions of readings one second apart: it counts each bay's readings by the second since
 * {@code start} and how many came twice, and keeps each session's last version and the marks; the store's real
 * transactions are tested on H2 elsewhere.
 */
final class MemoryDatabase implements RecordWriter {

    private final Instant start;
    private final Map<String, BitSet> seconds = new HashMap<>();
    private final Map<UUID, Session> sessions = new HashMap<>();
    private final Map<UUID, Long> marks = new HashMap<>();
    private long readings;
    private long twice;

    MemoryDatabase(Instant start) {
        this.start = start;
    }

    @Override
    public List<Refused> record(List<RecordPart> parts, List<WriteMark> marks, RefusedRows keeper) {
        marks.forEach(this::mark);
        for (RecordPart part : parts) {
            for (Reading r : part.rows().readings()) {
                BitSet bay = seconds.computeIfAbsent(r.bayId(), b -> new BitSet());
                int second = (int) (r.at().getEpochSecond() - start.getEpochSecond());
                if (bay.get(second)) {
                    twice++;
                }
                bay.set(second);
                readings++;
            }
            part.rows().sessions().forEach(s -> sessions.put(s.id(), s));
            part.marks().forEach(this::mark);
        }
        return List.of();
    }

    private void mark(WriteMark m) {
        marks.merge(m.id(), m.seq(), Math::max);
    }

    @Override
    public OptionalLong lastMark(UUID id) {
        Long seq = marks.get(id);
        return seq == null ? OptionalLong.empty() : OptionalLong.of(seq);
    }

    long readings() {
        return readings;
    }

    /** Readings written more than once. */
    long twice() {
        return twice;
    }

    /** How many different seconds of the bay have a reading. */
    int secondsOf(String bay) {
        return seconds.getOrDefault(bay, new BitSet()).cardinality();
    }

    Map<UUID, Session> sessions() {
        return sessions;
    }
}
