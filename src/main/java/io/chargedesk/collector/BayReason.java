package io.chargedesk.collector;

import io.chargedesk.text.ReasonCode;

/** Why a bay is offline or faulty, or why an alert holds, as the collector words it (keys {@code reason.bay.*}). */
public enum BayReason implements ReasonCode {
    /** A meter fault waits for an attendant: the fault's own reason. */
    FAULT("reason.bay.fault"),
    /** Offline before the first reading. */
    WAITING_FOR_FIRST_READING("reason.bay.waitingForFirstReading"),
    /** A watching console sees readings stop, not why. */
    NO_RECENT_READING("reason.bay.noRecentReading"),
    /** A silent bay's alert, taken over from an earlier run that knew the days. */
    SILENT_FOR_DAYS("reason.bay.silentForDays"),
    /** Recording fails: the store's own words. */
    RECORDING_FAILING("reason.bay.recordingFailing");

    private final String key;

    BayReason(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
