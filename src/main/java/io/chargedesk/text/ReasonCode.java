package io.chargedesk.text;

/**
 * One kind of {@link Reason}: the bundle key that words it. Each feature keeps its codes in an enum of its own, next
 * to the rule that finds them; keys are never renamed, as stored reasons name them.
 */
public interface ReasonCode {

    /** The key of its text in the bundles, e.g. {@code reason.session.meterChanged}. */
    String key();
}
