package io.chargedesk.meter;

import java.time.Instant;

/**
 * Reads one bay's meter. Implementations talk to real hardware (Modbus RTU) or simulate it; all of
 * them are called from the single poller thread of their bus, never concurrently.
 */
public interface MeterReader {

    String bayId();

    /**
     * One read of the meter's import register and power.
     *
     * @param at the instant to stamp on the reading (the poller's clock)
     */
    Reading read(Instant at) throws MeterException;
}
