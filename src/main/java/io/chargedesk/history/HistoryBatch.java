package io.chargedesk.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a batch of readings adds to the history tables; the store adds these to what is there. */
public record HistoryBatch(List<IntervalEnergy> intervals, List<DayTotals> days, List<SessionMinute> minutes) {

    public static final HistoryBatch EMPTY = new HistoryBatch(List.of(), List.of(), List.of());

    public HistoryBatch {
        intervals = List.copyOf(intervals);
        days = List.copyOf(days);
        minutes = List.copyOf(minutes);
    }

    public boolean isEmpty() {
        return intervals.isEmpty() && days.isEmpty() && minutes.isEmpty();
    }

    /** Energy metered on a bay in one 15-minute interval. */
    public record IntervalEnergy(String bayId, Instant intervalStart, long energyWh) {}

    /** Additions to a bay's totals for one local day. */
    public record DayTotals(String bayId, LocalDate day, long energyWh, int sessions, long sessionEnergyWh,
                            long chargingSeconds) {}

    /** One minute of a session's evidence: the register at the minute's last reading and the power seen. */
    public record SessionMinute(UUID sessionId, Instant minute, long registerWh, long powerMaxW, long powerSumW,
                                int readings) {}
}
