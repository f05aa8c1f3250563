package io.chargedesk.site;

import io.chargedesk.session.SessionRules;
import io.chargedesk.tariff.Tariff;
import java.util.List;
import java.util.Optional;

/** Everything the site file (DESIGN §5) says. */
public record SiteConfig(SiteInfo site, List<BusConfig> buses, SessionRules sessionDefaults, List<BayConfig> bays,
                         boolean demo, List<Tariff> tariffs) {

    public SiteConfig {
        buses = List.copyOf(buses);
        bays = List.copyOf(bays);
        tariffs = List.copyOf(tariffs);
    }

    public Optional<BayConfig> bay(String id) {
        return bays.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public List<BayConfig> baysOn(String busId) {
        return bays.stream().filter(b -> b.busId().equals(busId)).toList();
    }
}
