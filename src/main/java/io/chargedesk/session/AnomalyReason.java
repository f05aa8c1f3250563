package io.chargedesk.session;

import io.chargedesk.text.ReasonCode;

/** What the session rules say about an anomaly they found; the screens word it (keys {@code reason.session.*}). */
public enum AnomalyReason implements ReasonCode {
    /** The meter's serial number changed: from, to. */
    METER_CHANGED,
    /** The import register went back: from kWh, to kWh. */
    REGISTER_BACK,
    /** The register jumped more than the bay can deliver: kWh gained, seconds, the bay's kW, the most kWh possible. */
    ENERGY_JUMP,
    /** Power above the bay's rating: kW seen, rated kW. */
    OVERPOWER,
    /** Many short sessions: how many, shorter than minutes, within minutes. */
    SHORT_SESSIONS,
    /** No session on the bay: days. */
    SILENT_BAY,
    /** The site's load near its grid limit: kW, percent, the limit in kW. */
    GRID_LOAD,
    /** Made up for the demo's sample history. */
    SAMPLE;

    @Override
    public String family() {
        return "reason.session";
    }
}
