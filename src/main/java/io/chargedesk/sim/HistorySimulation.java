package io.chargedesk.sim;

import io.chargedesk.history.HistoryAccumulator;
import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.BayTracker;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionEvent;
import io.chargedesk.session.SessionRules;
import io.chargedesk.session.ShortSessionPattern;
import io.chargedesk.units.Power;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Weeks of a simulated site, computed in seconds: the simulated meters read once a minute through the real
 * session state machines and history accumulator, with no database and no waiting. Makes the demo's
 * sample history.
 */
public final class HistorySimulation {

    private static final Duration POLL = Duration.ofMinutes(1);

    /** What the simulated weeks produced: closed sessions, the history they add, each bay's last reading. */
    public record Result(List<Session> sessions, HistoryBatch history, Map<String, Reading> lastReadings) {

        /** The per-minute evidence of the closed sessions: a session still open at the end is not recorded. */
        public List<HistoryBatch.SessionMinute> closedSessionMinutes() {
            Set<UUID> closed = sessions.stream().map(Session::id).collect(Collectors.toSet());
            return history.minutes().stream().filter(m -> closed.contains(m.sessionId())).toList();
        }
    }

    private HistorySimulation() {
    }

    /** Something going wrong at a bay, for the history to show. */
    public sealed interface Fault permits Outage, MeterSwap {
        /** Does to the bay's meter what this fault does at minute {@code t}, if anything. */
        void apply(SimulatedMeter meter, Instant t);
    }

    /** The bay's meter stops metering for a while. */
    public record Outage(String bayId, Instant from, Instant to) implements Fault {
        @Override
        public void apply(SimulatedMeter meter, Instant t) {
            if (meter.bayId().equals(bayId) && t.equals(from)) {
                meter.freeze();
            } else if (meter.bayId().equals(bayId) && t.equals(to)) {
                meter.unfreeze();
            }
        }
    }

    /** An electrician replaces the bay's meter, whether a car is charging or not. */
    public record MeterSwap(String bayId, Instant at) implements Fault {
        @Override
        public void apply(SimulatedMeter meter, Instant t) {
            if (meter.bayId().equals(bayId) && t.equals(at)) {
                meter.swap(t);
            }
        }
    }

    public static Result run(SimulatedSite.SequencedBays bays, SessionRules rules, long seed, Instant from,
                             Instant to, Duration meanGap) {
        return run(bays, rules, seed, from, to, meanGap, List.of());
    }

    public static Result run(SimulatedSite.SequencedBays bays, SessionRules rules, long seed, Instant from,
                             Instant to, Duration meanGap, List<Fault> faults) {
        return run(bays, rules, seed, from, to, meanGap, faults, Map.of());
    }

    /**
     * Days after ones already recorded: each bay's meter carries on from its last reading (register and serial), and
     * its first energy is counted from there.
     */
    public static Result carryOn(Map<String, Reading> lastReadings, SimulatedSite.SequencedBays bays,
                                 SessionRules rules, long seed, Instant from, Instant to, Duration meanGap) {
        return run(bays, rules, seed, from, to, meanGap, List.of(), lastReadings);
    }

    private static Result run(SimulatedSite.SequencedBays bays, SessionRules rules, long seed, Instant from,
                              Instant to, Duration meanGap, List<Fault> faults, Map<String, Reading> lastReadings) {
        SimulatedSite site = new SimulatedSite(bays, seed, Clock.fixed(from, bays.zone()), meanGap);
        site.continueFrom(lastReadings);
        Map<String, Power> ratings = new HashMap<>();
        Map<String, BayTracker> trackers = new HashMap<>();
        Map<String, ShortSessionPattern> patterns = new HashMap<>();
        for (int i = 0; i < bays.ids().size(); i++) {
            String id = bays.ids().get(i);
            ratings.put(id, bays.ratings().get(i));
            // Seeded ids, so the same seed gives the same sample data byte for byte.
            long idSeed = seed * 31 + i;
            long[] counter = {0};
            trackers.put(id, new BayTracker(id, rules, Optional.of(bays.ratings().get(i)),
                    () -> new UUID(idSeed, counter[0]++)));
            patterns.put(id, ShortSessionPattern.defaults());
        }
        HistoryAccumulator history = new HistoryAccumulator(bays.zone(), ratings, lastReadings);
        List<Session> sessions = new ArrayList<>();
        Map<String, Reading> last = new HashMap<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(POLL)) {
            for (SimulatedMeter meter : site.meters()) {
                for (Fault f : faults) {
                    f.apply(meter, t);
                }
                Reading r = new SimulatedMeterReader(meter).read(t);
                BayTracker tracker = trackers.get(r.bayId());
                List<SessionEvent> events = tracker.accept(r);
                Optional<UUID> open = tracker.openSession().map(Session::id);
                for (SessionEvent e : events) {
                    if (e instanceof SessionEvent.Ended ended) {
                        Session s = patterns.get(r.bayId()).check(ended.session());
                        sessions.add(s);
                        history.sessionEnded(s);
                        open = open.or(() -> Optional.of(s.id()));
                    }
                }
                history.add(r, open);
                last.put(r.bayId(), r);
            }
        }
        return new Result(sessions, history.pending(), last);
    }
}
