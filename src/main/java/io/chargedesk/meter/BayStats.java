package io.chargedesk.meter;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What diagnostics know about one bay's meter at one moment (an immutable snapshot).
 *
 * @param lastGood the last valid reading
 * @param lastValues every mapped value of the last good poll, in its quantity's unit (V, A, W, Hz, kWh)
 * @param lastRaw the register words of the last poll that got an answer
 * @param lastRoundTrip how long the last poll took, retries included
 * @param pollsPerSecond polls of this bay over the last few seconds
 * @param faults failed polls by kind since start
 * @param consecutiveFailures failed polls since the last good one
 * @param offline whether {@code consecutiveFailures} reached the bay's offline threshold
 */
public record BayStats(String bayId, String busId, int slaveId, String model, Optional<Reading> lastGood,
                       Map<Quantity, BigDecimal> lastValues, List<RawBlock> lastRaw, Duration lastRoundTrip,
                       double pollsPerSecond, long polls, Map<FaultKind, Long> faults, int consecutiveFailures,
                       boolean offline, Optional<PollFailure> lastFailure) {

    public BayStats {
        lastValues = Map.copyOf(lastValues);
        lastRaw = List.copyOf(lastRaw);
        faults = Map.copyOf(faults);
    }

    public long faultCount(FaultKind kind) {
        return faults.getOrDefault(kind, 0L);
    }

    public long failures() {
        return faults.values().stream().mapToLong(Long::longValue).sum();
    }
}
