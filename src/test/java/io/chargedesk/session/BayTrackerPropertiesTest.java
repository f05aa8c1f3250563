package io.chargedesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.PollFailure;
import io.chargedesk.meter.PollResult;
import io.chargedesk.meter.Reading;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random meter streams with pauses, noise around the threshold, outages, meter swaps, clock steps and
 * attendant actions (opening, stopping, ending a session here and continuing the charge in a new one): whatever
 * happens, sessions never overlap, never count energy twice or invent it, and their registers are values the meter
 * actually gave.
 */
class BayTrackerPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-03-29T00:00:00Z");
    private static final SessionRules RULES =
            new SessionRules(Power.ofWatts(100), Duration.ofSeconds(5), Duration.ofMinutes(10), 3);

    /** One stretch of the stream. */
    record Segment(Kind kind, int steps, long watts, int stepSeconds) {}

    enum Kind { IDLE, CHARGE, NOISE, OUTAGE, SWAP, CLOCK_BACK, OPEN_BY_HAND, CLOSE_BY_HAND, END_AND_CONTINUE }

    @Provide
    Arbitrary<List<Segment>> streams() {
        Arbitrary<Segment> segment = Combinators.combine(
                Arbitraries.of(Kind.class).edgeCases(c -> c.includeOnly(Kind.CHARGE)),
                Arbitraries.integers().between(1, 120),
                Arbitraries.longs().between(0, 25_000),
                Arbitraries.integers().between(1, 30)).as(Segment::new);
        return segment.list().ofMinSize(1).ofMaxSize(40);
    }

    /** The stream as the tracker sees it, and what happened. */
    private static final class Run {
        final BayTracker tracker = new BayTracker("A1", RULES, Optional.of(Power.ofWatts(22_000)), UUID::randomUUID);
        final List<SessionEvent> events = new ArrayList<>();
        /** Registers the meter gave, per meter (a swap starts a new one). */
        final List<Set<Long>> registersByMeter = new ArrayList<>(List.of(new HashSet<>()));
        final List<long[]> rangeByMeter = new ArrayList<>();
        /** Every reading the tracker was given, in order, as {meter index, import register in Wh}. */
        final List<long[]> readings = new ArrayList<>();
        Instant t = T0;
        double registerWh = 100_000_000;
        String serial = "1000";

        void play(List<Segment> stream) {
            rangeByMeter.add(new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            for (Segment s : stream) {
                switch (s.kind()) {
                    case IDLE -> poll(s, Math.min(s.watts(), 60));
                    case CHARGE -> poll(s, Math.max(s.watts(), 150));
                    case NOISE -> poll(s, 80 + s.watts() % 40);
                    case OUTAGE -> {
                        for (int i = 0; i < s.steps(); i++) {
                            t = t.plusSeconds(s.stepSeconds());
                            registerWh += s.watts() * s.stepSeconds() / 3600.0;
                            feed(new PollFailure("A1", t, FaultKind.TIMEOUT, ""));
                        }
                    }
                    case SWAP -> {
                        // Each new meter starts well below the last (a reset), so no two meters share a value.
                        registerWh = 100_000_000 - registersByMeter.size() * 2_000_000L + s.watts() % 500;
                        if (s.watts() % 2 == 0) {
                            serial = String.valueOf(Long.parseLong(serial) + 1);
                        }
                        registersByMeter.add(new HashSet<>());
                        rangeByMeter.add(new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
                    }
                    case CLOCK_BACK -> t = t.minusSeconds(s.stepSeconds() * 10L);
                    case OPEN_BY_HAND -> attempt(() -> events.addAll(tracker.openManual(t, new Customer("Ada", "", ""))));
                    case CLOSE_BY_HAND -> attempt(() -> events.addAll(tracker.closeManual(t)));
                    case END_AND_CONTINUE -> attempt(() -> events.addAll(tracker.endAndContinue(
                            new Customer("Bo", "", ""))));
                }
            }
        }

        private static void attempt(Runnable action) {
            try {
                action.run();
            } catch (IllegalStateException refused) {
                // No reading yet, already open, nothing to close, power still flowing: the attendant is told so;
                // nothing changes.
            }
        }

        private void poll(Segment s, long watts) {
            for (int i = 0; i < s.steps(); i++) {
                t = t.plusSeconds(s.stepSeconds());
                registerWh += watts * s.stepSeconds() / 3600.0;
                long wh = (long) Math.floor(registerWh);
                registersByMeter.get(registersByMeter.size() - 1).add(wh);
                long[] range = rangeByMeter.get(rangeByMeter.size() - 1);
                range[0] = Math.min(range[0], wh);
                range[1] = Math.max(range[1], wh);
                readings.add(new long[] {registersByMeter.size() - 1, wh});
                feed(new Reading("A1", t, Energy.ofWattHours(wh), Power.ofWatts(watts), serial));
            }
        }

        private void feed(PollResult r) {
            events.addAll(tracker.accept(r));
        }

        List<Session> ended() {
            return events.stream().filter(e -> e instanceof SessionEvent.Ended)
                    .map(e -> ((SessionEvent.Ended) e).session()).toList();
        }

        /** Closed sessions, plus the one still open at the end of the stream. */
        List<Session> all() {
            List<Session> out = new ArrayList<>(ended());
            tracker.openSession().ifPresent(out::add);
            return out;
        }

        int meterOf(Session s) {
            for (int m = 0; m < registersByMeter.size(); m++) {
                if (registersByMeter.get(m).contains(s.startRegister().wattHours())
                        && registersByMeter.get(m).contains(s.endRegister().wattHours())) {
                    return m;
                }
            }
            return -1;
        }
    }

    @Property(tries = 400)
    void sessionsNeverOverlapAndStartBeforeTheyEnd(@ForAll("streams") List<Segment> stream) {
        Run run = new Run();
        run.play(stream);
        String open = null;
        for (SessionEvent e : run.events) {
            if (e instanceof SessionEvent.Started s) {
                assertThat(open).as("a session starts while another is open").isNull();
                open = s.session().id().toString();
            } else if (e instanceof SessionEvent.Ended s) {
                assertThat(s.session().id().toString()).isEqualTo(open);
                assertThat(s.session().end().orElseThrow()).isAfterOrEqualTo(s.session().start());
                open = null;
            }
        }
        List<Session> ended = run.ended();
        for (int i = 1; i < ended.size(); i++) {
            assertThat(ended.get(i).start()).isAfterOrEqualTo(ended.get(i - 1).end().orElseThrow());
        }
    }

    @Property(tries = 400)
    void registersAreValuesTheMeterGaveAndNoSessionSpansASwap(@ForAll("streams") List<Segment> stream) {
        Run run = new Run();
        run.play(stream);
        for (Session s : run.all()) {
            assertThat(s.energy().wattHours()).isNotNegative();
            assertThat(run.meterOf(s)).as("session %s: registers %s..%s from one meter's readings", s.id(),
                    s.startRegister(), s.endRegister()).isNotNegative();
        }
    }

    /**
     * Session energy plus the energy that flowed outside sessions is exactly the registers' total movement.
     * The energy outside is counted on its own, along the readings the tracker was given: each step between
     * two consecutive readings of one meter lies either wholly inside one session's register span or wholly
     * outside all of them, because start and end registers are readings (the last before power rose, the
     * first after it fell). A session that bills part of a step, bills a step another session also bills,
     * or bills energy the meter never counted breaks the sum. A step from one meter to the next (a swap: the
     * generator always starts the new meter lower) is no movement of either.
     */
    @Property(tries = 400)
    void sessionEnergyPlusEnergyOutsideIsTheRegistersMovement(@ForAll("streams") List<Segment> stream) {
        Run run = new Run();
        run.play(stream);
        List<Session> sessions = run.all();
        int[] meterOfSession = new int[sessions.size()];
        long inSessions = 0;
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            meterOfSession[i] = run.meterOf(s);
            assertThat(meterOfSession[i]).as("session %s: registers %s..%s are one meter's readings", s.id(),
                    s.startRegister(), s.endRegister()).isNotNegative();
            inSessions += s.energy().wattHours();
        }

        long outside = 0;
        for (int i = 1; i < run.readings.size(); i++) {
            long[] from = run.readings.get(i - 1);
            long[] to = run.readings.get(i);
            if (from[0] != to[0]) {
                assertThat(to[1]).as("a new meter starts below the old one").isLessThan(from[1]);
                continue;
            }
            long step = to[1] - from[1];
            assertThat(step).as("one meter's register never goes back").isNotNegative();
            boolean billed = false;
            for (int k = 0; k < sessions.size() && !billed; k++) {
                billed = meterOfSession[k] == from[0]
                        && sessions.get(k).startRegister().wattHours() <= from[1]
                        && to[1] <= sessions.get(k).endRegister().wattHours();
            }
            if (!billed) {
                outside += step;
            }
        }

        long movement = 0;
        for (long[] range : run.rangeByMeter) {
            if (range[0] != Long.MAX_VALUE) {
                movement += range[1] - range[0];
            }
        }
        assertThat(inSessions + outside).as("%d Wh in sessions + %d Wh outside", inSessions, outside)
                .isEqualTo(movement);
    }
}
