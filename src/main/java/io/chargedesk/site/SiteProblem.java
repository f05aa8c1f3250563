package io.chargedesk.site;

import io.chargedesk.text.ReasonCode;

/** What can be wrong with a site file's values, beyond its shape and a number's range (keys {@code reason.site.*}). */
public enum SiteProblem implements ReasonCode {
    /** The path, the error's own words. */
    CANNOT_READ,
    /** The tariff's id. */
    TWO_VERSIONS_AT_ONCE,
    NO_BAYS,
    SITE_MISSING,
    /** The value. */
    NOT_A_TIME_ZONE,
    /** The value. */
    NOT_A_CURRENCY,
    /** The value. */
    NOT_A_LANGUAGE,
    /** The value, the usual rates. */
    UNUSUAL_BAUD,
    /** The value. */
    NOT_A_PARITY,
    /** The value, the buses. */
    NOT_A_BUS,
    /** The value. */
    NOT_A_SLAVE_ID,
    /** The number. */
    SLAVE_ID_OUT_OF_RANGE,
    ADDRESS_MISSING,
    /** The value. */
    UNKNOWN_METER,
    NOT_ABOVE_ZERO,
    /** The value, the tariffs. */
    NOT_A_TARIFF,
    /** The value. */
    USED_TWICE,
    /** The slave id, the bus. */
    ADDRESS_USED_TWICE;

    @Override
    public String family() {
        return "reason.site";
    }
}
