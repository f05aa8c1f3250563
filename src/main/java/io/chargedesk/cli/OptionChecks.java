package io.chargedesk.cli;

import io.chargedesk.site.SiteLanguage;
import io.chargedesk.text.Excerpt;
import io.chargedesk.text.Years;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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

    /** The language an option names ("de"), if given: one ChargeDesk has texts in. */
    static Optional<Locale> language(CommandSpec spec, String option, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<Locale> known = SiteLanguage.of(code);
        require(spec, known.isPresent(), option + " '" + Excerpt.of(code)
                + "' is not a language ChargeDesk has texts in; use en (English) or de (German)");
        return known;
    }

    static void require(CommandSpec spec, boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
