package io.chargedesk.usecase;

import io.chargedesk.site.SiteInfo;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReceiptRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.ui.tariffs.TariffsViewModel;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tariff editor's store: versions and the audit log in the database, changes signed with the name of the
 * operating-system user, and the console's pricing reloaded after each change.
 */
public final class TariffEditing implements TariffsViewModel.TariffStore {

    private final TariffRepository tariffs;
    private final ReceiptRepository receipts;
    private final StoredTariffs pricing;
    private final SiteInfo site;
    private final Clock clock;
    private final Runnable afterChange;

    public TariffEditing(Database db, StoredTariffs pricing, SiteInfo site, Clock clock, Runnable afterChange) {
        this.tariffs = new TariffRepository(db);
        this.receipts = new ReceiptRepository(db);
        this.pricing = pricing;
        this.site = site;
        this.clock = clock;
        this.afterChange = afterChange;
    }

    @Override
    public List<Tariff> versions() throws StoreException {
        return tariffs.all();
    }

    @Override
    public List<TariffAuditEntry> audit() throws StoreException {
        return tariffs.audit();
    }

    @Override
    public Optional<Instant> lastReceiptIssued(String tariffId) throws StoreException {
        return receipts.lastIssuedUsing(tariffId);
    }

    @Override
    public void add(Tariff version) throws StoreException {
        tariffs.addVersion(version, site, who(), clock.instant());
        changed();
    }

    @Override
    public void withdraw(Tariff version) throws StoreException {
        tariffs.withdraw(version.id(), version.effectiveFrom(), site, who(), clock.instant());
        changed();
    }

    private void changed() throws StoreException {
        pricing.reload();
        afterChange.run();
    }

    private static String who() {
        return System.getProperty("user.name", "unknown");
    }
}
