package io.chargedesk.meter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where one quantity lives in a meter: table, 0-based address, layout and the factor that turns the
 * raw number into the quantity's unit.
 */
public record RegisterField(Quantity quantity, RegisterTable table, int address, RegisterType type,
                            BigDecimal scale, WordOrder wordOrder) {

    public RegisterField {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(wordOrder, "wordOrder");
        if (address < 0 || address + type.words() > 0x10000) {
            throw new IllegalArgumentException(quantity.key() + ": address " + address + " is outside 0–65535");
        }
        if (scale.signum() == 0) {
            throw new IllegalArgumentException(quantity.key() + ": scale 0 would read every value as 0");
        }
    }

    /** The first address after this field. */
    public int end() {
        return address + type.words();
    }
}
