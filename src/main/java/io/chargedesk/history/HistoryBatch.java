package io.chargedesk.history;

import io.chargedesk.units.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * What a batch of readings adds to the history tables; the store adds these to what is there. {@code prices} are the
 * totals of sessions that closed in the batch, as the cost engine priced them, for the revenue rollups.
 */
public record HistoryBatch(List<IntervalEnergy> intervals, List<DayTotals> days, List<SessionMinute> minutes,
                           List<SessionPrice> prices) {

    public static final HistoryBatch EMPTY = new HistoryBatch(List.of(), List.of(), List.of());

    public HistoryBatch {
        intervals = List.copyOf(intervals);
        days = List.copyOf(days);
        minutes = List.copyOf(minutes);
        prices = List.copyOf(prices);
    }

    /** A batch without session prices. */
    public HistoryBatch(List<IntervalEnergy> intervals, List<DayTotals> days, List<SessionMinute> minutes) {
        this(intervals, days, minutes, List.of());
    }

    public boolean isEmpty() {
        return intervals.isEmpty() && days.isEmpty() && minutes.isEmpty() && prices.isEmpty();
    }

    /**
     * This batch followed by a later one, as one: rows of the same interval, day or minute are added up as the store
     * would add them, so batches kept while the database was down write back in one row per key, not one per batch.
     */
    public HistoryBatch plus(HistoryBatch later) {
        if (isEmpty()) {
            return later;
        }
        if (later.isEmpty()) {
            return this;
        }
        return new HistoryBatch(
                merge(intervals, later.intervals, i -> List.of(i.bayId(), i.intervalStart()),
                        (a, b) -> new IntervalEnergy(a.bayId(), a.intervalStart(), a.energyWh() + b.energyWh())),
                merge(days, later.days, d -> List.of(d.bayId(), d.day()),
                        (a, b) -> new DayTotals(a.bayId(), a.day(), a.energyWh() + b.energyWh(),
                                a.sessions() + b.sessions(), a.sessionEnergyWh() + b.sessionEnergyWh(),
                                a.chargingSeconds() + b.chargingSeconds())),
                merge(minutes, later.minutes, m -> List.of(m.sessionId(), m.minute()),
                        (a, b) -> new SessionMinute(a.sessionId(), a.minute(), b.registerWh(),
                                Math.max(a.powerMaxW(), b.powerMaxW()), a.powerSumW() + b.powerSumW(),
                                a.readings() + b.readings())),
                merge(prices, later.prices, SessionPrice::sessionId, (a, b) -> b));
    }

    /** Only the minutes and the price of the session: the rows that stand or fall with it. */
    public HistoryBatch minutesOf(UUID session) {
        return new HistoryBatch(List.of(), List.of(),
                minutes.stream().filter(m -> m.sessionId().equals(session)).toList(),
                prices.stream().filter(p -> p.sessionId().equals(session)).toList());
    }

    private static <T> List<T> merge(List<T> earlier, List<T> later, Function<T, Object> key, BinaryOperator<T> add) {
        Map<Object, T> byKey = new LinkedHashMap<>();
        for (T row : earlier) {
            byKey.merge(key.apply(row), row, add);
        }
        for (T row : later) {
            byKey.merge(key.apply(row), row, add);
        }
        return new ArrayList<>(byKey.values());
    }

    /** Energy metered on a bay in one 15-minute interval. */
    public record IntervalEnergy(String bayId, Instant intervalStart, long energyWh) {}

    /** Additions to a bay's totals for one local day. */
    public record DayTotals(String bayId, LocalDate day, long energyWh, int sessions, long sessionEnergyWh,
                            long chargingSeconds) {}

    /** One minute of a session's evidence: the register at the minute's last reading and the power seen. */
    public record SessionMinute(UUID sessionId, Instant minute, long registerWh, long powerMaxW, long powerSumW,
                                int readings) {}

    /** A closed session's gross total, as priced when it closed. */
    public record SessionPrice(UUID sessionId, Money total) {}
}
