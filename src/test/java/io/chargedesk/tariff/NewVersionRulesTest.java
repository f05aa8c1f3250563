package io.chargedesk.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.text.Messages;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A new version takes effect in the future; one from the site file may start earlier only before any session. */
class NewVersionRulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Currency EUR = Currency.getInstance("EUR");
    /** Sunday 29 November 2026, 17:23 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-11-29T16:23:00Z");

    private static Tariff from(String instant) {
        return Tariff.perKwh("standard", Instant.parse(instant), Money.of("0.45", "EUR"), BigDecimal.valueOf(19));
    }

    private static List<String> problems(Tariff candidate, NewVersionRules.Start start) {
        return NewVersionRules.problems(candidate, List.of(), EUR, BERLIN, Optional.empty(), start).stream()
                .map(r -> Messages.of(Locale.ENGLISH).reason(r, BERLIN)).toList();
    }

    @Test
    void theEditorsVersionMustStartInTheFutureAndTheProblemNamesTheField() {
        NewVersionRules.Start editor = NewVersionRules.Start.inFuture("Effective from", NOW);

        assertThat(problems(from("2026-11-29T16:00:00Z"), editor)).containsExactly("Effective from: 2026-11-29 17:00 "
                + "is not in the future; a new version must take effect later than now, so no session recorded "
                + "already is priced differently. The next whole hour is 2026-11-29 18:00.");
        assertThat(problems(from("2026-11-29T16:23:00Z"), editor)).as("now is not the future").hasSize(1);
        assertThat(problems(from("2026-11-29T17:00:00Z"), editor)).isEmpty();
    }

    @Test
    void aSiteFileVersionMayStartInThePastOnlyWhileNoSessionHasStartedSince() {
        Tariff firstOfNovember = from("2026-10-31T23:00:00Z");

        assertThat(problems(firstOfNovember, NewVersionRules.Start.inFutureOrBeforeAnySession("effective_from", NOW,
                Optional.empty()))).as("a new site: no session at all").isEmpty();
        assertThat(problems(firstOfNovember, NewVersionRules.Start.inFutureOrBeforeAnySession("effective_from", NOW,
                Optional.of(Instant.parse("2026-10-30T08:00:00Z"))))).as("sessions only before it").isEmpty();
        assertThat(problems(firstOfNovember, NewVersionRules.Start.inFutureOrBeforeAnySession("effective_from", NOW,
                Optional.of(Instant.parse("2026-11-28T17:12:00Z"))))).containsExactly("effective_from: 2026-11-01 "
                + "00:00 is in the past and sessions were recorded since then (the latest started at 2026-11-28 "
                + "18:12); sessions keep the version they started under, so a new version must take effect in the "
                + "future");
        assertThat(problems(from("2026-12-01T00:00:00Z"), NewVersionRules.Start.inFutureOrBeforeAnySession(
                "effective_from", NOW, Optional.of(Instant.parse("2026-11-28T17:12:00Z"))))).isEmpty();
    }

    @Test
    void theNextWholeHourIsOnTheSitesClockAcrossADaylightSavingChange() {
        assertThat(NewVersionRules.nextWholeHour(NOW, BERLIN)).hasToString("2026-11-29T18:00+01:00[Europe/Berlin]");
        assertThat(NewVersionRules.nextWholeHour(Instant.parse("2026-03-29T00:30:00Z"), BERLIN))
                .as("01:30 CET; 02:00 does not exist that night").hasToString("2026-03-29T03:00+02:00[Europe/Berlin]");
        assertThat(NewVersionRules.nextWholeHour(Instant.parse("2026-11-29T17:00:00Z"), BERLIN))
                .as("on the hour: the next one").hasToString("2026-11-29T19:00+01:00[Europe/Berlin]");
    }
}
