package io.chargedesk.meter;

/** One contiguous read: one Modbus request and one round trip on the bus. */
public record ReadBlock(RegisterTable table, int start, int count) {

    public ReadBlock {
        if (count < 1 || count > 125) {
            throw new IllegalArgumentException("a Modbus read covers 1 to 125 registers, not " + count);
        }
    }

    public boolean covers(RegisterField field) {
        return field.table() == table && field.address() >= start && field.end() <= start + count;
    }

    @Override
    public String toString() {
        return "fc" + table.functionCode() + " 0x" + String.format("%04X", start) + "+" + count;
    }
}
