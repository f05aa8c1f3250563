package io.chargedesk.audit;

/** What an audit entry records; its code is what is stored, hashed and exported. */
public enum AuditAction {
    RECEIPT_ISSUED("receipt_issued"),
    CREDIT_NOTE_ISSUED("credit_note_issued"),
    TARIFF_ADDED("tariff_added"),
    TARIFF_WITHDRAWN("tariff_withdrawn"),
    SETTINGS_SAVED("settings_saved"),
    ALERT_ACKNOWLEDGED("alert_acknowledged"),
    FAULT_ACKNOWLEDGED("fault_acknowledged"),
    SESSION_STOPPED("session_stopped"),
    BACKUP_TAKEN("backup_taken"),
    BACKUP_RESTORED("backup_restored"),
    MANAGER_PIN_SET("manager_pin_set"),
    SESSION_LINKED("session_linked"),
    BAY_RESERVED("bay_reserved");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AuditAction ofCode(String code) {
        for (AuditAction a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("No audit action '" + code + "'.");
    }
}
