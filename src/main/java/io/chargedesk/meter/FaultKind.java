package io.chargedesk.meter;

import io.chargedesk.text.ReasonCode;

/** Why a poll failed; each kind is counted separately in diagnostics, and named by {@code code.fault.<kind>}. */
public enum FaultKind implements ReasonCode {
    /** The meter did not answer within the bus timeout. */
    TIMEOUT,
    /** The answer's CRC was wrong: noise on the bus, or two devices talking at once. */
    CRC,
    /** The meter answered with a Modbus exception code (e.g. illegal address: wrong meter model). */
    EXCEPTION_RESPONSE,
    /** An answer came from another slave id, or of the wrong length or function. */
    GARBAGE,
    /** The serial port is gone (USB adapter unplugged) or cannot be opened. */
    PORT_GONE,
    /** The values read make no sense (NaN, negative energy). */
    IMPLAUSIBLE_VALUE;

    @Override
    public String family() {
        return "code.fault";
    }
}
