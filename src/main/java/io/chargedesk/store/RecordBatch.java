package io.chargedesk.store;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the collector writes together: readings, the sessions they changed (one version each), and what they add
 * to the history.
 */
public record RecordBatch(List<Reading> readings, List<Session> sessions, HistoryBatch history) {

    public static final RecordBatch EMPTY = new RecordBatch(List.of(), List.of(), HistoryBatch.EMPTY);

    public RecordBatch {
        readings = List.copyOf(readings);
        sessions = List.copyOf(sessions);
    }

    public RecordBatch(List<Reading> readings, Collection<Session> sessions, HistoryBatch history) {
        this(readings, List.copyOf(sessions), history);
    }

    public boolean isEmpty() {
        return readings.isEmpty() && sessions.isEmpty() && history.isEmpty();
    }

    /** This batch followed by a later one: a session in both keeps its later version, history rows add up. */
    public RecordBatch plus(RecordBatch later) {
        if (isEmpty()) {
            return later;
        }
        if (later.isEmpty()) {
            return this;
        }
        List<Reading> allReadings = new ArrayList<>(readings.size() + later.readings.size());
        allReadings.addAll(readings);
        allReadings.addAll(later.readings);
        Map<UUID, Session> latest = new LinkedHashMap<>();
        sessions.forEach(s -> latest.put(s.id(), s));
        later.sessions.forEach(s -> latest.put(s.id(), s));
        return new RecordBatch(allReadings, latest.values(), history.plus(later.history));
    }

    /** This batch without the rows of {@code rows}: one of each equal row, and the versions of its sessions. */
    public RecordBatch minus(RecordBatch rows) {
        if (rows.isEmpty()) {
            return this;
        }
        Set<UUID> gone = new HashSet<>();
        rows.sessions.forEach(s -> gone.add(s.id()));
        return new RecordBatch(less(readings, rows.readings), sessions.stream().filter(s -> !gone.contains(s.id()))
                .toList(), new HistoryBatch(less(history.intervals(), rows.history.intervals()),
                less(history.days(), rows.history.days()), less(history.minutes(), rows.history.minutes()),
                less(history.prices(), rows.history.prices())));
    }

    private static <T> List<T> less(List<T> all, List<T> gone) {
        if (gone.isEmpty()) {
            return all;
        }
        Map<T, Integer> left = new HashMap<>();
        gone.forEach(g -> left.merge(g, 1, Integer::sum));
        List<T> kept = new ArrayList<>(all.size());
        for (T row : all) {
            if (left.getOrDefault(row, 0) > 0) {
                left.merge(row, -1, Integer::sum);
            } else {
                kept.add(row);
            }
        }
        return kept;
    }

    /** The sessions this batch writes to: a version of theirs, or minutes of their evidence. */
    public Set<UUID> sessionIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        sessions.forEach(s -> ids.add(s.id()));
        history.minutes().forEach(m -> ids.add(m.sessionId()));
        history.prices().forEach(p -> ids.add(p.sessionId()));
        return ids;
    }

    /** The session's version and its minutes of evidence: rows that stand or fall together. */
    private RecordBatch sessionPart(UUID session) {
        return new RecordBatch(List.of(), sessions.stream().filter(s -> s.id().equals(session)).toList(),
                history.minutesOf(session));
    }

    /**
     * The batch row by row, each a batch of its own, for finding the rows the database refuses: each reading, each
     * interval and day, and each session with its minutes (which the database keeps only for a stored session).
     */
    public List<RecordBatch> items() {
        List<RecordBatch> items = new ArrayList<>();
        readings.forEach(r -> items.add(new RecordBatch(List.of(r), List.of(), HistoryBatch.EMPTY)));
        sessionIds().forEach(id -> items.add(sessionPart(id)));
        history.intervals().forEach(i -> items.add(new RecordBatch(List.of(), List.of(),
                new HistoryBatch(List.of(i), List.of(), List.of()))));
        history.days().forEach(d -> items.add(new RecordBatch(List.of(), List.of(),
                new HistoryBatch(List.of(), List.of(d), List.of()))));
        return items;
    }

    /** What it holds, in words, for the log and the dashboard's banner. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Session s : sessions) {
            parts.add("session " + shortId(s.id()) + " of bay " + s.bayId() + (s.customer().isNone() ? ""
                    : " (customer \"" + s.customer().name() + "\", plate \"" + s.customer().plate() + "\")"));
        }
        Set<UUID> minutesOnly = new LinkedHashSet<>(sessionIds());
        sessions.forEach(s -> minutesOnly.remove(s.id()));
        minutesOnly.forEach(id -> parts.add("the per-minute evidence of session " + shortId(id)));
        if (readings.size() == 1) {
            parts.add("the reading of bay " + readings.get(0).bayId() + " at " + readings.get(0).at());
        } else if (!readings.isEmpty()) {
            parts.add(readings.size() + " readings");
        }
        history.intervals().forEach(i -> parts.add("the energy of bay " + i.bayId() + " in the 15 minutes from "
                + i.intervalStart()));
        history.days().forEach(d -> parts.add("the totals of bay " + d.bayId() + " on " + d.day()));
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}
