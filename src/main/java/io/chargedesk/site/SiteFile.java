package io.chargedesk.site;

import io.chargedesk.session.SessionRules;
import io.chargedesk.tariff.Days;
import io.chargedesk.tariff.MinuteBasis;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TimeOfUse;
import io.chargedesk.tariff.TimeOfUseWindow;
import io.chargedesk.text.TextLimit;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import io.chargedesk.yaml.NumberRange;
import io.chargedesk.yaml.YamlNodes;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the site file (docs/design.md, Site file) and checks every value, reporting all problems at once with
 * file, line and field, and what would be right.
 */
public final class SiteFile {

    /** The baud rates meters are set to. */
    public static final List<Integer> BAUD_RATES = List.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200);

    // Ranges a real site can need, to the watt and to the places the database keeps; beyond them a value is a typo,
    // and would overflow the watts of a long or the digits of a price column.
    /** 0 means no limit; 100 MW is more than any site of 50 bays draws. */
    private static final NumberRange GRID_LIMIT_KW = NumberRange.of("0", "100000", 3);
    /** Up to the megawatt chargers of lorries. */
    private static final NumberRange BAY_MAX_KW = NumberRange.of("0", "4000", 3);
    /** Any price or fee, in the site's currency: room for a session's price in rupiah, to the DECIMAL(14, 6). */
    private static final NumberRange PRICE = NumberRange.of("0", "10000000", 6);
    /** The tariff's DECIMAL(6, 3); a rate of 100 % or more is no VAT rate. */
    private static final NumberRange VAT_PERCENT = NumberRange.of("0", "99.999", 3);
    /** The years a date may have here: what database timestamps hold and receipts print with four digits. */
    public static final int FIRST_YEAR = 1970;
    public static final int LAST_YEAR = 9999;

    private final Predicate<String> knownMeterModel;
    private final Function<String, Optional<String>> unprintable;

    /** A site file whose names need not print on receipts: for settings already saved, which keep recording. */
    public SiteFile(Predicate<String> knownMeterModel) {
        this(knownMeterModel, text -> Optional.empty());
    }

    /**
     * @param knownMeterModel whether a {@code meter:} value names a register map we have
     * @param unprintable what in a name printed on receipts (site, operator, bays, tariffs) cannot be printed, if
     *     anything: refused here, where it is typed, rather than when a receipt is issued
     */
    public SiteFile(Predicate<String> knownMeterModel, Function<String, Optional<String>> unprintable) {
        this.knownMeterModel = knownMeterModel;
        this.unprintable = unprintable;
    }

    public SiteConfig load(Path file) throws SiteFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteFileException(List.of(file + ": cannot read the site file (" + e.getMessage()
                    + "); check the path and permissions"));
        }
        return parse(text, file.toString());
    }

    public SiteConfig parse(String yamlText, String fileName) throws SiteFileException {
        List<String> syntax = new ArrayList<>();
        Node root = YamlNodes.compose(yamlText, fileName, syntax).orElse(null);
        if (root == null) {
            throw new SiteFileException(syntax);
        }
        YamlNodes y = new YamlNodes(fileName);
        SiteConfig config = read(y, root);
        if (!y.problems().isEmpty()) {
            throw new SiteFileException(y.problems());
        }
        return config;
    }

    private SiteConfig read(YamlNodes y, Node root) {
        Map<String, Node> top = y.mapping(root, "(top)");
        y.rejectUnknown(top, root, "(top)", List.of("site", "buses", "session", "bays", "demo", "tariffs", "storage"));
        SiteInfo site = readSite(y, top.get("site"), root);
        boolean demo = y.bool(top, "demo", "(top)").orElse(false);
        List<BusConfig> buses = new ArrayList<>();
        List<Node> busNodes = y.sequence(top.get("buses"), "buses");
        for (int i = 0; i < busNodes.size(); i++) {
            buses.add(readBus(y, busNodes.get(i), "buses[" + i + "]"));
        }
        checkUnique(y, busNodes, buses.stream().map(BusConfig::id).toList(), "buses", "id");
        SessionRules defaults = readRules(y, top.get("session"), "session", SessionRules.DEFAULTS);
        List<Tariff> tariffs = new ArrayList<>();
        // Ids of every tariff entry, valid or not, so a bay naming a broken tariff is not blamed for it.
        Set<String> tariffIds = new HashSet<>();
        List<Node> tariffNodes = y.sequence(top.get("tariffs"), "tariffs");
        Set<String> versions = new HashSet<>();
        for (int i = 0; i < tariffNodes.size(); i++) {
            Optional<Tariff> t = readTariff(y, tariffNodes.get(i), "tariffs[" + i + "]", site.currency(), tariffIds);
            if (t.isPresent() && !versions.add(t.get().id() + "@" + t.get().effectiveFrom())) {
                y.problem(tariffNodes.get(i), "tariffs[" + i + "].effective_from", "tariff " + t.get().id()
                        + " has two versions from the same instant; give each version its own effective_from");
            }
            t.ifPresent(tariffs::add);
        }
        List<BayConfig> bays = new ArrayList<>();
        List<Node> bayNodes = y.sequence(top.get("bays"), "bays");
        for (int i = 0; i < bayNodes.size(); i++) {
            bays.add(readBay(y, bayNodes.get(i), "bays[" + i + "]", defaults, buses, demo, tariffIds));
        }
        checkUnique(y, bayNodes, bays.stream().map(BayConfig::id).toList(), "bays", "id");
        checkUniqueAddresses(y, bayNodes, bays);
        if (!demo && bays.isEmpty() && y.problems().isEmpty()) {
            y.problem(root, "bays", "no bays configured; add bays, or set 'demo: true' to run the simulated site");
        }
        Duration kept = SiteConfig.DEFAULT_RAW_READINGS_KEPT;
        if (top.get("storage") != null) {
            Map<String, Node> storage = y.mapping(top.get("storage"), "storage");
            y.rejectUnknown(storage, top.get("storage"), "storage", List.of("raw_readings_days"));
            kept = y.integer(storage, "raw_readings_days", "storage", 1, 36_500).map(Duration::ofDays).orElse(kept);
        }
        return new SiteConfig(site, buses, defaults, bays, demo, tariffs, kept);
    }

    private SiteInfo readSite(YamlNodes y, Node node, Node root) {
        if (node == null) {
            y.problem(root, "site", "is missing; it needs at least name and timezone");
            return new SiteInfo("", ZoneOffset.UTC, Currency.getInstance("EUR"), Power.ZERO, Operator.NONE);
        }
        String p = "site";
        Map<String, Node> m = y.mapping(node, p);
        y.rejectUnknown(m, node, p, List.of("name", "timezone", "currency", "grid_limit_kw", "operator"));
        String name = y.requiredText(m, "name", p, node, TextLimit.SITE_NAME);
        printable(y, m, "name", p, name);
        ZoneId zone = ZoneOffset.UTC;
        String zoneText = y.requiredText(m, "timezone", p, node, TextLimit.TIMEZONE);
        if (!zoneText.isEmpty()) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                y.problem(m.get("timezone"), p + ".timezone", "'" + zoneText
                        + "' is not a time zone; use a region such as Europe/Berlin");
            }
        }
        Currency currency = Currency.getInstance("EUR");
        Optional<String> cur = y.text(m, "currency", p);
        if (cur.isPresent()) {
            try {
                currency = Currency.getInstance(cur.get().toUpperCase());
            } catch (IllegalArgumentException e) {
                y.problem(m.get("currency"), p + ".currency", "'" + cur.get() + "' is not an ISO 4217 currency code such as EUR");
            }
        }
        Power grid = y.decimal(m, "grid_limit_kw", p, GRID_LIMIT_KW).map(Power::ofKilowatts).orElse(Power.ZERO);
        Operator operator = Operator.NONE;
        if (m.get("operator") != null) {
            String op = p + ".operator";
            Map<String, Node> o = y.mapping(m.get("operator"), op);
            y.rejectUnknown(o, m.get("operator"), op, List.of("name", "address", "vat_id"));
            operator = new Operator(y.text(o, "name", op, TextLimit.OPERATOR_NAME).orElse(""),
                    y.text(o, "address", op, TextLimit.OPERATOR_ADDRESS).orElse(""),
                    y.text(o, "vat_id", op, TextLimit.VAT_ID).orElse(""));
            printable(y, o, "name", op, operator.name());
            printable(y, o, "address", op, operator.address());
            printable(y, o, "vat_id", op, operator.vatId());
        }
        return new SiteInfo(name, zone, currency, grid, operator);
    }

    private BusConfig readBus(YamlNodes y, Node node, String p) {
        Map<String, Node> m = y.mapping(node, p);
        y.rejectUnknown(m, node, p, List.of("id", "port", "baud", "parity", "data_bits", "stop_bits", "timeout_ms",
                "poll_ms", "retries"));
        String id = y.requiredText(m, "id", p, node, TextLimit.BUS_ID);
        String port = y.requiredText(m, "port", p, node, TextLimit.SERIAL_PORT);
        int baud = y.integer(m, "baud", p, 300, 921_600).orElse(9600L).intValue();
        if (!BAUD_RATES.contains(baud)) {
            y.problem(m.get("baud"), p + ".baud", baud + " is not a usual meter baud rate; use one of " + BAUD_RATES);
        }
        Parity parity = Parity.NONE;
        Optional<String> par = y.text(m, "parity", p);
        if (par.isPresent()) {
            try {
                parity = Parity.valueOf(par.get().toUpperCase());
            } catch (IllegalArgumentException e) {
                y.problem(m.get("parity"), p + ".parity", "'" + par.get() + "' is not none, even or odd");
            }
        }
        int dataBits = y.integer(m, "data_bits", p, 7, 8).orElse(8L).intValue();
        int stopBits = y.integer(m, "stop_bits", p, 1, 2).orElse(1L).intValue();
        long timeout = y.integer(m, "timeout_ms", p, 20, 10_000).orElse(300L);
        long poll = y.integer(m, "poll_ms", p, 0, 3_600_000).orElse(1000L);
        int retries = y.integer(m, "retries", p, 0, 5).orElse(1L).intValue();
        return new BusConfig(id, port, baud, parity, dataBits, stopBits, Duration.ofMillis(timeout),
                Duration.ofMillis(poll), retries);
    }

    private SessionRules readRules(YamlNodes y, Node node, String p, SessionRules base) {
        if (node == null) {
            return base;
        }
        Map<String, Node> m = y.mapping(node, p);
        y.rejectUnknown(m, node, p, List.of("start_w", "start_hold_s", "end_timeout_s", "offline_after_polls"));
        long startW = y.integer(m, "start_w", p, 1, 1_000_000).orElse(base.startThreshold().watts());
        long holdS = y.integer(m, "start_hold_s", p, 0, 3600).orElse(base.startHold().toSeconds());
        long endS = y.integer(m, "end_timeout_s", p, 1, 86_400).orElse(base.endTimeout().toSeconds());
        long offline = y.integer(m, "offline_after_polls", p, 1, 1000).orElse((long) base.offlineAfterFailures());
        return new SessionRules(Power.ofWatts(startW), Duration.ofSeconds(holdS), Duration.ofSeconds(endS),
                (int) offline);
    }

    private BayConfig readBay(YamlNodes y, Node node, String p, SessionRules defaults, List<BusConfig> buses,
                              boolean demo, Set<String> tariffIds) {
        Map<String, Node> m = y.mapping(node, p);
        y.rejectUnknown(m, node, p, List.of("id", "name", "bus", "address", "meter", "max_kw", "session", "tariff"));
        String id = y.requiredText(m, "id", p, node, TextLimit.BAY_ID);
        String name = y.text(m, "name", p, TextLimit.BAY_NAME).orElse(id);
        printable(y, m, "id", p, id);
        if (m.containsKey("name")) {
            printable(y, m, "name", p, name);
        }
        String bus = demo ? y.text(m, "bus", p, TextLimit.BUS_ID).orElse("")
                : y.requiredText(m, "bus", p, node, TextLimit.BUS_ID);
        if (!bus.isEmpty() && buses.stream().noneMatch(b -> b.id().equals(bus))) {
            y.problem(m.get("bus"), p + ".bus", "'" + bus + "' is not one of the buses: "
                    + buses.stream().map(BusConfig::id).toList());
        }
        int address = 1;
        Optional<String> addr = y.text(m, "address", p);
        if (addr.isPresent()) {
            try {
                address = Integer.parseInt(addr.get());
                if (address < 1 || address > 247) {
                    y.problem(m.get("address"), p + ".address", address + " is not a Modbus slave id (1–247)");
                }
            } catch (NumberFormatException e) {
                y.problem(m.get("address"), p + ".address", "'" + addr.get() + "' is not a Modbus slave id (1–247)");
            }
        } else if (!demo) {
            y.problem(node, p + ".address", "is missing; give the meter's Modbus slave id (1–247)");
        }
        String meter = y.text(m, "meter", p, TextLimit.METER_MODEL).orElse("sdm630").toLowerCase();
        if (!knownMeterModel.test(meter)) {
            y.problem(m.get("meter"), p + ".meter", "'" + meter + "' is not a known meter model");
        }
        Power max = y.decimal(m, "max_kw", p, BAY_MAX_KW).map(Power::ofKilowatts).orElse(Power.ofWatts(22_000));
        if (max.watts() <= 0) {
            y.problem(m.get("max_kw"), p + ".max_kw", "must be above 0");
        }
        SessionRules rules = readRules(y, m.get("session"), p + ".session", defaults);
        Optional<String> tariff = y.text(m, "tariff", p, TextLimit.TARIFF_ID);
        if (tariff.isPresent() && !tariffIds.contains(tariff.get())) {
            y.problem(m.get("tariff"), p + ".tariff", "'" + tariff.get() + "' is not one of the tariffs: " + tariffIds);
        }
        return new BayConfig(id, name, bus, address, meter, max, rules, tariff);
    }

    private Optional<Tariff> readTariff(YamlNodes y, Node node, String p, Currency currency, Set<String> ids) {
        Map<String, Node> m = y.mapping(node, p);
        y.rejectUnknown(m, node, p, List.of("id", "name", "effective_from", "energy_per_kwh", "session_fee",
                "per_minute", "per_minute_basis", "idle_per_minute", "idle_grace_min", "min_price", "max_price",
                "vat_percent", "time_of_use"));
        int before = y.problems().size();
        String id = y.requiredText(m, "id", p, node, TextLimit.TARIFF_ID);
        ids.add(id);
        printable(y, m, "id", p, id);
        y.text(m, "name", p).ifPresent(name -> printable(y, m, "name", p, name));
        Instant from = Instant.EPOCH;
        String fromText = y.requiredText(m, "effective_from", p, node);
        if (!fromText.isEmpty()) {
            try {
                OffsetDateTime start = OffsetDateTime.parse(fromText.replace(' ', 'T'));
                if (start.getYear() < FIRST_YEAR || start.getYear() > LAST_YEAR) {
                    y.problem(m.get("effective_from"), p + ".effective_from", "'" + fromText + "' is not in the years "
                            + FIRST_YEAR + "–" + LAST_YEAR);
                }
                from = start.toInstant();
            } catch (DateTimeException e) {
                y.problem(m.get("effective_from"), p + ".effective_from", "'" + fromText
                        + "' is not a date-time with offset, e.g. 2026-01-01T00:00:00+01:00");
            }
        }
        BigDecimal energy = y.decimal(m, "energy_per_kwh", p, PRICE).orElse(BigDecimal.ZERO);
        MinuteBasis basis = MinuteBasis.CHARGING;
        Optional<String> b = y.text(m, "per_minute_basis", p);
        if (b.isPresent()) {
            try {
                basis = MinuteBasis.valueOf(b.get().toUpperCase());
            } catch (IllegalArgumentException e) {
                y.problem(m.get("per_minute_basis"), p + ".per_minute_basis", "'" + b.get()
                        + "' is not charging or connected");
            }
        }
        Money perMinute = money(y.decimal(m, "per_minute", p, PRICE), currency);
        Money fee = money(y.decimal(m, "session_fee", p, PRICE), currency);
        Money idle = money(y.decimal(m, "idle_per_minute", p, PRICE), currency);
        long grace = y.integer(m, "idle_grace_min", p, 0, 10_000).orElse(0L);
        Optional<Money> min = y.decimal(m, "min_price", p, PRICE).map(d -> new Money(d, currency));
        Optional<Money> max = y.decimal(m, "max_price", p, PRICE).map(d -> new Money(d, currency));
        BigDecimal vat = y.decimal(m, "vat_percent", p, VAT_PERCENT).orElse(BigDecimal.ZERO);
        Optional<TimeOfUse> timeOfUse = m.containsKey("time_of_use")
                ? readTimeOfUse(y, m.get("time_of_use"), p + ".time_of_use", currency) : Optional.empty();
        if (m.containsKey("time_of_use") && m.containsKey("energy_per_kwh")) {
            y.problem(m.get("energy_per_kwh"), p + ".energy_per_kwh",
                    "give energy_per_kwh or time_of_use, not both: the windows set the price of every kWh");
        }
        if (y.problems().size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Tariff(id, y.text(m, "name", p, TextLimit.TARIFF_NAME).orElse(id), from, currency,
                    new Money(energy, currency), perMinute, basis, fee, idle, Duration.ofMinutes(grace), min, max, vat,
                    timeOfUse));
        } catch (IllegalArgumentException e) {
            y.problem(node, p, e.getMessage());
            return Optional.empty();
        }
    }

    /** The windows of a time-of-use price; problems of the week as a whole are reported on the list. */
    private Optional<TimeOfUse> readTimeOfUse(YamlNodes y, Node node, String p, Currency currency) {
        int before = y.problems().size();
        List<TimeOfUseWindow> windows = new ArrayList<>();
        List<Node> nodes = y.sequence(node, p);
        for (int i = 0; i < nodes.size(); i++) {
            String wp = p + "[" + i + "]";
            int windowBefore = y.problems().size();
            Map<String, Node> w = y.mapping(nodes.get(i), wp);
            y.rejectUnknown(w, nodes.get(i), wp, List.of("name", "days", "from", "to", "per_kwh"));
            String name = y.requiredText(w, "name", wp, nodes.get(i), TextLimit.WINDOW_NAME);
            printable(y, w, "name", wp, name);
            Optional<Set<DayOfWeek>> days = y.text(w, "days", wp).flatMap(d -> Days.parse(d)
                    .or(() -> {
                        y.problem(w.get("days"), wp + ".days", "'" + d + "' is not a list of days such as mon-fri, "
                                + "sat,sun or daily");
                        return Optional.empty();
                    }));
            if (!w.containsKey("days")) {
                y.problem(nodes.get(i), wp + ".days", "is missing (e.g. mon-fri, sat,sun or daily)");
            }
            Optional<LocalTime> start = clock(y, w, "from", wp, nodes.get(i));
            Optional<LocalTime> end = clock(y, w, "to", wp, nodes.get(i));
            Optional<BigDecimal> price = y.decimal(w, "per_kwh", wp, PRICE);
            if (price.isEmpty() && !w.containsKey("per_kwh")) {
                y.problem(nodes.get(i), wp + ".per_kwh", "is missing");
            }
            // A window with a problem of its own is reported once, by its field, not again as a whole.
            if (y.problems().size() == windowBefore && days.isPresent() && start.isPresent() && end.isPresent()
                    && price.isPresent()) {
                try {
                    windows.add(new TimeOfUseWindow(name, days.get(), start.get(), end.get(),
                            new Money(price.get(), currency)));
                } catch (IllegalArgumentException e) {
                    y.problem(nodes.get(i), wp, e.getMessage());
                }
            }
        }
        if (y.problems().size() > before) {
            return Optional.empty();
        }
        List<String> week = TimeOfUse.problems(windows);
        week.forEach(problem -> y.problem(node, p, problem));
        return week.isEmpty() ? Optional.of(TimeOfUse.of(windows)) : Optional.empty();
    }

    /** "08:00", or "24:00" for the end of the day. */
    private static Optional<LocalTime> clock(YamlNodes y, Map<String, Node> m, String key, String p, Node parent) {
        String text = y.requiredText(m, key, p, parent);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalTime> clock = TimeOfUseWindow.parseClock(text);
        if (clock.isEmpty()) {
            y.problem(m.get(key), p + "." + key, "'" + text + "' is not a time of day such as 08:00 or 24:00");
        }
        return clock;
    }

    /** A name printed on receipts: reported where it stands if the receipt fonts cannot print it. */
    private void printable(YamlNodes y, Map<String, Node> m, String key, String p, String text) {
        unprintable.apply(text).ifPresent(problem -> y.problem(m.get(key), p + "." + key, problem));
    }

    private static Money money(Optional<BigDecimal> amount, Currency currency) {
        return new Money(amount.orElse(BigDecimal.ZERO), currency);
    }

    private static void checkUnique(YamlNodes y, List<Node> nodes, List<String> ids, String list, String key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).isEmpty() && !seen.add(ids.get(i))) {
                y.problem(nodes.get(i), list + "[" + i + "]." + key, "'" + ids.get(i) + "' is used twice");
            }
        }
    }

    private static void checkUniqueAddresses(YamlNodes y, List<Node> nodes, List<BayConfig> bays) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bays.size(); i++) {
            BayConfig b = bays.get(i);
            if (!b.busId().isEmpty() && !seen.add(b.busId() + "/" + b.address())) {
                y.problem(nodes.get(i), "bays[" + i + "].address", "slave id " + b.address()
                        + " is already used by another bay on bus " + b.busId());
            }
        }
    }
}
