package io.chargedesk.collector;

import io.chargedesk.billing.Quote;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.session.Session;
import io.chargedesk.session.TariffChoice;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.SessionMinuteTraces;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.units.Money;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the tariff version each new session is pinned to, by {@link SessionPricer#pinFor}, and prices each session
 * as it closes, for the revenue rollups (docs/decisions/0016-history-rollups.md). The stored versions
 * are read again for every new session: a version may have been added from the tariff editor of any console sharing
 * the database. If they cannot be read, the versions read last still choose, and the log says so once.
 *
 * <p>Used on the collector thread only.
 */
final class SessionTariffs {

    private static final Logger LOG = LoggerFactory.getLogger(SessionTariffs.class);

    private final TariffRepository versions;
    private final SessionPricer pricer;
    private TariffBook book;
    private boolean readFailing;

    SessionTariffs(Database db, ZoneId zone, Clock clock) throws StoreException {
        this.versions = new TariffRepository(db);
        this.book = new TariffBook(versions.all());
        // A time-of-use session is split by its stored minutes; the last second's are still unsaved, but a window
        // boundary that late moves nothing a customer could see, and rebuild-history prices from all of them.
        this.pricer = new SessionPricer(() -> book, new BayRepository(db).tariffIds(), zone,
                new SessionMinuteTraces(db, clock));
    }

    /**
     * The closed session's gross total, as its receipt will show it; empty when no tariff applies, or when its
     * readings cannot be read now (the history then counts no revenue for it until rebuild-history; the session
     * itself is recorded all the same).
     */
    Optional<Money> price(Session closed) {
        try {
            return pricer.price(closed, closed.end().orElseThrow()).map(Quote::total);
        } catch (IllegalStateException e) {
            LOG.warn("Could not price session {} for the history's revenue: {}", closed.id(), e.getMessage());
            return Optional.empty();
        }
    }

    TariffChoice forBay(String bayId) {
        return start -> {
            reload();
            return pricer.pinFor(bayId, start);
        };
    }

    private void reload() {
        try {
            book = new TariffBook(versions.all());
            if (readFailing) {
                LOG.info("The tariffs can be read again");
                readFailing = false;
            }
        } catch (StoreException e) {
            if (!readFailing) {
                LOG.warn("Could not read the tariffs for a new session; using the versions read last: {}",
                        e.getMessage());
                readFailing = true;
            }
        }
    }
}
