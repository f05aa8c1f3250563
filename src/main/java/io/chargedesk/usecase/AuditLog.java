package io.chargedesk.usecase;

import io.chargedesk.access.Actor;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditChain;
import io.chargedesk.audit.AuditEntry;
import io.chargedesk.audit.AuditRecord;
import io.chargedesk.usecase.port.AuditRecords;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail (docs/design.md, Audit trail): what was done, by whom at this desk, now. Use cases record their
 * changes through it; the Audit screen lists it and {@code verify-audit} walks its chain.
 */
public final class AuditLog {

    /** The most entries one list shows. */
    public static final int LISTED = 2000;

    private final AuditRecords records;
    private final ManagerAccess access;
    private final Clock clock;

    public AuditLog(AuditRecords records, ManagerAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    /** An entry by whoever works at the desk now, for the caller to store with its change. */
    public AuditRecord draft(AuditAction action, String subject, String why, String details) {
        return draftBy(access.current(), action, subject, why, details);
    }

    public AuditRecord draftBy(Actor who, AuditAction action, String subject, String why, String details) {
        return new AuditRecord(clock.instant(), who, action, subject, why, details);
    }

    /** Records a change already committed, by whoever works at the desk now. */
    public AuditEntry record(AuditAction action, String subject, String why, String details) throws StoreException {
        return records.append(draft(action, subject, why, details));
    }

    /** Records a change made under a name typed for it (an attendant acknowledging an alert). */
    public AuditEntry recordBy(Actor who, AuditAction action, String subject, String why, String details)
            throws StoreException {
        return records.append(draftBy(who, action, subject, why, details));
    }

    public ManagerAccess access() {
        return access;
    }

    public List<AuditEntry> list(AuditRecords.Query query) throws StoreException {
        return records.entries(new AuditRecords.Query(query.from(), query.to(), query.action(),
                Math.min(Math.max(query.limit(), 1), LISTED)));
    }

    /** Empty if every entry is as written and none is missing, else the first that is not. */
    public Optional<AuditChain.Break> verify() throws StoreException {
        return records.verify();
    }

    public long count() throws StoreException {
        return records.count();
    }
}
