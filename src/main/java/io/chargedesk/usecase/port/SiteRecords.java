package io.chargedesk.usecase.port;

import io.chargedesk.site.SiteInfo;
import java.util.Optional;

/** The site's name, zone, currency and operator, as the collector last stored them. */
public interface SiteRecords {

    /** Empty until a collector has run on the database once. */
    Optional<SiteInfo> load() throws StoreException;
}
