package io.chargedesk.site;

import io.chargedesk.session.SessionRules;
import io.chargedesk.tariff.Days;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TimeOfUseWindow;
import io.chargedesk.text.Decimals;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a site configuration as the site file (docs/design.md, Site file), so that {@link SiteFile} reads back
 * the same configuration. Settings equal to the site defaults are left out of bays, as a person would write them.
 */
public final class SiteFileWriter {

    private SiteFileWriter() {
    }

    public static String write(SiteConfig c) {
        return "# ChargeDesk site file; its format is in ChargeDesk's docs/design.md, Site file\n" + dump(document(c));
    }

    /** The site file of {@code c} as maps, lists and values, in the order it is written. */
    static Map<String, Object> document(SiteConfig c) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", c.site().name());
        site.put("timezone", c.site().zone().getId());
        site.put("currency", c.site().currency().getCurrencyCode());
        site.put("grid_limit_kw", Decimals.plain(c.site().gridLimit().kilowatts()));
        Operator op = c.site().operator();
        if (!op.equals(Operator.NONE)) {
            site.put("operator", map("name", op.name(), "address", op.address(), "vat_id", op.vatId()));
        }
        if (!c.site().language().equals(SiteLanguage.DEFAULT)) {
            site.put("language", c.site().language().getLanguage());
        }
        root.put("site", site);
        List<Object> buses = c.buses().stream().<Object>map(SiteFileWriter::bus).toList();
        if (!buses.isEmpty()) {
            root.put("buses", buses);
        }
        root.put("session", rules(c.sessionDefaults()));
        root.put("bays", c.bays().stream().map(b -> bay(b, c.sessionDefaults())).toList());
        root.put("demo", c.demo());
        if (!c.rawReadingsKept().equals(SiteConfig.DEFAULT_RAW_READINGS_KEPT)) {
            root.put("storage", map("raw_readings_days", c.rawReadingsKept().toDays()));
        }
        List<Object> tariffs = c.tariffs().stream().<Object>map(t -> tariff(t, c.site().zone())).toList();
        if (!tariffs.isEmpty()) {
            root.put("tariffs", tariffs);
        }
        return root;
    }

    static Map<String, Object> bus(BusConfig b) {
        return map("id", b.id(), "port", b.port(), "baud", b.baud(), "parity",
                b.parity().name().toLowerCase(Locale.ROOT), "data_bits", b.dataBits(), "stop_bits", b.stopBits(),
                "timeout_ms", b.timeout().toMillis(), "poll_ms", b.pollInterval().toMillis(), "retries", b.retries());
    }

    /** A bay, its session rules only where they differ from the site's {@code defaults}. */
    static Map<String, Object> bay(BayConfig b, SessionRules defaults) {
        Map<String, Object> bay = map("id", b.id(), "name", b.name());
        b.area().ifPresent(a -> bay.put("area", a));
        if (!b.busId().isEmpty()) {
            bay.put("bus", b.busId());
            bay.put("address", b.address());
        }
        bay.put("meter", b.meterModel());
        bay.put("max_kw", Decimals.plain(b.maxPower().kilowatts()));
        if (!b.rules().equals(defaults)) {
            bay.put("session", rules(b.rules()));
        }
        b.tariffId().ifPresent(t -> bay.put("tariff", t));
        return bay;
    }

    /** One tariff version as it stands in the {@code tariffs:} list of a site file, times in {@code zone}. */
    public static String tariffText(Tariff t, ZoneId zone) {
        return dump(tariff(t, zone));
    }

    private static Map<String, Object> tariff(Tariff t, ZoneId zone) {
        Map<String, Object> m = map("id", t.id(), "name", t.name(), "effective_from",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.effectiveFrom().atZone(zone)),
                "energy_per_kwh", Decimals.plain(t.energyPerKwh().amount()), "session_fee",
                Decimals.plain(t.sessionFee().amount()), "per_minute", Decimals.plain(t.perMinute().amount()),
                "per_minute_basis", t.minuteBasis().name().toLowerCase(Locale.ROOT), "idle_per_minute",
                Decimals.plain(t.idlePerMinute().amount()), "idle_grace_min", t.idleGrace().toMinutes(),
                "vat_percent", Decimals.plain(t.vatPercent()));
        t.minimum().map(Money::amount).ifPresent(v -> m.put("min_price", Decimals.plain(v)));
        t.maximum().map(Money::amount).ifPresent(v -> m.put("max_price", Decimals.plain(v)));
        t.timeOfUse().ifPresent(tou -> {
            m.remove("energy_per_kwh");
            m.put("time_of_use", tou.windows().stream().map(w -> map("name", w.name(), "days",
                    Days.format(w.days()), "from", w.from().toString(), "to", TimeOfUseWindow.formatEnd(w.to()),
                    "per_kwh", Decimals.plain(w.perKwh().amount()))).toList());
        });
        return m;
    }

    private static String dump(Object document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        return new Yaml(new DecimalRepresenter(options), options).dump(document);
    }

    private static Map<String, Object> rules(SessionRules r) {
        return map("start_w", r.startThreshold().watts(), "start_hold_s", r.startHold().toSeconds(),
                "end_timeout_s", r.endTimeout().toSeconds(), "offline_after_polls", r.offlineAfterFailures());
    }

    /** Writes decimals exactly as plain YAML numbers ("0.49", never "4.9E-1" or a rounded double). */
    private static final class DecimalRepresenter extends Representer {
        DecimalRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(BigDecimal.class, data -> representScalar(
                    ((BigDecimal) data).scale() == 0 ? Tag.INT : Tag.FLOAT, ((BigDecimal) data).toPlainString()));
        }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
