package io.chargedesk.site;

import io.chargedesk.session.SessionRules;
import io.chargedesk.tariff.Tariff;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything the site file (docs/design.md, Site file) says.
 *
 * @param rawReadingsKept how long raw readings stay in the database; sessions, their per-minute evidence and
 *     the interval history are kept forever
 */
public record SiteConfig(SiteInfo site, List<BusConfig> buses, SessionRules sessionDefaults, List<BayConfig> bays,
                         boolean demo, List<Tariff> tariffs, Duration rawReadingsKept) {

    public static final Duration DEFAULT_RAW_READINGS_KEPT = Duration.ofDays(14);

    public SiteConfig {
        buses = List.copyOf(buses);
        bays = List.copyOf(bays);
        tariffs = List.copyOf(tariffs);
        if (rawReadingsKept.toDays() < 1) {
            throw new IllegalArgumentException("raw readings must be kept at least one day, not " + rawReadingsKept);
        }
    }

    public SiteConfig(SiteInfo site, List<BusConfig> buses, SessionRules sessionDefaults, List<BayConfig> bays,
                      boolean demo, List<Tariff> tariffs) {
        this(site, buses, sessionDefaults, bays, demo, tariffs, DEFAULT_RAW_READINGS_KEPT);
    }

    public Optional<BayConfig> bay(String id) {
        return bays.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public List<BayConfig> baysOn(String busId) {
        return bays.stream().filter(b -> b.busId().equals(busId)).toList();
    }
}
