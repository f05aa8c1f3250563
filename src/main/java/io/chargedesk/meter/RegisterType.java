package io.chargedesk.meter;

/** How a value is laid out in 16-bit Modbus registers. */
public enum RegisterType {
    INT16(1), UINT16(1), INT32(2), UINT32(2), FLOAT32(2), INT64(4), UINT64(4);

    private final int words;

    RegisterType(int words) {
        this.words = words;
    }

    /** How many 16-bit registers the value occupies. */
    public int words() {
        return words;
    }
}
