package io.chargedesk.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of electrical energy in whole watt-hours. Meter registers resolve at best to 1 Wh for
 * billing (3 decimals of kWh), so a long of Wh is exact and never drifts as a double would.
 */
public record Energy(long wattHours) implements Comparable<Energy> {

    public static final Energy ZERO = new Energy(0);

    public Energy {
        if (wattHours < 0) {
            throw new IllegalArgumentException("energy cannot be negative: " + wattHours + " Wh");
        }
    }

    public static Energy ofWattHours(long wattHours) {
        return new Energy(wattHours);
    }

    /** Rounds half-up to the watt-hour, as a meter's display would. */
    public static Energy ofKilowattHours(BigDecimal kwh) {
        return new Energy(kwh.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public static Energy ofKilowattHours(String kwh) {
        return ofKilowattHours(new BigDecimal(kwh));
    }

    public BigDecimal kilowattHours() {
        return BigDecimal.valueOf(wattHours, 3);
    }

    public Energy plus(Energy other) {
        return new Energy(Math.addExact(wattHours, other.wattHours));
    }

    /** The energy from {@code earlier} to this register value; refuses a register that went backwards. */
    public Energy since(Energy earlier) {
        if (earlier.wattHours > wattHours) {
            throw new IllegalArgumentException(
                    "register went backwards: " + earlier.format() + " then " + format());
        }
        return new Energy(wattHours - earlier.wattHours);
    }

    public boolean isBefore(Energy other) {
        return wattHours < other.wattHours;
    }

    @Override
    public int compareTo(Energy other) {
        return Long.compare(wattHours, other.wattHours);
    }

    /** "12.345 kWh". */
    public String format() {
        return kilowattHours().toPlainString() + " kWh";
    }

    @Override
    public String toString() {
        return format();
    }
}
