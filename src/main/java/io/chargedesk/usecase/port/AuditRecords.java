package io.chargedesk.usecase.port;

import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditChain;
import io.chargedesk.audit.AuditEntry;
import io.chargedesk.audit.AuditRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The audit trail as stored: one hash chain that several consoles append to without forking it. */
public interface AuditRecords {

    /** Entries between two instants, of one action or all, newest first, at most {@code limit}. */
    record Query(Optional<Instant> from, Optional<Instant> to, Optional<AuditAction> action, int limit) {}

    /** Appends {@code record} after the chain's head, in a transaction of its own that holds the head meanwhile. */
    AuditEntry append(AuditRecord record) throws StoreException;

    List<AuditEntry> entries(Query query) throws StoreException;

    /** Walks every entry in order; empty if the chain holds, else where it first breaks. */
    Optional<AuditChain.Break> verify() throws StoreException;

    /** How many entries the chain holds, as its head says. */
    long count() throws StoreException;
}
