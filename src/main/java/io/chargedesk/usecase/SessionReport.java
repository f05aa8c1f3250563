package io.chargedesk.usecase;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.export.SessionRow;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.usecase.port.SessionRecords;
import io.chargedesk.usecase.port.StoreException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Stored sessions, priced with their tariffs and ready to export. */
public final class SessionReport {

    private final SessionRecords sessions;
    private final SessionPricer pricer;
    private final ZoneId zone;

    private SessionReport(SessionRecords sessions, SessionPricer pricer, ZoneId zone) {
        this.sessions = sessions;
        this.pricer = pricer;
        this.zone = zone;
    }

    public static SessionReport of(SessionRecords sessions, StoredTariffs.Sources stored) throws StoreException {
        ZoneId zone = stored.site().load().map(SiteInfo::zone).orElse(ZoneOffset.UTC);
        SessionPricer pricer = StoredTariffs.pricerFor(stored);
        return new SessionReport(sessions, pricer, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public List<SessionRow> rows(SessionFilter filter, Instant now) throws StoreException {
        return sessions.list(filter).stream().map(s -> SessionRow.of(s, pricer.price(s, now), zone, now)).toList();
    }
}
