package io.chargedesk.access;

import java.util.Optional;

/** The rule for a manager PIN, checked where one is chosen: digits only, so it can be typed on any keypad. */
public final class Pin {

    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 12;

    private Pin() {
    }

    /** What is wrong with {@code pin} as a new manager PIN, as a sentence; empty when it will do. */
    public static Optional<String> problem(char[] pin) {
        if (pin.length < MIN_DIGITS || pin.length > MAX_DIGITS) {
            return Optional.of("Manager PIN: " + pin.length + " digits; it takes " + MIN_DIGITS + " to " + MAX_DIGITS
                    + " digits.");
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return Optional.of("Manager PIN: digits 0-9 only.");
            }
        }
        return Optional.empty();
    }
}
