package io.chargedesk.session;

/** Why a session closed. */
public enum EndReason {
    /** Power stayed below the threshold for the end timeout. */
    TIMEOUT,
    /** An attendant closed it. */
    MANUAL,
    /** The import register went backwards (meter swapped or reset). */
    REGISTER_RESET,
    /** The register jumped by more than the bay could deliver in the time. */
    IMPLAUSIBLE_ENERGY,
    /** The meter's serial number changed under an open session. */
    METER_CHANGED
}
