package io.chargedesk.session;

import java.util.Arrays;

/**
 * The kinds of anomaly worth an operator's look. The codes are part of the CSV contract (docs/design.md,
 * Sessions export): add codes as needed, never rename one.
 */
public enum AnomalyCode {
    METER_OFFLINE("meter_offline", Severity.WARNING),
    REGISTER_RESET("register_reset", Severity.CRITICAL),
    ENERGY_IMPLAUSIBLE("energy_implausible", Severity.CRITICAL),
    OVERPOWER("overpower", Severity.WARNING),
    SHORT_SESSIONS("short_sessions", Severity.WARNING),
    SILENT_BAY("silent_bay", Severity.WARNING),
    GRID_LIMIT("grid_limit", Severity.WARNING),
    METER_CHANGED("meter_changed", Severity.CRITICAL);

    private final String code;
    private final Severity severity;

    AnomalyCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public static AnomalyCode fromCode(String code) {
        return Arrays.stream(values())
                .filter(c -> c.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown anomaly code: " + code));
    }

    public enum Severity { INFO, WARNING, CRITICAL }
}
