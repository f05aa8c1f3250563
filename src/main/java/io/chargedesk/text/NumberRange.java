package io.chargedesk.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The numbers a setting takes: from {@code min} to {@code max}, with at most {@code decimals} decimal places (the
 * places its database column keeps, so a stored value reads back as the one given); with none, a whole number
 * written without a point. The one check of a number as typed, for the site file, meter maps and the forms alike:
 * files write it in the machine form ({@link Locale#ROOT}), forms as their user's locale does ({@link Decimals#read}).
 */
public record NumberRange(BigDecimal min, BigDecimal max, int decimals) {

    public static NumberRange of(String min, String max, int decimals) {
        return new NumberRange(new BigDecimal(min), new BigDecimal(max), decimals);
    }

    public static NumberRange whole(long min, long max) {
        return new NumberRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0);
    }

    /**
     * The number {@code text} gives in the machine form (a file's); empty after telling {@code wrong} what is wrong
     * with it, as the end of a sentence naming the setting, for the reader to word in their language.
     */
    public Optional<BigDecimal> read(String text, Consumer<Reason> wrong) {
        return read(text, Locale.ROOT, wrong);
    }

    /** As {@link #read(String, Consumer)}, for a number typed as a person of {@code locale} writes it. */
    public Optional<BigDecimal> read(String text, Locale locale, Consumer<Reason> wrong) {
        String t = text.strip();
        Optional<BigDecimal> read = Decimals.read(t, locale);
        if (read.isEmpty() || decimals == 0 && read.get().scale() != 0) {
            wrong.accept(decimals == 0 ? Reason.of(Problem.NOT_WHOLE, Excerpt.of(t))
                    : Reason.of(Problem.NOT_NUMBER, Excerpt.of(t), Decimals.example(locale)));
            return Optional.empty();
        }
        Optional<Reason> problem = problem(read.get(), Excerpt.of(t), locale);
        problem.ifPresent(wrong);
        return problem.isEmpty() ? read : Optional.empty();
    }

    /** {@link #read} for a whole number, which fits a long since its range does. */
    public Optional<Long> readWhole(String text, Consumer<Reason> wrong) {
        if (decimals != 0) {
            throw new IllegalStateException("numbers from " + min + " to " + max + " may have decimal places");
        }
        return read(text, wrong).map(BigDecimal::longValueExact);
    }

    private Optional<Reason> problem(BigDecimal value, String text, Locale locale) {
        if (value.signum() < 0 && min.signum() == 0) {
            return Optional.of(Reason.of(Problem.NEGATIVE, text));
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return Optional.of(Reason.of(Problem.OUT_OF_RANGE, text, Decimals.ungrouped(min, locale),
                    Decimals.ungrouped(max, locale)));
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            return Optional.of(Reason.of(Problem.TOO_MANY_PLACES, text, decimals));
        }
        return Optional.empty();
    }

    /** What can be wrong with a number as typed: the text, then what would be right. */
    public enum Problem implements ReasonCode {
        NOT_WHOLE("input.number.notWhole"),
        NOT_NUMBER("input.number.notNumber"),
        NEGATIVE("input.number.negative"),
        OUT_OF_RANGE("input.number.outOfRange"),
        TOO_MANY_PLACES("input.number.tooManyPlaces");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        @Override
        public String family() {
            return "input.number";
        }

        /** The keys the forms had before reasons were codes. */
        @Override
        public String key() {
            return key;
        }
    }
}
