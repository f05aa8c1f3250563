package io.chargedesk.usecase.port;

import io.chargedesk.site.SiteInfo;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import java.time.Instant;
import java.util.List;

/** The stored tariff versions and the audit log of every change to them. */
public interface TariffVersions {

    List<Tariff> all() throws StoreException;

    /** Every change made in the tariff editor, newest first. */
    List<TariffAuditEntry> audit() throws StoreException;

    /**
     * Adds a version, with an audit entry, if the rules for new versions allow it.
     *
     * @throws IllegalArgumentException naming every rule the version breaks
     */
    void addVersion(Tariff version, SiteInfo site, String who, Instant now) throws StoreException;

    /**
     * Withdraws a version that has not taken effect yet, with an audit entry.
     *
     * @throws IllegalArgumentException when the version is already in force or does not exist
     */
    void withdraw(String tariffId, Instant effectiveFrom, SiteInfo site, String who, Instant now) throws StoreException;
}
