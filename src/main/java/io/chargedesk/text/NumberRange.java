package io.chargedesk.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The numbers a setting takes: from {@code min} to {@code max}, with at most {@code decimals} decimal places (the
 * places its database column keeps, so a stored value reads back as the one given); with none, a whole number
 * written without a point. The one reading of a number as typed, for the site file, meter maps and the forms alike.
 */
public record NumberRange(BigDecimal min, BigDecimal max, int decimals) {

    public static NumberRange of(String min, String max, int decimals) {
        return new NumberRange(new BigDecimal(min), new BigDecimal(max), decimals);
    }

    public static NumberRange whole(long min, long max) {
        return new NumberRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0);
    }

    /**
     * The number {@code text} gives; empty after telling {@code wrong} what is wrong with it, as the end of a sentence
     * naming the setting.
     */
    public Optional<BigDecimal> read(String text, Consumer<String> wrong) {
        String t = text.strip();
        BigDecimal value;
        try {
            value = decimals == 0 ? new BigDecimal(new BigInteger(t)) : new BigDecimal(t);
        } catch (NumberFormatException e) {
            wrong.accept("'" + Excerpt.of(t) + "' is not " + (decimals == 0 ? "a whole number"
                    : "a number (use a decimal point)"));
            return Optional.empty();
        }
        Optional<String> problem = problem(value, Excerpt.of(t));
        problem.ifPresent(wrong);
        return problem.isEmpty() ? Optional.of(value) : Optional.empty();
    }

    /** {@link #read} for a whole number, which fits a long since its range does. */
    public Optional<Long> readWhole(String text, Consumer<String> wrong) {
        if (decimals != 0) {
            throw new IllegalStateException("numbers from " + min + " to " + max + " may have decimal places");
        }
        return read(text, wrong).map(BigDecimal::longValueExact);
    }

    private Optional<String> problem(BigDecimal value, String text) {
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
