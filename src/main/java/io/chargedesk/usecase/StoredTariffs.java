package io.chargedesk.usecase;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.session.SessionTraces;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.usecase.port.BayRecords;
import io.chargedesk.usecase.port.SiteRecords;
import io.chargedesk.usecase.port.StoreException;
import io.chargedesk.usecase.port.TariffVersions;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The stored tariff versions, held in memory for pricing and reloaded when a version is added, and the one way the
 * application builds its pricer from what is stored.
 */
public final class StoredTariffs implements Supplier<TariffBook> {

    /**
     * Where a pricer's inputs are stored: the versions, the bays (their own tariffs), the site (its time zone), and
     * the sessions' register readings that split energy at time-of-use boundaries.
     */
    public record Sources(TariffVersions versions, BayRecords bays, SiteRecords site, SessionTraces traces) {}

    private final Sources sources;
    private volatile TariffBook book;

    private StoredTariffs(Sources sources, TariffBook book) {
        this.sources = sources;
        this.book = book;
    }

    public static StoredTariffs load(Sources sources) throws StoreException {
        return new StoredTariffs(sources, new TariffBook(sources.versions().all()));
    }

    @Override
    public TariffBook get() {
        return book;
    }

    /** Reads the versions again, after one was added. */
    public void reload() throws StoreException {
        book = new TariffBook(sources.versions().all());
    }

    /** Prices sessions with these tariffs, the bays' own tariffs and the site's time zone, splitting by evidence. */
    public SessionPricer pricer() throws StoreException {
        return new SessionPricer(this, sources.bays().tariffIds(),
                sources.site().load().map(SiteInfo::zone).orElse(ZoneOffset.UTC), sources.traces());
    }

    /** A pricer over the stored tariffs as they are now. */
    public static SessionPricer pricerFor(Sources sources) throws StoreException {
        return load(sources).pricer();
    }
}
