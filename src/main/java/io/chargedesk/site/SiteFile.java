package io.chargedesk.site;

import io.chargedesk.session.SessionRules;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffDraft;
import io.chargedesk.text.Excerpt;
import io.chargedesk.text.NumberRange;
import io.chargedesk.text.PrintCheck;
import io.chargedesk.text.Reason;
import io.chargedesk.text.TextLimit;
import io.chargedesk.units.Power;
import io.chargedesk.yaml.Problem;
import io.chargedesk.yaml.YamlNodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the site file (docs/design.md, Site file) and checks every value, reporting all problems at once with
 * file, line and field, and what would be right.
 */
public final class SiteFile {

    // Ranges a real site can need, to the watt and to the places the database keeps; beyond them a value is a typo,
    // and would overflow the watts of a long. A tariff's are the tariff draft's.
    /** 0 means no limit; 100 MW is more than any site of 50 bays draws. */
    private static final NumberRange GRID_LIMIT_KW = NumberRange.of("0", "100000", 3);
    /** Up to the megawatt chargers of lorries. */
    private static final NumberRange BAY_MAX_KW = NumberRange.of("0", "4000", 3);

    private final Predicate<String> knownMeterModel;
    private final PrintCheck unprintable;

    /** A site file whose names need not print on receipts: for settings already saved, which keep recording. */
    public SiteFile(Predicate<String> knownMeterModel) {
        this(knownMeterModel, PrintCheck.NONE);
    }

    /**
     * @param knownMeterModel whether a {@code meter:} value names a register map we have
     * @param unprintable what in a name printed on receipts (site, operator, bays, tariffs) cannot be printed, if
     *     anything: refused here, where it is typed, rather than when a receipt is issued
     */
    public SiteFile(Predicate<String> knownMeterModel, PrintCheck unprintable) {
        this.knownMeterModel = knownMeterModel;
        this.unprintable = unprintable;
    }

    public SiteConfig load(Path file) throws SiteFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteFileException(List.of(new Problem("", "", Reason.of(SiteProblem.CANNOT_READ, file.toString(),
                    String.valueOf(e.getMessage())))));
        }
        return parse(text, file.toString());
    }

    public SiteConfig parse(String yamlText, String fileName) throws SiteFileException {
        List<Problem> syntax = new ArrayList<>();
        Node root = YamlNodes.compose(yamlText, fileName, syntax).orElse(null);
        if (root == null) {
            throw new SiteFileException(syntax);
        }
        return checked(new YamlNodes(fileName), root);
    }

    /**
     * The configuration a settings form gives, checked with exactly the rules of a site file. Its problems name the
     * field only ("bays[1].address: …"), as a form has no lines.
     */
    public SiteConfig check(SiteDraft draft) throws SiteFileException {
        return checked(new YamlNodes(""), YamlNodes.tree(draft.document()));
    }

    private SiteConfig checked(YamlNodes y, Node root) throws SiteFileException {
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
                y.problem(tariffNodes.get(i), "tariffs[" + i + "].effective_from",
                        Reason.of(SiteProblem.TWO_VERSIONS_AT_ONCE, t.get().id()));
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
            y.problem(root, "bays", Reason.of(SiteProblem.NO_BAYS));
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
            y.problem(root, "site", Reason.of(SiteProblem.SITE_MISSING));
            return new SiteInfo("", ZoneOffset.UTC, Currency.getInstance("EUR"), Power.ZERO, Operator.NONE);
        }
        String p = "site";
        Map<String, Node> m = y.mapping(node, p);
        y.rejectUnknown(m, node, p, List.of("name", "timezone", "currency", "grid_limit_kw", "operator",
                "language"));
        String name = y.requiredText(m, "name", p, node, TextLimit.SITE_NAME);
        printable(y, m, "name", p, name);
        ZoneId zone = ZoneOffset.UTC;
        String zoneText = y.requiredText(m, "timezone", p, node, TextLimit.TIMEZONE);
        if (!zoneText.isEmpty()) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                y.problem(m.get("timezone"), p + ".timezone", Reason.of(SiteProblem.NOT_A_TIME_ZONE, zoneText));
            }
        }
        Currency currency = Currency.getInstance("EUR");
        Optional<String> cur = y.text(m, "currency", p);
        if (cur.isPresent()) {
            try {
                currency = Currency.getInstance(cur.get().toUpperCase());
            } catch (IllegalArgumentException e) {
                y.problem(m.get("currency"), p + ".currency", Reason.of(SiteProblem.NOT_A_CURRENCY, cur.get()));
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
        Locale language = SiteLanguage.DEFAULT;
        Optional<String> lang = y.text(m, "language", p);
        if (lang.isPresent()) {
            Optional<Locale> known = SiteLanguage.of(lang.get());
            if (known.isEmpty()) {
                y.problem(m.get("language"), p + ".language", Reason.of(SiteProblem.NOT_A_LANGUAGE,
                        Excerpt.of(lang.get())));
            }
            language = known.orElse(language);
        }
        return new SiteInfo(name, zone, currency, grid, operator, language);
    }

    private BusConfig readBus(YamlNodes y, Node node, String p) {
        Map<String, Node> m = y.mapping(node, p);
        y.rejectUnknown(m, node, p, List.of("id", "port", "baud", "parity", "data_bits", "stop_bits", "timeout_ms",
                "poll_ms", "retries"));
        String id = y.requiredText(m, "id", p, node, TextLimit.BUS_ID);
        String port = y.requiredText(m, "port", p, node, TextLimit.SERIAL_PORT);
        BusConfig defaults = BusConfig.withDefaults(id, port);
        int baud = y.integer(m, "baud", p, 300, 921_600).orElse((long) defaults.baud()).intValue();
        BusConfig.baudProblem(baud).ifPresent(w -> y.problem(m.get("baud"), p + ".baud", w));
        Parity parity = defaults.parity();
        Optional<String> par = y.text(m, "parity", p);
        if (par.isPresent()) {
            try {
                parity = Parity.valueOf(par.get().toUpperCase());
            } catch (IllegalArgumentException e) {
                y.problem(m.get("parity"), p + ".parity", Reason.of(SiteProblem.NOT_A_PARITY, par.get()));
            }
        }
        int dataBits = y.integer(m, "data_bits", p, 7, 8).orElse((long) defaults.dataBits()).intValue();
        int stopBits = y.integer(m, "stop_bits", p, 1, 2).orElse((long) defaults.stopBits()).intValue();
        long timeout = y.integer(m, "timeout_ms", p, 20, 10_000).orElse(defaults.timeout().toMillis());
        long poll = y.integer(m, "poll_ms", p, 0, 3_600_000).orElse(defaults.pollInterval().toMillis());
        int retries = y.integer(m, "retries", p, 0, 5).orElse((long) defaults.retries()).intValue();
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
        y.rejectUnknown(m, node, p, List.of("id", "name", "area", "bus", "address", "meter", "max_kw", "session",
                "tariff"));
        String id = y.requiredText(m, "id", p, node, TextLimit.BAY_ID);
        String name = y.text(m, "name", p, TextLimit.BAY_NAME).orElse(id);
        printable(y, m, "id", p, id);
        if (m.containsKey("name")) {
            printable(y, m, "name", p, name);
        }
        // Given, an area must say something: a blank one would group the bay under an empty heading.
        Optional<String> area = m.containsKey("area")
                ? Optional.of(y.requiredText(m, "area", p, node, TextLimit.BAY_AREA)).filter(a -> !a.isEmpty())
                : Optional.empty();
        String bus = demo ? y.text(m, "bus", p, TextLimit.BUS_ID).orElse("")
                : y.requiredText(m, "bus", p, node, TextLimit.BUS_ID);
        if (!bus.isEmpty() && buses.stream().noneMatch(b -> b.id().equals(bus))) {
            y.problem(m.get("bus"), p + ".bus", Reason.of(SiteProblem.NOT_A_BUS, bus,
                    buses.stream().map(BusConfig::id).toList().toString()));
        }
        int address = 1;
        Optional<String> addr = y.text(m, "address", p);
        if (addr.isPresent()) {
            try {
                address = Integer.parseInt(addr.get());
                if (address < 1 || address > 247) {
                    y.problem(m.get("address"), p + ".address", Reason.of(SiteProblem.SLAVE_ID_OUT_OF_RANGE,
                            String.valueOf(address)));
                }
            } catch (NumberFormatException e) {
                y.problem(m.get("address"), p + ".address", Reason.of(SiteProblem.NOT_A_SLAVE_ID,
                        Excerpt.of(addr.get())));
            }
        } else if (!demo) {
            y.problem(node, p + ".address", Reason.of(SiteProblem.ADDRESS_MISSING));
        }
        String meter = y.text(m, "meter", p, TextLimit.METER_MODEL).orElse(BayConfig.DEFAULT_METER_MODEL)
                .toLowerCase();
        if (!knownMeterModel.test(meter)) {
            y.problem(m.get("meter"), p + ".meter", Reason.of(SiteProblem.UNKNOWN_METER, meter));
        }
        Power max = y.decimal(m, "max_kw", p, BAY_MAX_KW).map(Power::ofKilowatts).orElse(BayConfig.DEFAULT_MAX_POWER);
        if (max.watts() <= 0) {
            y.problem(m.get("max_kw"), p + ".max_kw", Reason.of(SiteProblem.NOT_ABOVE_ZERO));
        }
        SessionRules rules = readRules(y, m.get("session"), p + ".session", defaults);
        Optional<String> tariff = y.text(m, "tariff", p, TextLimit.TARIFF_ID);
        if (tariff.isPresent() && !tariffIds.contains(tariff.get())) {
            y.problem(m.get("tariff"), p + ".tariff", Reason.of(SiteProblem.NOT_A_TARIFF, tariff.get(),
                    tariffIds.toString()));
        }
        return new BayConfig(id, name, bus, address, meter, max, rules, tariff, area);
    }

    /**
     * A tariff version: the shape of its YAML is checked here, its values by {@link TariffDraft}, as in the tariff
     * editor; every problem gets the line of its value, or of what should have held it.
     */
    private Optional<Tariff> readTariff(YamlNodes y, Node node, String p, Currency currency, Set<String> ids) {
        int before = y.problems().size();
        Map<String, Node> m = y.mapping(node, p);
        y.rejectUnknown(m, node, p, TariffDraft.Field.keys());
        Map<TariffDraft.Field, String> fields = new EnumMap<>(TariffDraft.Field.class);
        for (TariffDraft.Field f : TariffDraft.Field.values()) {
            if (f != TariffDraft.Field.TIME_OF_USE) {
                y.text(m, f.key(), p).ifPresent(v -> fields.put(f, v));
            }
        }
        Optional.ofNullable(fields.get(TariffDraft.Field.ID)).ifPresent(ids::add);
        String tp = p + "." + TariffDraft.Field.TIME_OF_USE.key();
        Node timeOfUse = m.get(TariffDraft.Field.TIME_OF_USE.key());
        List<Node> windowNodes = y.sequence(timeOfUse, tp);
        List<Map<String, Node>> windows = new ArrayList<>();
        List<TariffDraft.Window> drafts = new ArrayList<>();
        for (int i = 0; i < windowNodes.size(); i++) {
            String wp = tp + "[" + i + "]";
            Map<String, Node> entries = y.mapping(windowNodes.get(i), wp);
            y.rejectUnknown(entries, windowNodes.get(i), wp, TariffDraft.WindowField.keys());
            windows.add(entries);
            drafts.add(window(y, entries, wp));
        }
        // A time_of_use that is no list is reported as that, not again as a week without windows.
        TariffDraft draft = new TariffDraft(fields, timeOfUse instanceof SequenceNode ? Optional.of(drafts)
                : Optional.empty());
        TariffDraft.Result read = draft.read(currency, TariffDraft.StartFormat.withOffset(), unprintable);
        for (TariffDraft.Problem problem : read.problems()) {
            y.problem(where(problem, node, m, windowNodes, windows), p + problem.path(), problem.message());
        }
        return y.problems().size() > before ? Optional.empty() : read.tariff();
    }

    /** A name printed on receipts: reported where it stands if the receipt fonts cannot print it. */
    private void printable(YamlNodes y, Map<String, Node> m, String key, String p, String text) {
        unprintable.unprintable(text).ifPresent(problem -> y.problem(m.get(key), p + "." + key, problem));
    }

    private static TariffDraft.Window window(YamlNodes y, Map<String, Node> entries, String p) {
        Map<TariffDraft.WindowField, String> fields = new EnumMap<>(TariffDraft.WindowField.class);
        for (TariffDraft.WindowField f : TariffDraft.WindowField.values()) {
            y.text(entries, f.key(), p).ifPresent(v -> fields.put(f, v));
        }
        return new TariffDraft.Window(fields);
    }

    /** The node a problem of a tariff is about, for its line: the value, else what should have held it. */
    private static Node where(TariffDraft.Problem problem, Node tariff, Map<String, Node> entries,
                              List<Node> windowNodes, List<Map<String, Node>> windows) {
        if (problem.window().isPresent()) {
            int i = problem.window().getAsInt();
            return problem.windowField().map(f -> windows.get(i).get(f.key())).orElse(windowNodes.get(i));
        }
        return problem.field().map(f -> entries.get(f.key())).orElse(tariff);
    }

    private static void checkUnique(YamlNodes y, List<Node> nodes, List<String> ids, String list, String key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).isEmpty() && !seen.add(ids.get(i))) {
                y.problem(nodes.get(i), list + "[" + i + "]." + key, Reason.of(SiteProblem.USED_TWICE, ids.get(i)));
            }
        }
    }

    private static void checkUniqueAddresses(YamlNodes y, List<Node> nodes, List<BayConfig> bays) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bays.size(); i++) {
            BayConfig b = bays.get(i);
            if (!b.busId().isEmpty() && !seen.add(b.busId() + "/" + b.address())) {
                y.problem(nodes.get(i), "bays[" + i + "].address", Reason.of(SiteProblem.ADDRESS_USED_TWICE,
                        String.valueOf(b.address()), b.busId()));
            }
        }
    }
}
