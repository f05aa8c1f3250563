package io.chargedesk.usecase;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.customer.Attribution;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.export.SessionRow;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.usecase.port.CustomerRecords;
import io.chargedesk.usecase.port.SessionRecords;
import io.chargedesk.usecase.port.StoreException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Stored sessions, priced with their tariffs and ready to export. */
public final class SessionReport {

    private final SessionRecords sessions;
    private final CustomerRecords customers;
    private final SessionPricer pricer;
    private final ZoneId zone;

    private SessionReport(SessionRecords sessions, CustomerRecords customers, SessionPricer pricer, ZoneId zone) {
        this.sessions = sessions;
        this.customers = customers;
        this.pricer = pricer;
        this.zone = zone;
    }

    /** @param customers the registered customers and fleets whose columns the export fills */
    public static SessionReport of(SessionRecords sessions, CustomerRecords customers, StoredTariffs.Sources stored)
            throws StoreException {
        ZoneId zone = stored.site().load().map(SiteInfo::zone).orElse(ZoneOffset.UTC);
        return using(sessions, customers, StoredTariffs.pricerFor(stored), zone);
    }

    /**
     * A report pricing with {@code pricer}: the console's own, reloaded after each tariff change, so its Sessions
     * screen lists and exports the same prices.
     */
    public static SessionReport using(SessionRecords sessions, CustomerRecords customers, SessionPricer pricer,
                                      ZoneId zone) {
        return new SessionReport(sessions, customers, pricer, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The sessions of {@code filter}, priced, each with its customer, company, odometer and fleet. */
    public List<SessionRow> rows(SessionFilter filter, Instant now) throws StoreException {
        return rows(sessions.list(filter), now);
    }

    /**
     * {@code listed}, in this order, as export rows: the one way every export (command, schedule, Sessions screen)
     * prices a session and fills its customer, company, odometer and fleet.
     */
    public List<SessionRow> rows(List<Session> listed, Instant now) throws StoreException {
        Attribution rule = new Attribution(customers.customers(), customers.fleets(),
                customers.links(listed.stream().map(Session::id).toList()));
        return listed.stream().map(s -> SessionRow.of(s, pricer.price(s, now), zone, now, party(s, rule))).toList();
    }

    private static SessionRow.Party party(Session s, Attribution rule) {
        Optional<CustomerAccount> account = rule.customerOf(s);
        String name = s.customer().name().isEmpty() ? account.map(CustomerAccount::name).orElse("")
                : s.customer().name();
        return new SessionRow.Party(name, account.map(CustomerAccount::company).orElse(""),
                rule.link(s).map(SessionLink::odometerKm).orElse(OptionalInt.empty()),
                rule.fleetOf(s).map(Fleet::name).orElse(""));
    }
}
