package io.chargedesk.usecase;

import io.chargedesk.site.SiteInfo;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.usecase.port.ReceiptLedger;
import io.chargedesk.usecase.port.StoreException;
import io.chargedesk.usecase.port.TariffVersions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Adding and withdrawing tariff versions: versions and the audit log as stored, changes signed with the name of the
 * operating-system user, and the console's pricing reloaded after each change.
 */
public final class TariffEditing {

    private final TariffVersions tariffs;
    private final ReceiptLedger receipts;
    private final StoredTariffs pricing;
    private final SiteInfo site;
    private final Clock clock;
    private final Runnable afterChange;

    public TariffEditing(TariffVersions tariffs, ReceiptLedger receipts, StoredTariffs pricing, SiteInfo site,
                         Clock clock, Runnable afterChange) {
        this.tariffs = tariffs;
        this.receipts = receipts;
        this.pricing = pricing;
        this.site = site;
        this.clock = clock;
        this.afterChange = afterChange;
    }

    public List<Tariff> versions() throws StoreException {
        return tariffs.all();
    }

    public List<TariffAuditEntry> audit() throws StoreException {
        return tariffs.audit();
    }

    public Optional<Instant> lastReceiptIssued(String tariffId) throws StoreException {
        return receipts.lastIssuedUsing(tariffId);
    }

    public void add(Tariff version) throws StoreException {
        tariffs.addVersion(version, site, who(), clock.instant());
        changed();
    }

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
