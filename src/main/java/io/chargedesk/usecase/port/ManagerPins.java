package io.chargedesk.usecase.port;

import io.chargedesk.access.PinHash;
import io.chargedesk.audit.AuditRecord;
import java.util.Optional;

/** The site's manager PIN, kept as a salted hash in its database, so every console of the site knows the same one. */
public interface ManagerPins {

    Optional<PinHash> stored() throws StoreException;

    /** Replaces the PIN and appends {@code audit} to the trail in the same transaction. */
    void set(PinHash pin, AuditRecord audit) throws StoreException;
}
