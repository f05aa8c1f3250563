package io.chargedesk.usecase;

import io.chargedesk.access.Permission;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.customer.BillTo;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.Plate;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.usecase.port.CustomerRecords;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The register of customers and fleets: listed, searched by name, company or plate, created and edited; a bay
 * reserved for a fleet from now on; a session given its customer and odometer reading.
 */
public final class CustomerDesk {

    /** The most customers a search lists: enough to pick from, never the whole register on one screen. */
    public static final int FOUND = 200;

    private final CustomerRecords records;
    private final Clock clock;
    private final AuditLog audit;

    /** @param audit where links and reservations are recorded, and who may reserve a bay is asked */
    public CustomerDesk(CustomerRecords records, Clock clock, AuditLog audit) {
        this.records = records;
        this.clock = clock;
        this.audit = audit;
    }

    public List<CustomerAccount> customers() throws StoreException {
        return records.customers();
    }

    /**
     * Customers whose name, company, card or one of whose plates contains {@code text} (a plate in any spelling:
     * "hhjm4711" finds "HH-JM 4711"), by name; every customer for a blank text. At most {@link #FOUND}.
     */
    public List<CustomerAccount> search(String text) throws StoreException {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String plate = Plate.key(t);
        return records.customers().stream().filter(c -> t.isEmpty()
                        || c.name().toLowerCase(Locale.ROOT).contains(t)
                        || c.company().toLowerCase(Locale.ROOT).contains(t)
                        || c.card().toLowerCase(Locale.ROOT).contains(t)
                        || (!plate.isEmpty() && c.plates().stream().anyMatch(p -> Plate.key(p).contains(plate))))
                .limit(FOUND).toList();
    }

    /** @throws IllegalArgumentException naming a plate registered for another customer */
    public CustomerAccount save(CustomerAccount customer) throws StoreException {
        return records.save(customer);
    }

    public List<Fleet> fleets() throws StoreException {
        return records.fleets();
    }

    /** @throws IllegalArgumentException naming a name or plate another fleet has */
    public Fleet save(Fleet fleet) throws StoreException {
        return records.save(fleet);
    }

    /**
     * Reserves the bay for the fleet from now on (an empty fleet frees it): its sessions are the fleet's. Only a
     * manager may: it bills whoever charges there to the fleet, as a tariff decides what they pay. Recorded in the
     * audit trail with the fleet it was reserved for before.
     *
     * @return false if the bay was reserved so already (nothing changed)
     * @throws io.chargedesk.access.AccessDenied to an attendant
     * @throws IllegalArgumentException naming a fleet that is not stored (any more)
     */
    public boolean reserve(String bayId, OptionalLong fleetId) throws StoreException {
        audit.access().require(Permission.RESERVE_BAYS);
        Map<Long, String> fleets = records.fleets().stream().collect(Collectors.toMap(Fleet::id, Fleet::name));
        fleetId.ifPresent(id -> {
            if (!fleets.containsKey(id)) {
                throw new IllegalArgumentException("Fleet " + id + ": there is no such fleet any more; reload the "
                        + "list and choose another.");
            }
        });
        return records.reserve(bayId, fleetId, clock.instant(), before -> audit.draft(AuditAction.BAY_RESERVED,
                "bay " + bayId, "", reservation(fleetId, fleets) + "; before: " + reservation(before, fleets)));
    }

    private static String reservation(OptionalLong fleetId, Map<Long, String> names) {
        return fleetId.isEmpty() ? "free" : "reserved for fleet " + fleetId.getAsLong() + " "
                + names.getOrDefault(fleetId.getAsLong(), "");
    }

    /**
     * Gives the session its registered customer (or none) and the odometer reading (or none), recorded in the audit
     * trail with what it had before.
     *
     * @return false if the session had this link already (nothing changed)
     */
    public boolean link(SessionLink link) throws StoreException {
        Map<Long, String> names = records.customers().stream()
                .collect(Collectors.toMap(CustomerAccount::id, CustomerAccount::name));
        return records.link(link, before -> audit.draft(AuditAction.SESSION_LINKED, link.sessionId().toString(),
                "", describe(Optional.of(link), names) + "; before: " + describe(before, names)));
    }

    private static String describe(Optional<SessionLink> link, Map<Long, String> names) {
        if (link.isEmpty()) {
            return "no link";
        }
        OptionalLong customer = link.get().customerId();
        OptionalInt km = link.get().odometerKm();
        return (customer.isEmpty() ? "no customer" : "customer " + customer.getAsLong() + " "
                + names.getOrDefault(customer.getAsLong(), "")) + ", "
                + (km.isEmpty() ? "no odometer reading" : "odometer " + km.getAsInt() + " km");
    }

    /** The registered customer {@code id}, if stored. */
    public Optional<CustomerAccount> account(long id) throws StoreException {
        return records.customer(id);
    }

    /**
     * The customer whose id is {@code idOrName}, else the one whose name is it (any case), else the one customer
     * whose name contains it.
     *
     * @throws IllegalArgumentException naming what matched none or several, and what to type instead
     */
    public BillTo customer(String idOrName) throws StoreException {
        return BillTo.of(one(records.customers(), idOrName, CustomerAccount::id, CustomerAccount::name, "customer"));
    }

    /** The fleet by id or name, as {@link #customer} finds a customer. */
    public BillTo fleet(String idOrName) throws StoreException {
        return BillTo.of(one(records.fleets(), idOrName, Fleet::id, Fleet::name, "fleet"));
    }

    private static <T> T one(List<T> all, String idOrName, ToLongFunction<T> id,
                             Function<T, String> name, String what) {
        String t = idOrName.strip();
        if (t.matches("\\d{1,18}")) {
            long wanted = Long.parseLong(t);
            Optional<T> byId = all.stream().filter(x -> id.applyAsLong(x) == wanted).findFirst();
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        List<T> exact = all.stream().filter(x -> name.apply(x).equalsIgnoreCase(t)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<T> part = all.stream().filter(x -> name.apply(x).toLowerCase(Locale.ROOT)
                .contains(t.toLowerCase(Locale.ROOT))).toList();
        if (part.size() == 1) {
            return part.get(0);
        }
        if (part.isEmpty()) {
            throw new IllegalArgumentException("No " + what + " is named '" + t + "'; give its number or name as "
                    + "the Customers screen lists it.");
        }
        throw new IllegalArgumentException("'" + t + "' matches " + part.size() + " " + what + "s ("
                + String.join(", ", part.stream().limit(5).map(x -> id.applyAsLong(x) + " " + name.apply(x)).toList())
                + "); give the number of the one you mean.");
    }

    /** The session's link, if the console gave it one. */
    public Optional<SessionLink> linkOf(UUID sessionId) throws StoreException {
        return Optional.ofNullable(records.links(List.of(sessionId)).get(sessionId));
    }
}
