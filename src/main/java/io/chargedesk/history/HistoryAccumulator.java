package io.chargedesk.history;

import io.chargedesk.meter.Reading;
import io.chargedesk.session.RegisterPlausibility;
import io.chargedesk.session.Session;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns readings, as they arrive, into history: 15-minute interval energy and daily totals per bay from
 * register differences, and each session's per-minute evidence. Pure: the collector feeds it and hands
 * {@link #pending()} to the store in the same transaction as the readings.
 */
public final class HistoryAccumulator {

    public static final Duration INTERVAL = Duration.ofMinutes(15);

    private final ZoneId zone;
    private final Map<String, Power> ratings;
    private final Map<String, Reading> previous = new HashMap<>();
    private final Map<IntervalKey, Long> intervals = new LinkedHashMap<>();
    private final Map<DayKey, long[]> days = new LinkedHashMap<>();
    private final Map<MinuteKey, long[]> minutes = new LinkedHashMap<>();
    private final Map<UUID, Money> prices = new LinkedHashMap<>();

    /**
     * @param ratings each bay's rating: a register step beyond what it allows is a fault, not energy
     * @param lastStored each bay's last stored reading, so the first new reading continues from it
     */
    public HistoryAccumulator(ZoneId zone, Map<String, Power> ratings, Map<String, Reading> lastStored) {
        this.zone = zone;
        this.ratings = Map.copyOf(ratings);
        this.previous.putAll(lastStored);
    }

    /** Adds a reading; {@code session} is the session it belongs to, if one was open. */
    public void add(Reading r, Optional<UUID> session) {
        Reading prev = previous.put(r.bayId(), r);
        if (prev != null && sameMeter(prev, r) && r.at().isAfter(prev.at())) {
            long delta = r.importRegister().wattHours() - prev.importRegister().wattHours();
            if (delta > 0 && plausible(r.bayId(), delta, Duration.between(prev.at(), r.at()))) {
                for (IntervalSplit.Part part : IntervalSplit.split(prev.at(), r.at(), delta, INTERVAL)) {
                    intervals.merge(new IntervalKey(r.bayId(), part.intervalStart()), part.wattHours(), Long::sum);
                    day(r.bayId(), part.intervalStart())[0] += part.wattHours();
                }
            }
        }
        session.ifPresent(id -> {
            long[] m = minutes.computeIfAbsent(new MinuteKey(id, r.at().truncatedTo(ChronoUnit.MINUTES)),
                    k -> new long[4]);
            m[0] = r.importRegister().wattHours();
            m[1] = Math.max(m[1], r.power().watts());
            m[2] += r.power().watts();
            m[3]++;
        });
    }

    /** Counts a closed session on the local day it started. */
    public void sessionEnded(Session s) {
        long[] d = day(s.bayId(), s.start());
        d[1]++;
        d[2] += s.energy().wattHours();
        d[3] += s.chargingTime().toSeconds();
    }

    /** Counts a closed session, with its total as the cost engine priced it (empty: no tariff applied). */
    public void sessionEnded(Session s, Optional<Money> price) {
        sessionEnded(s);
        price.ifPresent(p -> prices.put(s.id(), p));
    }

    /** Everything added since the last {@link #clear()}: kept until the store has it. */
    public HistoryBatch pending() {
        List<HistoryBatch.IntervalEnergy> i = new ArrayList<>();
        intervals.forEach((k, wh) -> i.add(new HistoryBatch.IntervalEnergy(k.bayId, k.start, wh)));
        List<HistoryBatch.DayTotals> d = new ArrayList<>();
        days.forEach((k, v) -> d.add(new HistoryBatch.DayTotals(k.bayId, k.day, v[0], (int) v[1], v[2], v[3])));
        List<HistoryBatch.SessionMinute> m = new ArrayList<>();
        minutes.forEach((k, v) -> m.add(new HistoryBatch.SessionMinute(k.session, k.minute, v[0], v[1], v[2],
                (int) v[3])));
        List<HistoryBatch.SessionPrice> p = new ArrayList<>();
        prices.forEach((id, total) -> p.add(new HistoryBatch.SessionPrice(id, total)));
        return new HistoryBatch(i, d, m, p);
    }

    /** Forgets what {@link #pending()} returned, once it is stored. */
    public void clear() {
        intervals.clear();
        days.clear();
        minutes.clear();
        prices.clear();
    }

    private long[] day(String bayId, Instant at) {
        return days.computeIfAbsent(new DayKey(bayId, LocalDate.ofInstant(at, zone)), k -> new long[4]);
    }

    private static boolean sameMeter(Reading prev, Reading r) {
        return prev.meterSerial().isEmpty() || r.meterSerial().isEmpty()
                || Objects.equals(prev.meterSerial(), r.meterSerial());
    }

    private boolean plausible(String bayId, long deltaWh, Duration elapsed) {
        Power rating = ratings.get(bayId);
        if (rating == null) {
            return true;
        }
        return deltaWh <= RegisterPlausibility.mostPossible(rating, elapsed).wattHours();
    }

    private record IntervalKey(String bayId, Instant start) {}

    private record DayKey(String bayId, LocalDate day) {}

    private record MinuteKey(UUID session, Instant minute) {}
}
