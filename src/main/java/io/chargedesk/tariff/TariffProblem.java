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
    MIN_ABOVE_MAX,
    /** The tariff's currency's code, the site's. */
    OTHER_CURRENCY,
    /** The tariff's id. */
    VERSION_EXISTS,
    /** Where the start was typed, the start, the next whole hour. */
    NOT_IN_FUTURE,
    /** Where the start was typed, the start, when the latest session started. */
    PAST_AFTER_SESSIONS,
    /** The tariff's id, when its last receipt was issued. */
    BEFORE_LAST_RECEIPT;

    @Override
    public String family() {
        return "reason.tariff";
    }
}
