package io.chargedesk.cli;

import io.chargedesk.text.Years;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The ranges of option values picocli's types let through: each is refused before anything starts, with exit code
 * 2 and a message that names the option, rather than failing later inside the site with no name attached.
 */
final class OptionChecks {

    /** The fastest a simulated site runs: a day in under a second. */
    private static final double MAX_SPEED = 100_000;

    private OptionChecks() {
    }

    static void speed(CommandSpec spec, double speed) {
        require(spec, speed > 0 && speed <= MAX_SPEED, "--speed must be above 0 and at most " + (long) MAX_SPEED
                + " (times real time), not " + speed);
    }

    static void percent(CommandSpec spec, String option, double value) {
        require(spec, value >= 0 && value <= 100, option + " is a percentage from 0 to 100, not " + value);
    }

    static void date(CommandSpec spec, String option, LocalDate date) {
        require(spec, date == null || Years.contains(date.getYear()),
                option + " " + date + " is not a day in the years " + Years.range());
    }

    static void require(CommandSpec spec, boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
