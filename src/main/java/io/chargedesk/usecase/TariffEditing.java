package io.chargedesk.usecase;

import io.chargedesk.access.Permission;
import io.chargedesk.audit.AuditAction;
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
 * Adding and withdrawing tariff versions, which only a manager may do: versions and the tariff audit log as stored,
 * changes signed with the name of who works at the desk and recorded in the audit trail, and the console's pricing
 * reloaded after each change.
 */
public final class TariffEditing {

    private final TariffVersions tariffs;
    private final ReceiptLedger receipts;
    private final StoredTariffs pricing;
    private final SiteInfo site;
    private final Clock clock;
    private final Runnable afterChange;
    private final AuditLog audit;

    public TariffEditing(TariffVersions tariffs, ReceiptLedger receipts, StoredTariffs pricing, SiteInfo site,
                         Clock clock, Runnable afterChange, AuditLog audit) {
        this.tariffs = tariffs;
        this.receipts = receipts;
        this.pricing = pricing;
        this.site = site;
        this.clock = clock;
        this.afterChange = afterChange;
        this.audit = audit;
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
        audit.access().require(Permission.CHANGE_TARIFFS);
        tariffs.addVersion(version, site, who(), clock.instant());
        audit.record(AuditAction.TARIFF_ADDED, version.id(), "", "version from " + version.effectiveFrom() + ", "
                + version.name());
        changed();
    }

    public void withdraw(Tariff version) throws StoreException {
        audit.access().require(Permission.CHANGE_TARIFFS);
        tariffs.withdraw(version.id(), version.effectiveFrom(), site, who(), clock.instant());
        audit.record(AuditAction.TARIFF_WITHDRAWN, version.id(), "", "version from " + version.effectiveFrom());
        changed();
    }

    private void changed() throws StoreException {
        pricing.reload();
        afterChange.run();
    }

    private String who() {
        return audit.access().current().name();
    }
}
