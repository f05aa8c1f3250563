package io.chargedesk.site;

import io.chargedesk.text.ReasonCode;

/** What can be wrong with a site file's values, beyond its shape and a number's range (keys {@code reason.site.*}). */
public enum SiteProblem implements ReasonCode {
    /** The path, the error's own words. */
    CANNOT_READ("reason.site.cannotRead"),
    /** The tariff's id. */
    TWO_VERSIONS_AT_ONCE("reason.site.twoVersionsAtOnce"),
    NO_BAYS("reason.site.noBays"),
    SITE_MISSING("reason.site.siteMissing"),
    /** The value. */
    NOT_A_TIME_ZONE("reason.site.notATimeZone"),
    /** The value. */
    NOT_A_CURRENCY("reason.site.notACurrency"),
    /** The value. */
    NOT_A_LANGUAGE("reason.site.notALanguage"),
    /** The value, the usual rates. */
    UNUSUAL_BAUD("reason.site.unusualBaud"),
    /** The value. */
    NOT_A_PARITY("reason.site.notAParity"),
    /** The value, the buses. */
    NOT_A_BUS("reason.site.notABus"),
    /** The value. */
    NOT_A_SLAVE_ID("reason.site.notASlaveId"),
    /** The number. */
    SLAVE_ID_OUT_OF_RANGE("reason.site.slaveIdOutOfRange"),
    ADDRESS_MISSING("reason.site.addressMissing"),
    /** The value. */
    UNKNOWN_METER("reason.site.unknownMeter"),
    NOT_ABOVE_ZERO("reason.site.notAboveZero"),
    /** The value, the tariffs. */
    NOT_A_TARIFF("reason.site.notATariff"),
    /** The value. */
    USED_TWICE("reason.site.usedTwice"),
    /** The slave id, the bus. */
    ADDRESS_USED_TWICE("reason.site.addressUsedTwice");

    private final String key;

    SiteProblem(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
