package io.chargedesk.billing;

import io.chargedesk.session.EnergyTrace;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionTraces;
import io.chargedesk.session.TariffVersionRef;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffBook;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Prices a session with the tariff version it was pinned to when it opened: the bay's own tariff, else the site's
 * default, in force when it started. A session with no pin (none applied when it opened) is priced with the version
 * in force at its start. The live tiles, the sessions list, exports and receipts all price through here.
 */
public final class SessionPricer {

    private final Supplier<TariffBook> book;
    private final Map<String, String> bayTariffs;
    private final PricingEngine engine;
    private final SessionTraces traces;

    /**
     * @param book the tariff versions, asked each time: a tariff editor may add versions while the pricer lives
     * @param bayTariffs bay id to tariff id, for bays with a tariff of their own
     * @param zone the site's time zone, for time-of-use windows
     * @param traces the sessions' register readings, read only for a session that crosses a time-of-use boundary
     */
    public SessionPricer(Supplier<TariffBook> book, Map<String, String> bayTariffs, ZoneId zone, SessionTraces traces) {
        this.book = book;
        this.bayTariffs = Map.copyOf(bayTariffs);
        this.engine = new PricingEngine(zone);
        this.traces = traces;
    }

    /**
     * The version that prices {@code session}: the one it was pinned to, so a version added later never reprices
     * it. A pinned version missing from the book (only a hand-edited database loses one) falls back to the rule.
     */
    public Optional<Tariff> tariffFor(Session session) {
        TariffBook versions = book.get();
        return session.tariffVersion().flatMap(pin -> versions.version(pin.tariffId(), pin.effectiveFrom()))
                .or(() -> versionFor(session.bayId(), session.start(), versions));
    }

    /** The tariff version a session starting at {@code start} on bay {@code bayId} is pinned to as it opens. */
    public Optional<TariffVersionRef> pinFor(String bayId, Instant start) {
        return versionFor(bayId, start, book.get()).map(t -> new TariffVersionRef(t.id(), t.effectiveFrom()));
    }

    private Optional<Tariff> versionFor(String bayId, Instant start, TariffBook versions) {
        return Optional.ofNullable(bayTariffs.get(bayId)).or(versions::defaultId)
                .flatMap(id -> versions.inForce(id, start));
    }

    /** The price so far (open session, up to {@code now}) or final; empty when no tariff applies. */
    public Optional<Quote> price(Session session, Instant now) {
        return tariffFor(session).map(t -> price(session, now, t));
    }

    /** The price under {@code tariff}, whichever tariff would be in force. */
    public Quote price(Session session, Instant now, Tariff tariff) {
        // Readings are looked up lazily: only a time-of-use session that crosses a boundary asks for them.
        EnergyTrace trace = tariff.timeOfUse().isEmpty() ? EnergyTrace.ENDS_ONLY : at -> traces.of(session).readBy(at);
        return engine.price(SessionUsage.of(session, now, trace), tariff);
    }
}
