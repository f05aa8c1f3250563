package io.chargedesk.tariff;

import io.chargedesk.text.ReasonCode;

/** What can be wrong with a tariff draft's fields (keys {@code reason.tariff.*}). */
public enum TariffProblem implements ReasonCode {
    MISSING,
    EMPTY,
    /** The text, what would be right (a reason). */
    NOT_A_START,
    /** What a file writes: an example. */
    START_WITH_OFFSET,
    /** What the editor takes: an example. */
    LOCAL_START,
    /** The text, the years. */
    NOT_IN_YEARS,
    /** The text. */
    NOT_A_BASIS,
    ENERGY_BESIDE_WINDOWS,
    /** The text. */
    NOT_DAYS,
    DAYS_MISSING,
    /** The text. */
    NOT_A_TIME,
    /** The minimum, the maximum, the currency's code. */
    MIN_ABOVE_MAX;

    @Override
    public String family() {
        return "reason.tariff";
    }
}
