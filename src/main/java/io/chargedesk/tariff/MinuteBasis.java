package io.chargedesk.tariff;

/** Which time a per-minute price applies to. */
public enum MinuteBasis {
    /** Minutes with power above the start threshold. */
    CHARGING,
    /** Minutes from session start to end, charging or not. */
    CONNECTED
}
