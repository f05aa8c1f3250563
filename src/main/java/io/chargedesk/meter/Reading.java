package io.chargedesk.meter;

import io.chargedesk.text.TextLimit;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Instant;
import java.util.Objects;

/**
 * A valid answer from a bay's meter.
 *
 * @param importRegister the meter's total import active energy register, as read
 * @param power total active power at the moment of the read
 * @param meterSerial the meter's serial number where the model exposes one, else empty; kept to printable characters
 *     and the length the database stores, since a meter's answer is no text anyone checked
 */
public record Reading(String bayId, Instant at, Energy importRegister, Power power, String meterSerial)
        implements PollResult {

    public Reading {
        Objects.requireNonNull(bayId, "bayId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(importRegister, "importRegister");
        Objects.requireNonNull(power, "power");
        meterSerial = meterSerial == null ? "" : TextLimit.METER_SERIAL.fit(meterSerial);
    }

    public Reading(String bayId, Instant at, Energy importRegister, Power power) {
        this(bayId, at, importRegister, power, "");
    }
}
