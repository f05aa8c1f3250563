package io.chargedesk.usecase;

import io.chargedesk.access.Permission;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.usecase.port.StoreException;

/** Saving the site's settings, which only a manager may do; each save is recorded in the audit trail. */
public final class SettingsChanges {

    /** Stores a validated version of the settings (the site's database in the app). */
    @FunctionalInterface
    public interface Saving {
        void save(String yaml, String source) throws StoreException;
    }

    private final Saving saving;
    private final AuditLog audit;

    public SettingsChanges(Saving saving, AuditLog audit) {
        this.saving = saving;
        this.audit = audit;
    }

    /** @param source where the settings came from: "console" or a site file's path */
    public void save(String yaml, String source) throws StoreException {
        audit.access().require(Permission.CHANGE_SETTINGS);
        saving.save(yaml, source);
        audit.record(AuditAction.SETTINGS_SAVED, "", "", "from " + source + ", " + yaml.length() + " characters");
    }
}
