package io.chargedesk.meter;

/** Why a poll failed; each kind is counted separately in diagnostics. */
public enum FaultKind {
    /** The meter did not answer within the bus timeout. */
    TIMEOUT("no answer"),
    /** The answer's CRC was wrong: noise on the bus, or two devices talking at once. */
    CRC("corrupted frame (CRC)"),
    /** The meter answered with a Modbus exception code (e.g. illegal address: wrong meter model). */
    EXCEPTION_RESPONSE("Modbus exception"),
    /** An answer came from another slave id, or of the wrong length or function. */
    GARBAGE("unexpected answer"),
    /** The serial port is gone (USB adapter unplugged) or cannot be opened. */
    PORT_GONE("serial port unavailable"),
    /** The values read make no sense (NaN, negative energy). */
    IMPLAUSIBLE_VALUE("implausible value");

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
