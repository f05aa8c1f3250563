package io.chargedesk.usecase.port;

import io.chargedesk.site.SiteInfo;
import java.util.Optional;

/** The site's name, zone, currency and operator, as the collector last stored them. */
public interface SiteRecords {

    /** Empty until a collector has run on the database once. */
    Optional<SiteInfo> load() throws StoreException;

    /** The site, for work that cannot be done before a collector has stored it (pricing, numbering, reports). */
    default SiteInfo required() throws StoreException {
        return load().orElseThrow(() ->
                new IllegalStateException("The database has no site settings; start the collector once first."));
    }
}
