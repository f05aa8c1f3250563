package io.chargedesk.meter;

/** Which Modbus table a register lives in, named by the function code that reads it. */
public enum RegisterTable {
    HOLDING(3), INPUT(4);

    private final int functionCode;

    RegisterTable(int functionCode) {
        this.functionCode = functionCode;
    }

    public int functionCode() {
        return functionCode;
    }

    public static RegisterTable ofFunctionCode(int code) {
        for (RegisterTable t : values()) {
            if (t.functionCode == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("function " + code + " does not read registers; use 3 (holding) or 4 (input)");
    }
}
