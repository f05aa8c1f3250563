package io.chargedesk.sim;

import io.chargedesk.meter.MeterReader;
import io.chargedesk.meter.Reading;
import java.time.Instant;

/** Reads a simulated meter in-process, as the demo site's buses do. */
public final class SimulatedMeterReader implements MeterReader {

    private final SimulatedMeter meter;

    public SimulatedMeterReader(SimulatedMeter meter) {
        this.meter = meter;
    }

    @Override
    public String bayId() {
        return meter.bayId();
    }

    @Override
    public Reading read(Instant at) {
        MeterState s = meter.stateAt(at);
        return new Reading(meter.bayId(), at, s.importEnergy(), s.power(), s.serial());
    }
}
