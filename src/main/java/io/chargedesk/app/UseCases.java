package io.chargedesk.app;

import io.chargedesk.billing.Quote;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.store.AlertRepository;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.CustomerRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.HistoryQueries;
import io.chargedesk.store.HistoryRebuild;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.ReceiptRepository;
import io.chargedesk.store.SessionMinuteTraces;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.store.StatementRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.usecase.AlertDesk;
import io.chargedesk.usecase.CustomerDesk;
import io.chargedesk.usecase.DisputeEvidence;
import io.chargedesk.usecase.ReceiptService;
import io.chargedesk.usecase.SessionReport;
import io.chargedesk.usecase.StatementDesk;
import io.chargedesk.usecase.StoredTariffs;
import io.chargedesk.usecase.TariffEditing;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;

/** The use cases over one database, with the store's repositories as their ports: for the console and the CLI. */
public final class UseCases {

    private UseCases() {
    }

    public static ReceiptService receipts(Database db, Clock clock) {
        return new ReceiptService(new SessionRepository(db), new ReceiptRepository(db), new HistoryQueries(db),
                pricing(db, clock), new CustomerRepository(db), clock);
    }

    public static CustomerDesk customers(Database db, Clock clock) {
        return new CustomerDesk(new CustomerRepository(db), clock);
    }

    public static StatementDesk statements(Database db, Clock clock) {
        return new StatementDesk(new SessionRepository(db), new CustomerRepository(db), new StatementRepository(db),
                new SiteRepository(db), receipts(db, clock), clock);
    }

    public static SessionReport sessionReport(Database db, Clock clock) throws StoreException {
        return SessionReport.of(new SessionRepository(db), new CustomerRepository(db), pricing(db, clock));
    }

    /** The tariffs the console prices with, reloaded after each change in its tariff editor. */
    static StoredTariffs tariffs(Database db, Clock clock) throws StoreException {
        return StoredTariffs.load(pricing(db, clock));
    }

    static TariffEditing tariffEditing(Database db, StoredTariffs pricing, SiteInfo site, Clock clock,
                                       Runnable afterChange) {
        return new TariffEditing(new TariffRepository(db), new ReceiptRepository(db), pricing, site, clock,
                afterChange);
    }

    /** @param clock the site's: alerts are raised, and acknowledged, in its time */
    static AlertDesk alerts(Database db, Clock clock) {
        return new AlertDesk(new AlertRepository(db), clock);
    }

    static DisputeEvidence disputeEvidence(Database db, Clock clock) {
        return new DisputeEvidence(new HistoryQueries(db), new ReadingRepository(db), clock);
    }

    /** Prices closed sessions with the one cost engine, for rebuilding the history's revenue. */
    public static HistoryRebuild.SessionPrices sessionPrices(Database db, Clock clock) throws StoreException {
        SessionPricer pricer = StoredTariffs.pricerFor(pricing(db, clock));
        return closed -> pricer.price(closed, closed.end().orElseThrow()).map(Quote::total);
    }

    /** @param clock the site's, which says when a session's evidence is settled in the database */
    private static StoredTariffs.Sources pricing(Database db, Clock clock) {
        return new StoredTariffs.Sources(new TariffRepository(db), new BayRepository(db), new SiteRepository(db),
                new SessionMinuteTraces(db, clock));
    }
}
