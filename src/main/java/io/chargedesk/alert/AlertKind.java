package io.chargedesk.alert;

import java.util.Arrays;

/**
 * What an alert is about. The codes are stored in the {@code alert} table (docs/design.md, Alerts): add kinds as
 * needed, never rename a code.
 */
public enum AlertKind {
    /** The bay's meter stopped answering. */
    METER_OFFLINE("meter_offline"),
    /** The bay's register broke (meter changed, reset, implausible jump): a FAULT waits for an attendant. */
    METER_FAULT("fault"),
    /** The open session on the bay has an anomaly (more power than the bay is rated for, …). */
    SESSION_ANOMALY("anomaly"),
    /** No session on the bay for days: is the charger working? */
    SILENT_BAY("silent_bay"),
    /** The site's load reached the warning share of its grid limit. */
    GRID_NEAR_LIMIT("grid_near_limit"),
    /** The site's load is above its grid limit. */
    GRID_OVER_LIMIT("grid_over_limit"),
    /** Recording to the database fails: readings wait on disk, or rows were refused. */
    RECORDING_FAILING("recording_failing"),
    /** No meter on a bus answers (cable, A/B wiring, the meters' power, baud or parity): the key holds the bus's id. */
    BUS_SILENT("bus_silent");

    private final String code;

    AlertKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether its alerts are about a bus, whose id the key holds where a bay's would be. */
    public boolean onBus() {
        return this == BUS_SILENT;
    }

    /** @throws IllegalArgumentException for a code no kind has */
    public static AlertKind fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown alert kind: " + code));
    }
}
