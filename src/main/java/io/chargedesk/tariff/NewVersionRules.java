package io.chargedesk.tariff;

import io.chargedesk.text.Reason;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a new tariff version may be added: versions never change once stored, a new version takes effect in the
 * future, and never before the last receipt issued under its tariff, so that no recorded session and no issued
 * receipt could ever be priced differently.
 */
public final class NewVersionRules {

    private NewVersionRules() {
    }

    /**
     * When a new version may take effect, and what the effective-from field is called where it was typed.
     *
     * @param lastSessionStart for a version allowed to start in the past: when the latest session started; empty
     *     for one that must start in the future
     */
    public record Start(String field, Instant now, boolean pastBeforeSessions, Optional<Instant> lastSessionStart) {

        public Start {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(lastSessionStart, "lastSessionStart");
        }

        /** A version made in the tariff editor: it takes effect after {@code now}. */
        public static Start inFuture(String field, Instant now) {
            return new Start(field, now, false, Optional.empty());
        }

        /**
         * A version from the site file: in the future too, or in the past while no session has started since (a new
         * site's first tariffs are written with a start before its first session), as no session can have been priced
         * otherwise then.
         */
        public static Start inFutureOrBeforeAnySession(String field, Instant now, Optional<Instant> lastSessionStart) {
            return new Start(field, now, true, lastSessionStart);
        }
    }

    /**
     * What stops {@code candidate} from being added, to be worded for the person editing it; empty when it may be.
     *
     * @param lastReceiptIssued when the last receipt priced with the candidate's tariff id was issued
     */
    public static List<Reason> problems(Tariff candidate, List<Tariff> stored, Currency siteCurrency, ZoneId zone,
                                        Optional<Instant> lastReceiptIssued, Start start) {
        List<Reason> problems = new ArrayList<>();
        if (!candidate.currency().equals(siteCurrency)) {
            problems.add(Reason.of(TariffProblem.OTHER_CURRENCY, candidate.currency().getCurrencyCode(),
                    siteCurrency.getCurrencyCode()));
        }
        if (stored.stream().anyMatch(t -> t.id().equals(candidate.id())
                && t.effectiveFrom().equals(candidate.effectiveFrom()))) {
            problems.add(Reason.of(TariffProblem.VERSION_EXISTS, candidate.id()));
        }
        startProblem(candidate.effectiveFrom(), zone, start).ifPresent(problems::add);
        lastReceiptIssued.filter(last -> !candidate.effectiveFrom().isAfter(last)).ifPresent(last -> problems.add(
                Reason.of(TariffProblem.BEFORE_LAST_RECEIPT, candidate.id(), last)));
        return problems;
    }

    /** The first whole hour on the site's clock after {@code now}: the earliest start the tariff editor proposes. */
    public static ZonedDateTime nextWholeHour(Instant now, ZoneId zone) {
        return now.atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
    }

    private static Optional<Reason> startProblem(Instant from, ZoneId zone, Start start) {
        if (from.isAfter(start.now())) {
            return Optional.empty();
        }
        if (!start.pastBeforeSessions()) {
            return Optional.of(Reason.of(TariffProblem.NOT_IN_FUTURE, start.field(), from,
                    nextWholeHour(start.now(), zone).toInstant()));
        }
        return start.lastSessionStart().filter(last -> !last.isBefore(from)).map(last -> Reason.of(
                TariffProblem.PAST_AFTER_SESSIONS, start.field(), from, last));
    }
}
