package io.chargedesk.usecase;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.SessionMinuteTraces;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.usecase.port.StoreException;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The tariff versions stored in the database, held in memory for pricing and reloaded when a version is added,
 * and the one way the application builds its pricer from a database.
 */
public final class StoredTariffs implements Supplier<TariffBook> {

    private final Database db;
    private volatile TariffBook book;

    private StoredTariffs(Database db, TariffBook book) {
        this.db = db;
        this.book = book;
    }

    public static StoredTariffs load(Database db) throws StoreException {
        return new StoredTariffs(db, new TariffBook(new TariffRepository(db).all()));
    }

    @Override
    public TariffBook get() {
        return book;
    }

    /** Reads the versions again, after one was added. */
    public void reload() throws StoreException {
        book = new TariffBook(new TariffRepository(db).all());
    }

    /** Prices sessions with these tariffs, the bays' own tariffs and the site's time zone, splitting by evidence. */
    public SessionPricer pricer() throws StoreException {
        return new SessionPricer(this, new BayRepository(db).tariffIds(),
                new SiteRepository(db).load().map(SiteInfo::zone).orElse(ZoneOffset.UTC), new SessionMinuteTraces(db));
    }

    /** A pricer over the database's tariffs as they are now. */
    public static SessionPricer pricerFor(Database db) throws StoreException {
        return load(db).pricer();
    }
}
