package io.chargedesk.access;

/** What only a manager may do; everything else an attendant does. */
public enum Permission {
    CHANGE_TARIFFS("changeTariffs"),
    CHANGE_SETTINGS("changeSettings"),
    CREDIT_RECEIPTS("creditReceipts"),
    EXPORT_RECEIPTS("exportReceipts"),
    BACKUP("backup"),
    RESTORE("restore"),
    CHANGE_MANAGER_PIN("changeManagerPin"),
    RESERVE_BAYS("reserveBays");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    /** The key of its name in the bundles ({@code access.permission.<code>}). */
    public String code() {
        return code;
    }

    /** What it lets a manager do, as an English phrase for the command line: "change tariffs". */
    public String phrase() {
        return switch (this) {
            case CHANGE_TARIFFS -> "change tariffs";
            case CHANGE_SETTINGS -> "change the settings";
            case CREDIT_RECEIPTS -> "cancel a receipt with a credit note";
            case EXPORT_RECEIPTS -> "export receipts in a batch";
            case BACKUP -> "back the database up";
            case RESTORE -> "restore a backup";
            case CHANGE_MANAGER_PIN -> "change the manager PIN";
            case RESERVE_BAYS -> "reserve a bay for a fleet or release it";
        };
    }
}
