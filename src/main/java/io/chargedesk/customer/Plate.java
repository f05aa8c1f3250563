package io.chargedesk.customer;

import io.chargedesk.text.Reason;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A registered number plate. Loose, since plates differ by country ("HH-JM 4711", "B 1234 XY", "ZH 123456"), but
 * bounded: letters, digits, blanks and hyphens, at most {@link #MAX} characters, starting with a letter or digit.
 * Two plates are the same plate when they differ only in case, blanks and hyphens ({@link #key}).
 */
public final class Plate {

    /** The longest plate, as the {@code customer_plate} and {@code fleet_plate} columns take it. */
    public static final int MAX = 15;

    private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]*");

    private Plate() {
    }

    /** The plate as stored and printed: blanks around cut, runs of blanks one blank, upper case. */
    public static String normal(String typed) {
        return typed == null ? "" : typed.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** What it is matched by: upper case, without blanks and hyphens ("HHJM4711"). */
    public static String key(String plate) {
        return normal(plate).replaceAll("[ -]", "");
    }

    /**
     * What keeps {@code typed} from being a plate, as a sentence naming the field ("Plate "HH_JM": only letters,
     * digits, blanks and hyphens."), or empty when it is one. Blank is no plate.
     */
    public static Optional<String> problem(String typed) {
        return reason(typed).map(Reason::toString);
    }

    /** {@link #problem} as a code, for the reader's language. */
    public static Optional<Reason> reason(String typed) {
        String plate = normal(typed);
        if (plate.isEmpty()) {
            return Optional.of(Reason.of(RegisterProblem.PLATE_EMPTY));
        }
        if (plate.length() > MAX) {
            return Optional.of(Reason.of(RegisterProblem.PLATE_TOO_LONG, plate, plate.length(), MAX));
        }
        if (!FORM.matcher(plate).matches()) {
            return Optional.of(Reason.of(RegisterProblem.PLATE_FORM, plate));
        }
        return Optional.empty();
    }
}
