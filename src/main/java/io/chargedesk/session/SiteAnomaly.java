package io.chargedesk.session;

import java.util.Optional;

/** An anomaly of the site or of one bay as a whole, apart from any session. */
public record SiteAnomaly(Optional<String> bayId, Anomaly anomaly) {}
