package io.chargedesk.tariff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * When a new tariff version may be added: versions never change once stored, and no version may take effect
 * before the last receipt issued under its tariff, so that no issued receipt could ever be priced differently.
 */
public final class NewVersionRules {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private NewVersionRules() {
    }

    /**
     * What stops {@code candidate} from being added, in words for the person editing it; empty when it may be.
     *
     * @param lastReceiptIssued when the last receipt priced with the candidate's tariff id was issued
     */
    public static List<String> problems(Tariff candidate, List<Tariff> stored, Currency siteCurrency, ZoneId zone,
                                        Optional<Instant> lastReceiptIssued) {
        List<String> problems = new ArrayList<>();
        if (!candidate.currency().equals(siteCurrency)) {
            problems.add("the tariff is in " + candidate.currency() + " but the site bills in " + siteCurrency);
        }
        if (stored.stream().anyMatch(t -> t.id().equals(candidate.id())
                && t.effectiveFrom().equals(candidate.effectiveFrom()))) {
            problems.add("tariff " + candidate.id() + " already has a version from this instant; versions never "
                    + "change once stored, so choose another effective-from");
        }
        lastReceiptIssued.filter(last -> !candidate.effectiveFrom().isAfter(last)).ifPresent(last -> problems.add(
                "a receipt priced with tariff " + candidate.id() + " was issued at "
                        + SHOWN.format(last.atZone(zone)) + "; a new version must "
                        + "take effect after it, so no issued receipt could change"));
        return problems;
    }
}
