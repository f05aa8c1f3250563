package io.chargedesk.text;

import java.util.Locale;

/**
 * One kind of {@link Reason}: the bundle key that words it. Each feature keeps its codes in an enum of its own, next
 * to the rule that finds them; keys are never renamed, as stored reasons name them.
 */
public interface ReasonCode {

    /** The code's own name: an enum constant's. */
    String name();

    /** Where the feature's keys start, e.g. {@code reason.session}. */
    String family();

    /** The key of its text in the bundles, e.g. {@code reason.session.meter_changed}. */
    default String key() {
        return family() + "." + name().toLowerCase(Locale.ROOT);
    }
}
