package io.chargedesk.usecase.port;

import io.chargedesk.audit.AuditRecord;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.SessionLink;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/** Registered customers and fleets, and the customer and odometer reading given with each session. */
public interface CustomerRecords {

    /** Every customer, by name. */
    List<CustomerAccount> customers() throws StoreException;

    Optional<CustomerAccount> customer(long id) throws StoreException;

    /**
     * Stores a new customer (id 0) or replaces a stored one's fields and plates, and returns it as stored.
     *
     * @throws IllegalArgumentException when one of its plates is another customer's: the message names it
     */
    CustomerAccount save(CustomerAccount customer) throws StoreException;

    /** Every fleet with its plates and reserved bays, by name. */
    List<Fleet> fleets() throws StoreException;

    /**
     * Stores a new fleet (id 0) or renames a stored one and replaces its plates; its bays are kept.
     *
     * @throws IllegalArgumentException when its name or one of its plates is another fleet's
     */
    Fleet save(Fleet fleet) throws StoreException;

    /**
     * Reserves the bay for the fleet from {@code since} on; an empty fleet frees it. A change appends what
     * {@code audit} makes of the fleet it was reserved for before (empty: free) to the audit trail, in the same
     * transaction; reserving it again for the same fleet changes nothing, and keeps its since.
     *
     * @return whether anything changed
     */
    boolean reserve(String bayId, OptionalLong fleetId, Instant since, Function<OptionalLong, AuditRecord> audit)
            throws StoreException;

    /**
     * Stores (replaces) what the console gave a session: its customer and odometer reading. A change appends what
     * {@code audit} makes of the link before (empty: none) to the audit trail, in the same transaction; the same
     * link again changes nothing.
     *
     * @return whether anything changed
     */
    boolean link(SessionLink link, Function<Optional<SessionLink>, AuditRecord> audit) throws StoreException;

    /** The links of these sessions that have one. */
    Map<UUID, SessionLink> links(Collection<UUID> sessionIds) throws StoreException;
}
