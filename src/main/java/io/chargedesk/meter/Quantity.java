package io.chargedesk.meter;

/**
 * What a register holds, with the unit its scaled value is in. A register map's {@code scale}
 * turns the raw register into this unit (e.g. ABB's 0.01 kWh steps: scale 0.01).
 */
public enum Quantity {
    VOLTAGE_L1("V"), VOLTAGE_L2("V"), VOLTAGE_L3("V"),
    CURRENT_L1("A"), CURRENT_L2("A"), CURRENT_L3("A"),
    POWER_L1("W"), POWER_L2("W"), POWER_L3("W"),
    POWER_TOTAL("W"),
    FREQUENCY("Hz"),
    IMPORT_ENERGY("kWh"),
    EXPORT_ENERGY("kWh"),
    SERIAL_NUMBER("");

    private final String unit;

    Quantity(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }

    /** The name used in register map files, e.g. {@code import_energy}. */
    public String key() {
        return name().toLowerCase();
    }
}
