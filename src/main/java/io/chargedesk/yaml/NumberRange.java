package io.chargedesk.yaml;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The numbers a setting takes: from {@code min} to {@code max}, with at most {@code decimals} decimal places (the
 * places its database column keeps, so a stored value reads back as the one given).
 */
public record NumberRange(BigDecimal min, BigDecimal max, int decimals) {

    public static NumberRange of(String min, String max, int decimals) {
        return new NumberRange(new BigDecimal(min), new BigDecimal(max), decimals);
    }

    /** What is wrong with {@code value} (written as {@code text}), as the end of a sentence naming the setting. */
    Optional<String> problem(BigDecimal value, String text) {
        if (value.signum() < 0 && min.signum() == 0) {
            return Optional.of(text + " is negative; use 0 or more");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return Optional.of(text + " is out of range (" + min.toPlainString() + "–" + max.toPlainString() + ")");
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            return Optional.of(text + " has more than " + decimals + " decimal places");
        }
        return Optional.empty();
    }
}
