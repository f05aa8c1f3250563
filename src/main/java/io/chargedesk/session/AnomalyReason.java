package io.chargedesk.session;

import io.chargedesk.text.ReasonCode;

/** What the session rules say about an anomaly they found; the screens word it (keys {@code reason.session.*}). */
public enum AnomalyReason implements ReasonCode {
    /** The meter's serial number changed: from, to. */
    METER_CHANGED("reason.session.meterChanged"),
    /** The import register went back: from kWh, to kWh. */
    REGISTER_BACK("reason.session.registerBack"),
    /** The register jumped more than the bay can deliver: kWh gained, seconds, the bay's kW, the most kWh possible. */
    ENERGY_JUMP("reason.session.energyJump"),
    /** Power above the bay's rating: kW seen, rated kW. */
    OVERPOWER("reason.session.overpower"),
    /** Many short sessions: how many, shorter than minutes, within minutes. */
    SHORT_SESSIONS("reason.session.shortSessions"),
    /** No session on the bay: days. */
    SILENT_BAY("reason.session.silentBay"),
    /** The site's load near its grid limit: kW, percent, the limit in kW. */
    GRID_LOAD("reason.session.gridLoad"),
    /** Made up for the demo's sample history. */
    SAMPLE("reason.session.sample");

    private final String key;

    AnomalyReason(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
