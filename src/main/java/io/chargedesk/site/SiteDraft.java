package io.chargedesk.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site as a settings form edits it: the site, its operator, buses and bays, every value as typed, over the
 * configuration the form was filled from. What the form does not show is kept from there: a bus's data bits and
 * retries, a bay's own session rules and tariff, and the site's receipt language, session rules, storage and
 * tariffs. {@link SiteFile#check} reads it with exactly the rules of a site file.
 *
 * @param base the configuration the form was filled from
 */
public record SiteDraft(SiteConfig base, String name, String timezone, String currency, String gridLimitKw,
                        String operatorName, String operatorAddress, String operatorVatId, boolean demo,
                        List<Bus> buses, List<Bay> bays) {

    public SiteDraft {
        buses = List.copyOf(buses);
        bays = List.copyOf(bays);
    }

    /** A bus as typed; {@code was} is the bus the row was filled from, whose other settings it keeps. */
    public record Bus(Optional<BusConfig> was, String id, String port, String baud, String parity, String stopBits,
                      String timeoutMs, String pollMs) {

        Map<String, Object> entry() {
            Map<String, Object> bus = was.map(SiteFileWriter::bus).orElseGet(LinkedHashMap::new);
            bus.putAll(SiteFileWriter.map("id", id, "port", port, "baud", baud, "parity", parity, "stop_bits",
                    stopBits, "timeout_ms", timeoutMs, "poll_ms", pollMs));
            return bus;
        }
    }

    /**
     * A bay as typed; {@code was} is the bay the row was filled from, whose other settings it keeps. A bay on no bus
     * (of the demo site) has no address, and a bay whose area is left blank has none.
     */
    public record Bay(Optional<BayConfig> was, String id, String name, String area, String bus, String address,
                      String meter, String maxKw) {

        Map<String, Object> entry(SiteConfig base) {
            Map<String, Object> bay = was.map(b -> SiteFileWriter.bay(b, base.sessionDefaults()))
                    .orElseGet(LinkedHashMap::new);
            bay.putAll(SiteFileWriter.map("id", id, "name", name, "area", area, "bus", bus, "address", address,
                    "meter", meter, "max_kw", maxKw));
            if (area.isBlank()) {
                bay.remove("area");
            }
            if (bus.isBlank()) {
                bay.remove("bus");
                bay.remove("address");
            }
            return bay;
        }
    }

    /** The site file's document of this draft, as {@link SiteFileWriter} would write it. */
    Map<String, Object> document() {
        Map<String, Object> root = SiteFileWriter.document(base);
        Map<String, Object> site = SiteFileWriter.map("name", name, "timezone", timezone, "currency", currency,
                "grid_limit_kw", gridLimitKw, "operator", SiteFileWriter.map("name", operatorName, "address",
                        operatorAddress, "vat_id", operatorVatId));
        // Not on the form: the receipts' language is kept from the settings the form was filled from.
        site.put("language", base.site().language().getLanguage());
        root.put("site", site);
        root.put("buses", buses.stream().map(Bus::entry).toList());
        root.put("bays", bays.stream().map(b -> b.entry(base)).toList());
        root.put("demo", demo);
        return root;
    }
}
