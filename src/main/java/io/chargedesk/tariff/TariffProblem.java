package io.chargedesk.tariff;

import io.chargedesk.text.ReasonCode;

/** What can be wrong with a tariff draft's fields (keys {@code reason.tariff.*}). */
public enum TariffProblem implements ReasonCode {
    MISSING("reason.tariff.missing"),
    EMPTY("reason.tariff.empty"),
    /** The text, what would be right (a reason). */
    NOT_A_START("reason.tariff.notAStart"),
    /** What a file writes: an example. */
    START_WITH_OFFSET("reason.tariff.startWithOffset"),
    /** What the editor takes: an example. */
    LOCAL_START("reason.tariff.localStart"),
    /** The text, the years. */
    NOT_IN_YEARS("reason.tariff.notInYears"),
    /** The text. */
    NOT_A_BASIS("reason.tariff.notABasis"),
    ENERGY_BESIDE_WINDOWS("reason.tariff.energyBesideWindows"),
    /** The text. */
    NOT_DAYS("reason.tariff.notDays"),
    DAYS_MISSING("reason.tariff.daysMissing"),
    /** The text. */
    NOT_A_TIME("reason.tariff.notATime");

    private final String key;

    TariffProblem(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
