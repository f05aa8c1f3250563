package io.chargedesk.meter.modbus;

import java.util.List;

/**
 * A slave id that answered a bus scan.
 *
 * @param candidates meter models whose every register read answered with plausible values, best guess
 *     first (most registers mapped); empty when the device answered but no known map fits
 * @param serial the serial number read with the best guess's map, or empty
 * @param note what the installer should know, e.g. that answers were garbled
 */
public record ScanHit(int slaveId, List<String> candidates, String serial, String note) {

    public ScanHit {
        candidates = List.copyOf(candidates);
    }

    public String bestGuess() {
        return candidates.isEmpty() ? "" : candidates.get(0);
    }
}
