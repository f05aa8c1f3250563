package io.chargedesk.access;

/** Who may do what at a desk: an attendant by default, a manager after signing in with the manager PIN. */
public enum Role {
    ATTENDANT("attendant"),
    MANAGER("manager");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** As stored and exported: "attendant", "manager". */
    public String code() {
        return code;
    }

    public static Role ofCode(String code) {
        for (Role r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("No role '" + code + "'.");
    }
}
