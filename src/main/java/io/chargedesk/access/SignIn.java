package io.chargedesk.access;

import java.time.Duration;

/** How a manager's sign-in went; {@code lockedFor} is how long sign-in waits after too many wrong PINs. */
public record SignIn(Outcome outcome, int triesLeft, Duration lockedFor) {

    public enum Outcome { SIGNED_IN, WRONG_PIN, NO_PIN_SET, LOCKED_OUT }

    public static SignIn of(Outcome outcome) {
        return new SignIn(outcome, 0, Duration.ZERO);
    }
}
