package io.chargedesk.meter;

import java.util.List;
import java.util.Map;

/**
 * A bus's totals at one moment (an immutable snapshot).
 *
 * @param portOpen whether the serial port is open now
 * @param reopens how often the port was reopened after it had gone (USB unplugged and back)
 */
public record BusStats(String busId, String port, boolean portOpen, long reopens, long polls, double pollsPerSecond,
                       Map<FaultKind, Long> faults, List<BayStats> bays) {

    public BusStats {
        faults = Map.copyOf(faults);
        bays = List.copyOf(bays);
    }

    public long faultCount(FaultKind kind) {
        return faults.getOrDefault(kind, 0L);
    }
}
