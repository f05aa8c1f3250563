package io.chargedesk.collector;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.session.SessionTraces;
import io.chargedesk.session.TariffChoice;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.usecase.port.StoreException;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the tariff version each new session is pinned to, by {@link SessionPricer#pinFor}. The stored versions
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

    SessionTariffs(Database db, ZoneId zone) throws StoreException {
        this.versions = new TariffRepository(db);
        this.book = new TariffBook(versions.all());
        // It only chooses versions and never prices, so it needs no session's evidence.
        this.pricer = new SessionPricer(() -> book, new BayRepository(db).tariffIds(), zone, SessionTraces.NONE);
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
