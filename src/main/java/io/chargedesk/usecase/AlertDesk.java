package io.chargedesk.usecase;

import io.chargedesk.alert.Alert;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.alert.AlertChange;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.text.TextLimit;
import io.chargedesk.usecase.port.AlertRecords;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.util.List;

/**
 * The site's alerts (docs/decisions/0013-alerts-raised-by-the-collector.md): the collector stores what its rules
 * raise and clear; every console lists them and an attendant acknowledges one with their name.
 */
public final class AlertDesk {

    /** The most alerts a list shows: all those not acknowledged, then the newest others. */
    public static final int LISTED = 500;

    private final AlertRecords records;
    private final Clock clock;
    private final AuditLog audit;

    public AlertDesk(AlertRecords records, Clock clock, AuditLog audit) {
        this.records = records;
        this.clock = clock;
        this.audit = audit;
    }

    public void record(List<AlertChange> changes) throws StoreException {
        records.record(changes);
    }

    public List<AlertKey> open() throws StoreException {
        return records.open();
    }

    public List<Alert> list() throws StoreException {
        return records.recent(LISTED);
    }

    /**
     * Stores that {@code name} acknowledged the alert, now.
     *
     * @throws IllegalArgumentException the name is blank or does not fit; the message names the field and says what
     *     to do
     * @return false if the alert was acknowledged already (by someone else, whose name stays)
     */
    public boolean acknowledge(long alertId, String name) throws StoreException {
        String attendant = name.strip();
        if (attendant.isEmpty()) {
            throw new IllegalArgumentException("Name: type who acknowledges the alert.");
        }
        TextLimit.ATTENDANT_NAME.problem(attendant).ifPresent(p -> {
            throw new IllegalArgumentException("Name: " + p + ".");
        });
        boolean acknowledged = records.acknowledge(alertId, attendant, clock.instant());
        if (acknowledged) {
            audit.recordBy(audit.access().current().named(attendant), AuditAction.ALERT_ACKNOWLEDGED,
                    "alert " + alertId, "", "");
        }
        return acknowledged;
    }
}
