package io.chargedesk.customer;

import io.chargedesk.session.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one rule for whose a session is, for statements and the export. The customer: the one chosen for it in the
 * console, else the one customer whose plate it names. The fleet: the one whose bay it started on, reserved since
 * before it started (by rule, whoever charged), else its customer's fleet, else the fleet listing its plate.
 */
public final class Attribution {

    private final Map<Long, CustomerAccount> customers;
    private final List<Fleet> fleets;
    private final Map<UUID, SessionLink> links;

    public Attribution(List<CustomerAccount> customers, List<Fleet> fleets, Map<UUID, SessionLink> links) {
        this.customers = customers.stream().collect(Collectors.toUnmodifiableMap(CustomerAccount::id, c -> c));
        this.fleets = List.copyOf(fleets);
        this.links = Map.copyOf(links);
    }

    public Optional<SessionLink> link(Session s) {
        return Optional.ofNullable(links.get(s.id()));
    }

    public Optional<CustomerAccount> customerOf(Session s) {
        var chosen = link(s).flatMap(l -> l.customerId().isPresent()
                ? Optional.ofNullable(customers.get(l.customerId().getAsLong())) : Optional.empty());
        if (chosen.isPresent()) {
            return chosen;
        }
        List<CustomerAccount> byPlate = customers.values().stream().filter(c -> c.hasPlate(s.customer().plate()))
                .toList();
        return byPlate.size() == 1 ? Optional.of(byPlate.get(0)) : Optional.empty();
    }

    public Optional<Fleet> fleetOf(Session s) {
        Optional<Fleet> byBay = fleets.stream().filter(f -> f.reserves(s.bayId(), s.start())).findFirst();
        if (byBay.isPresent()) {
            return byBay;
        }
        Optional<Fleet> byCustomer = customerOf(s).flatMap(c -> c.fleetId().isPresent()
                ? fleets.stream().filter(f -> f.id() == c.fleetId().getAsLong()).findFirst() : Optional.empty());
        if (byCustomer.isPresent()) {
            return byCustomer;
        }
        return fleets.stream().filter(f -> f.hasPlate(s.customer().plate())).findFirst();
    }

    /** Whether the session is billed to {@code subject}. */
    public boolean belongsTo(Session s, BillTo subject) {
        return switch (subject.kind()) {
            case CUSTOMER -> customerOf(s).map(c -> c.id() == subject.id()).orElse(false);
            case FLEET -> fleetOf(s).map(f -> f.id() == subject.id()).orElse(false);
        };
    }
}
