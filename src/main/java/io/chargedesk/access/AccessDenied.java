package io.chargedesk.access;

/** An attendant tried what only a manager may do; nothing was changed. */
public final class AccessDenied extends RuntimeException {

    private final Permission permission;

    public AccessDenied(Permission permission) {
        super("Only a manager may " + permission.phrase() + "; nothing was changed. Sign in as manager first "
                + "(at the command line: give the manager PIN when asked, or in CHARGEDESK_MANAGER_PIN).");
        this.permission = permission;
    }

    /** Refused with a message of its own (a wrong PIN given at the command line). */
    public AccessDenied(Permission permission, String message) {
        super(message);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
