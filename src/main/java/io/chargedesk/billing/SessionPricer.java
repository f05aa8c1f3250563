package io.chargedesk.billing;

import io.chargedesk.session.Session;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffBook;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Prices a session with the tariff in force when it started: the bay's own tariff, else the site's
 * default. The live tiles, the sessions list, exports and receipts all price through here.
 */
public final class SessionPricer {

    private final TariffBook book;
    private final Map<String, String> bayTariffs;
    private final PricingEngine engine = new PricingEngine();

    /** @param bayTariffs bay id to tariff id, for bays with a tariff of their own */
    public SessionPricer(TariffBook book, Map<String, String> bayTariffs) {
        this.book = book;
        this.bayTariffs = Map.copyOf(bayTariffs);
    }

    public Optional<Tariff> tariffFor(Session session) {
        return Optional.ofNullable(bayTariffs.get(session.bayId())).or(book::defaultId)
                .flatMap(id -> book.inForce(id, session.start()));
    }

    /** The price so far (open session, up to {@code now}) or final; empty when no tariff applies. */
    public Optional<Quote> price(Session session, Instant now) {
        return tariffFor(session).map(t -> engine.price(SessionUsage.of(session, now), t));
    }
}
