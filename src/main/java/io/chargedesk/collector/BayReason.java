package io.chargedesk.collector;

import io.chargedesk.text.ReasonCode;

/** Why a bay is offline or faulty, or why an alert holds, as the collector words it (keys {@code reason.bay.*}). */
public enum BayReason implements ReasonCode {
    /** A meter fault waits for an attendant: the fault's own reason. */
    FAULT,
    /** Offline before the first reading. */
    WAITING_FOR_FIRST_READING,
    /** A watching console sees readings stop, not why. */
    NO_RECENT_READING,
    /** A silent bay's alert, taken over from an earlier run that knew the days. */
    SILENT_FOR_DAYS,
    /** Recording fails: the store's own words. */
    RECORDING_FAILING;

    @Override
    public String family() {
        return "reason.bay";
    }
}
