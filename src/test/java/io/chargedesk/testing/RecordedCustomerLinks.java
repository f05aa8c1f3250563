package io.chargedesk.testing;

import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.ui.dashboard.DashboardViewModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A customer register in memory for the dashboard: searched by name or plate; the links written are kept, and the
 * newest of a session is its link.
 */
public final class RecordedCustomerLinks implements DashboardViewModel.CustomerLinks {

    private final List<CustomerAccount> customers;
    private final List<SessionLink> linked = new CopyOnWriteArrayList<>();

    public RecordedCustomerLinks(CustomerAccount... customers) {
        this.customers = List.of(customers);
    }

    @Override
    public List<CustomerAccount> search(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return customers.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains(t)
                || c.plates().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(t))).toList();
    }

    @Override
    public void link(SessionLink link) {
        linked.add(link);
    }

    @Override
    public Optional<SessionLink> linkOf(UUID sessionId) {
        return linked.stream().filter(l -> l.sessionId().equals(sessionId)).reduce((older, newer) -> newer);
    }

    @Override
    public Optional<CustomerAccount> customer(long id) {
        return customers.stream().filter(c -> c.id() == id).findFirst();
    }

    /** The links written, oldest first. */
    public List<SessionLink> linked() {
        return linked;
    }
}
