package io.chargedesk.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Active power in whole watts; negative means export (a bidirectional charger feeding back). */
public record Power(long watts) implements Comparable<Power> {

    public static final Power ZERO = new Power(0);

    public static Power ofWatts(long watts) {
        return new Power(watts);
    }

    public static Power ofKilowatts(BigDecimal kw) {
        return new Power(kw.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public static Power ofKilowatts(double kw) {
        return new Power(Math.round(kw * 1000));
    }

    public BigDecimal kilowatts() {
        return BigDecimal.valueOf(watts, 3);
    }

    public boolean isAtLeast(Power other) {
        return watts >= other.watts;
    }

    public Power max(Power other) {
        return watts >= other.watts ? this : other;
    }

    /** The most energy this power can deliver over {@code duration}, rounded up to the Wh. */
    public Energy over(Duration duration) {
        if (watts <= 0) {
            return Energy.ZERO;
        }
        long millis = duration.toMillis();
        return new Energy(Math.floorDiv(Math.multiplyExact(watts, millis) + 3_599_999, 3_600_000));
    }

    @Override
    public int compareTo(Power other) {
        return Long.compare(watts, other.watts);
    }

    /** "7.40 kW". */
    public String format() {
        return shownKilowatts().toPlainString() + " kW";
    }

    /** The kilowatts as people read them: to two places. */
    public BigDecimal shownKilowatts() {
        return kilowatts().setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return format();
    }
}
