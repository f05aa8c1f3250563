package io.chargedesk.text;

import java.math.BigDecimal;

/** Decimals as a person writes them: "0.49", "100", "7.7", never "0.490000", "1E+2" or "4.9E-1". */
public final class Decimals {

    private Decimals() {
    }

    /** {@code d} without trailing zeros and with no negative scale, so it prints plainly and compares by value. */
    public static BigDecimal plain(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String text(BigDecimal d) {
        return plain(d).toPlainString();
    }
}
