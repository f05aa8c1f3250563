package io.chargedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import io.chargedesk.alert.Acknowledgement;
import io.chargedesk.alert.Alert;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.app.SiteSource;
import io.chargedesk.access.Permission;
import io.chargedesk.access.SignIn;
import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.receipt.Layout;
import io.chargedesk.ui.access.ManagerBar;
import io.chargedesk.ui.access.ManagerSignInDialog;
import io.chargedesk.ui.access.ManagerSignInViewModel;
import io.chargedesk.ui.dashboard.BayPanel;
import io.chargedesk.ui.dashboard.BayPanelViewModel;
import io.chargedesk.ui.sessions.ReceiptActions;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import io.chargedesk.access.Actor;
import io.chargedesk.access.Role;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditEntry;
import io.chargedesk.audit.AuditRecord;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.ledger.ShiftReport;
import io.chargedesk.site.ExportSchedule;
import io.chargedesk.ui.audit.AuditView;
import io.chargedesk.ui.audit.AuditViewModel;
import io.chargedesk.ui.customers.CustomersView;
import io.chargedesk.ui.customers.CustomersViewModel;
import io.chargedesk.ui.customers.FleetsViewModel;
import io.chargedesk.ui.paperwork.PaperworkView;
import io.chargedesk.ui.paperwork.PaperworkViewModel;
import io.chargedesk.ui.settings.ExportScheduleView;
import io.chargedesk.ui.settings.ExportScheduleViewModel;
import io.chargedesk.usecase.ShiftReports;
import io.chargedesk.usecase.WhatIfPricing;
import java.time.LocalTime;
import java.time.Month;
import java.util.OptionalLong;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.collector.BaySnapshot;
import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.PollFailure;
import io.chargedesk.meter.Reading;
import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.AnomalyReason;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.session.SessionTraces;
import io.chargedesk.session.SiteWatch;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.testing.FxThread;
import io.chargedesk.testing.IssuingReceipts;
import io.chargedesk.testing.NoBayActions;
import io.chargedesk.testing.RecordedCustomerLinks;
import io.chargedesk.text.Language;
import io.chargedesk.text.Messages;
import io.chargedesk.text.PrintCheck;
import io.chargedesk.text.Reason;
import io.chargedesk.ui.alerts.AlertsView;
import io.chargedesk.ui.alerts.AlertsViewModel;
import io.chargedesk.ui.dashboard.DashboardView;
import io.chargedesk.ui.dashboard.BayTileModel;
import io.chargedesk.ui.dashboard.DashboardViewModel;
import io.chargedesk.ui.diagnostics.DiagnosticsView;
import io.chargedesk.ui.diagnostics.DiagnosticsViewModel;
import io.chargedesk.ui.history.FakeHistoryFacts;
import io.chargedesk.ui.history.HistoryView;
import io.chargedesk.ui.history.HistoryViewModel;
import io.chargedesk.ui.sessions.SessionDetail;
import io.chargedesk.ui.sessions.SessionsView;
import io.chargedesk.ui.sessions.SessionsViewModel;
import io.chargedesk.ui.settings.SettingsView;
import io.chargedesk.ui.shell.ThemeChoice;
import java.math.BigDecimal;
import javafx.beans.property.SimpleObjectProperty;
import io.chargedesk.ui.settings.SettingsViewModel;
import io.chargedesk.ui.shell.MainWindow;
import io.chargedesk.ui.shell.Theme;
import io.chargedesk.ui.tariffs.TariffsView;
import io.chargedesk.ui.tariffs.TariffsViewModel;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen in German, headless: each text a person can read on it (labels, buttons, cells, column heads, tabs,
 * tooltips, prompts, axis labels) is a text of the German bundle, with its {0}s filled by allowed texts, or data. Data
 * is what the test put in (site, bay and tariff names, ids, paths) and whatever has no letters (numbers, dates,
 * times, amounts), with units (kWh, kW, ms, EUR). A new screen is one more entry in {@link #screens}.
 */
class GermanScreensTest {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-29T15:58:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, BERLIN);
    private static final Executor AT_ONCE = Runnable::run;

    /** An alert's reason as the monitor stored it: data, written in the language of the day it was raised. */
    private static final String STORED_REASON = "Zähler antwortet nicht";
    private static final String CUSTOMER = "Jürgen Maier";
    private static final String FLEET = "Taxi Hansa";
    private static final String PLATE = "HH-JM 4711";
    private static final String MANAGER = "Anna Berg";
    /** What a person typed wrongly into a new customer: shown back in the problems. */
    private static final String BAD_PLATE = "HH_JM";
    private static final String BAD_EMAIL = "juergen.example";
    private static final Reason METER_SWAP = Reason.of(AnomalyReason.METER_CHANGED, "1111", "2222");

    private final Messages texts = Messages.of(GERMAN);
    private final SiteConfig demo;
    private final List<Session> stored = List.of(
            session("A1", Instant.parse("2026-10-30T10:00:00Z"), List.of()),
            session("A2", Instant.parse("2026-11-01T09:00:00Z"), List.of(new Anomaly(AnomalyCode.ENERGY_IMPLAUSIBLE,
                    Instant.parse("2026-11-01T09:30:00Z"), Reason.of(AnomalyReason.ENERGY_JUMP, new BigDecimal("12.345"),
                    60, new BigDecimal("11.00"), new BigDecimal("0.320"))))),
            session("A3", Instant.parse("2026-11-02T12:00:00Z"), List.of()));
    private final List<SessionFilter> asked = new ArrayList<>();
    private final IssuingReceipts receipts = new IssuingReceipts(Path.of("receipt.pdf"));

    GermanScreensTest() throws Exception {
        demo = SiteSource.demo().config();
    }

    /** The screens walked, by name (the tab's up to a comma): a new screen or state is one more entry. */
    private Map<String, Function<Messages, Parent>> screens() {
        return Map.ofEntries(
                Map.entry("sessions", m -> new SessionsView(sessions(), pdf -> { }, m).node()),
                Map.entry("tariffs", m -> new TariffsView(new TariffsViewModel(tariffs(), (draft, from, to) -> {
                    throw new UnsupportedOperationException();
                }, demo.site().currency(), BERLIN, CLOCK, PrintCheck.NONE, AT_ONCE, AT_ONCE, GERMAN), m).node()),
                Map.entry("settings", this::settings),
                Map.entry("diagnostics", m -> new DiagnosticsView(new DiagnosticsViewModel(Optional::empty,
                        m.get("diagnostics.demoWithoutBuses"), List.of(), (bus, probed) -> List.of(), BERLIN, AT_ONCE,
                        AT_ONCE, GERMAN), m).node()),
                Map.entry("dashboard", m -> dashboardView(m, commands -> { }).node()),
                Map.entry("alerts", this::alerts),
                Map.entry("history", m -> history()),
                Map.entry("audit", this::audit),
                Map.entry("paperwork", this::paperwork),
                Map.entry("customers", m -> customers(model -> model.selected().set(model.customers().get(0)))),
                // A new customer half typed: the form names each problem.
                Map.entry("customers, a new one typed", m -> customers(model -> {
                    model.newCustomer();
                    model.plates().set(BAD_PLATE);
                    model.email().set(BAD_EMAIL);
                })));
    }

    /** Settings with the automatic exports' section below the form, as the console shows it. */
    private Parent settings(Messages m) {
        SettingsView view = new SettingsView(new SettingsViewModel(demo, SiteSource.parser(), List::of,
                SiteSource.meterModels().names(), (yaml, source) -> { }, new FixedLanguage(), GERMAN, AT_ONCE,
                AT_ONCE), m, new SimpleObjectProperty<>(ThemeChoice.SYSTEM));
        ExportScheduleViewModel exports = new ExportScheduleViewModel(new ExportScheduleViewModel.Store() {
            @Override
            public Optional<ExportSchedule> load() {
                return Optional.empty();
            }

            @Override
            public void save(boolean enabled, int dayOfMonth, LocalTime at, String folder,
                             ExportSchedule.Format format) {
            }
        }, AT_ONCE, AT_ONCE, m);
        exports.load();
        view.addSection(m.get("exports.title"), new ExportScheduleView(exports, m).node());
        return view.node();
    }

    /** The audit trail with an attendant's receipt and a manager's credit note. */
    private Parent audit(Messages m) {
        List<AuditEntry> entries = List.of(
                new AuditEntry(2, new AuditRecord(NOW, new Actor(Role.MANAGER, "console"),
                        AuditAction.CREDIT_NOTE_ISSUED, "000001", STORED_REASON, ""), "", ""),
                new AuditEntry(1, new AuditRecord(NOW.minusSeconds(60), new Actor(Role.ATTENDANT, "console"),
                        AuditAction.RECEIPT_ISSUED, "000001", "", ""), "", ""));
        AuditViewModel model = new AuditViewModel((from, to, action) -> entries, m, BERLIN, AT_ONCE, AT_ONCE);
        model.refresh();
        return new AuditView(model, m).node();
    }

    /** The current shift's report and a what-if of the demo's first tariff. */
    private Parent paperwork(Messages m) {
        ShiftReport report = new ShiftReport(NOW.minusSeconds(3600), NOW, "", 3, 27_750, new BigDecimal("12.34"),
                demo.site().currency(), 2, new BigDecimal("8.90"), 1, new BigDecimal("-1.00"), 1);
        ShiftReports worded = new ShiftReports(null, null, null, null, BERLIN, demo.site().currency(), CLOCK);
        PaperworkViewModel model = new PaperworkViewModel(new PaperworkViewModel.Shifts() {
            @Override
            public ShiftReport current() {
                return report;
            }

            @Override
            public ShiftReport close(String attendant) {
                return report;
            }

            @Override
            public List<String> lines(ShiftReport r) {
                return worded.lines(r, GERMAN);
            }

            @Override
            public Path save(ShiftReport r) {
                return Path.of("shift.pdf");
            }
        }, new PaperworkViewModel.WhatIf() {
            @Override
            public List<String> tariffIds() {
                return List.of(demo.tariffs().get(0).id());
            }

            @Override
            public WhatIfPricing.Result price(String tariffId, Instant from, Instant to) {
                WhatIfPricing.Row total = new WhatIfPricing.Row("", 3, 27_750, new BigDecimal("12.34"),
                        new BigDecimal("13.00"), 0);
                return new WhatIfPricing.Result(from, to, demo.tariffs().get(0).name(),
                        List.of(new WhatIfPricing.Row("A1", 3, 27_750, new BigDecimal("12.34"),
                                new BigDecimal("13.00"), 0)), total);
            }
        }, BERLIN, LocalDate.ofInstant(NOW, BERLIN), AT_ONCE, AT_ONCE, GERMAN);
        model.refresh();
        return new PaperworkView(model, pdf -> { }, m).node();
    }

    /** The customers register with one customer in a fleet, and the form as {@code typed} leaves it. */
    private Parent customers(Consumer<CustomersViewModel> typed) {
        Fleet fleet = new Fleet(1, FLEET, List.of(), List.of());
        CustomerAccount customer = new CustomerAccount(1, CUSTOMER, "", List.of(PLATE), "", "", "",
                OptionalLong.of(1));
        CustomersViewModel model = new CustomersViewModel(new CustomersViewModel.Register() {
            @Override
            public List<CustomerAccount> search(String text) {
                return List.of(customer);
            }

            @Override
            public List<Fleet> fleets() {
                return List.of(fleet);
            }

            @Override
            public CustomerAccount save(CustomerAccount c) {
                return c;
            }

            @Override
            public Fleet save(Fleet f) {
                return f;
            }
        }, (billTo, period) -> Path.of("statement.pdf"), CLOCK, BERLIN, AT_ONCE, AT_ONCE, GERMAN);
        model.refresh();
        typed.accept(model);
        FleetsViewModel fleets = new FleetsViewModel(new FleetsViewModel.Fleets() {
            @Override
            public List<Fleet> fleets() {
                return List.of(fleet);
            }

            @Override
            public Fleet save(Fleet f) {
                return f;
            }

            @Override
            public void reserve(String bayId, OptionalLong fleetId) {
            }
        }, List.of(new FleetsViewModel.Bay("A1", "Ladepunkt 1")), model.fleets(), BERLIN, AT_ONCE, AT_ONCE, GERMAN);
        return new CustomersView(model, fleets, texts).node();
    }

    /** The dashboard with a bay whose meter was swapped, one with an anomaly, one offline: their reasons show. */
    private DashboardViewModel dashboard(Messages m) {
        DashboardViewModel model = new DashboardViewModel(demo, new SessionPricer(() -> new TariffBook(demo.tariffs()),
                Map.of(), BERLIN, SessionTraces.NONE), new NoBayActions(), from -> List.of(),
                new RecordedCustomerLinks(), m, AT_ONCE, AT_ONCE);
        model.update(troubledSite());
        return model;
    }

    private SiteSnapshot troubledSite() {
        List<BayConfig> bays = demo.bays();
        Session overpowered = new Session(UUID.randomUUID(), "A2", "777", NOW.minusSeconds(600), Optional.empty(),
                Energy.ofWattHours(1_000_000), Energy.ofWattHours(1_002_000), Power.ofWatts(30_000),
                Duration.ofMinutes(10), NOW, false, Customer.NONE, Optional.empty(), List.of(),
                List.of(new Anomaly(AnomalyCode.OVERPOWER, NOW, Reason.of(AnomalyReason.OVERPOWER,
                        new BigDecimal("30.00"), new BigDecimal("22.00")))));
        List<BaySnapshot> snapshots = new ArrayList<>(List.of(
                new BaySnapshot(bays.get(0), BayState.IDLE, reading("A1", 0), Optional.empty(), Optional.empty(),
                        Optional.of(new Anomaly(AnomalyCode.METER_CHANGED, NOW, METER_SWAP))),
                new BaySnapshot(bays.get(1), BayState.CHARGING, reading("A2", 30_000), Optional.of(overpowered),
                        Optional.empty(), Optional.empty()),
                new BaySnapshot(bays.get(2), BayState.OFFLINE, reading("A3", 0), Optional.empty(),
                        Optional.of(new PollFailure("A3", NOW, FaultKind.TIMEOUT, "")), Optional.empty())));
        bays.stream().skip(3).forEach(b -> snapshots.add(new BaySnapshot(b, BayState.IDLE, reading(b.id(), 0),
                Optional.empty(), Optional.empty(), Optional.empty())));
        return new SiteSnapshot(NOW, snapshots, 0, Optional.empty());
    }

    private static Optional<Reading> reading(String bay, long watts) {
        return Optional.of(new Reading(bay, NOW, Energy.ofWattHours(1_002_000), Power.ofWatts(watts)));
    }

    private Parent alerts(Messages m) {
        return new AlertsView(alertList(m), m).node();
    }

    private AlertsViewModel alertList(Messages m) {
        AlertsViewModel model = new AlertsViewModel(new AlertsViewModel.AlertStore() {
            @Override
            public List<Alert> list() {
                return List.of(new Alert(3, NOW, new AlertKey(AlertKind.METER_OFFLINE, Optional.of("A1")),
                        List.of(Reason.of(FaultKind.TIMEOUT)), Optional.empty(), Optional.empty()),
                        new Alert(2, NOW.minusSeconds(60), new AlertKey(AlertKind.METER_FAULT, Optional.of("A2")),
                                List.of(METER_SWAP), Optional.empty(), Optional.empty()),
                        new Alert(1, NOW.minusSeconds(3600), new AlertKey(AlertKind.GRID_NEAR_LIMIT, Optional.empty()),
                                List.of(SiteWatch.gridLoad(Power.ofKilowatts(55.5), Power.ofKilowatts(60))),
                                Optional.of(NOW.minusSeconds(600)), Optional.of(new Acknowledgement("console", NOW))),
                        new Alert(0, NOW.minusSeconds(7200), new AlertKey(AlertKind.SILENT_BAY, Optional.of("A3")),
                                Reason.readAll(STORED_REASON), Optional.of(NOW.minusSeconds(600)), Optional.empty()));
            }

            @Override
            public boolean acknowledge(long alertId, String name) {
                return true;
            }
        }, m, BERLIN, AT_ONCE, AT_ONCE);
        model.refresh();
        return model;
    }

    private Parent history() {
        HistoryViewModel model = new HistoryViewModel(FakeHistoryFacts.recorded(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 28), 0.4), (from, to) -> List.of(), new HistoryViewModel.Site(
                demo.site().name(), BERLIN, demo.site().currency(), Power.ofKilowatts(40), List.of("A1", "A2")), GERMAN,
                CLOCK, AT_ONCE, AT_ONCE);
        model.refresh();
        return new HistoryView(model).node();
    }

    @Test
    void everyScreenSpeaksGermanOnly() throws Exception {
        List<String> foreign = notGerman(() -> {
            Map<String, Collection<String>> seen = new LinkedHashMap<>();
            for (Map.Entry<String, Function<Messages, Parent>> screen : screens().entrySet()) {
                // The screen's tab is named by the entry's name up to a comma: "customers, a new one typed".
                seen.put(screen.getKey(), FxThread.call(() -> visibleTexts(shownInWindow(
                        screen.getKey().split(",")[0], screen.getValue()).getScene().getRoot())));
                assertThat(seen.get(screen.getKey())).as("texts of %s", screen.getKey()).isNotEmpty();
            }
            return seen;
        });
        assertThat(foreign).as("texts on screen that are not German bundle texts or data").isEmpty();
    }

    /**
     * Every dialog, opened as a person opens it from its screen: its title, texts, buttons, prompts and the problems
     * it shows are German bundle texts or data. A new dialog is one more entry in {@link #dialogs}.
     */
    @Test
    void everyDialogSpeaksGermanOnly() throws Exception {
        List<String> foreign = notGerman(() -> {
            Map<String, Collection<String>> seen = new LinkedHashMap<>();
            for (Map.Entry<String, DialogWalk> dialog : dialogs().entrySet()) {
                Parent screen = FxThread.call(() -> shownInWindow(dialog.getValue().tab(),
                        dialog.getValue().screen()));
                // Opened later, not waited for: a dialog that waits for its answer holds the FX thread's call.
                Platform.runLater(() -> dialog.getValue().open().accept(screen));
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxThread.call(() -> openDialog().isPresent()));
                seen.put(dialog.getKey(), FxThread.call(() -> {
                    Window window = openDialog().orElseThrow();
                    Collection<String> texts = new LinkedHashSet<>(List.of(((Stage) window).getTitle()));
                    texts.addAll(visibleTexts(window.getScene().getRoot()));
                    return texts;
                }));
                assertThat(seen.get(dialog.getKey())).as("texts of %s", dialog.getKey()).hasSizeGreaterThan(2);
                closeDialogs();
            }
            return seen;
        });
        assertThat(foreign).as("texts in dialogs that are not German bundle texts or data").isEmpty();
    }

    /** Texts seen, by where they were seen. */
    private interface Walk {
        Map<String, Collection<String>> seen() throws Exception;
    }

    /**
     * What {@code walk} saw that is neither a German bundle text nor data, or that writes a number or date the English
     * way, as "where: text". It walks as the console runs after start (UserLanguage): the shared form pieces and
     * JavaFX speak the default locale, German here.
     */
    private List<String> notGerman(Walk walk) throws Exception {
        Patterns german = Patterns.of("messages_de.properties");
        Set<String> data = data();
        Map<String, Collection<String>> seen;
        Locale before = Locale.getDefault();
        Locale.setDefault(GERMAN);
        try {
            seen = walk.seen();
        } finally {
            Locale.setDefault(before);
        }
        return seen.entrySet().stream().flatMap(where -> where.getValue().stream()
                .filter(text -> text != null && !text.isBlank())
                .filter(text -> !german.allowedByLine(text, data) || writtenTheEnglishWay(text))
                .map(text -> where.getKey() + ": " + text)).toList();
    }

    /**
     * A decimal point where German writes a comma ("30.00 kW"; "2.000" is two thousand) or an ISO date where German
     * writes "29.11.2026": numbers and dates shown without the reader's locale.
     */
    private static boolean writtenTheEnglishWay(String text) {
        return ENGLISH_DECIMAL.matcher(text).find() || ISO_DATE.matcher(text).find();
    }

    private static final Pattern ENGLISH_DECIMAL = Pattern.compile("\\b\\d+\\.\\d{1,2}\\b(?!\\.\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    /** What the test put in, and what the JDK names in German: allowed wherever it shows. */
    private Set<String> data() {
        Set<String> data = new LinkedHashSet<>(List.of(demo.site().name(), BERLIN.getId(), "ChargeDesk", "A4",
                "console", STORED_REASON, "1111", "2222", CUSTOMER, FLEET, PLATE, "000001", MANAGER, BAD_PLATE,
                BAD_EMAIL));
        demo.bays().forEach(b -> data.addAll(List.of(b.id(), b.name(), b.meterModel(), b.busId())));
        demo.tariffs().forEach(t -> data.addAll(List.of(t.id(), t.name())));
        demo.tariffs().forEach(t -> t.timeOfUse().ifPresent(tou -> tou.windows().forEach(w -> data.add(w.name()))));
        data.addAll(SiteSource.meterModels().names());
        // Day and month names come from the JDK in the locale's language ("Mo–Fr"), as dates do.
        for (DayOfWeek d : DayOfWeek.values()) {
            data.add(d.getDisplayName(TextStyle.SHORT, GERMAN).replace(".", ""));
        }
        for (Month m : Month.values()) {
            data.add(m.getDisplayName(TextStyle.FULL_STANDALONE, GERMAN));
        }
        return data;
    }

    /** {@code screen} in the main window with the manager bar in its header, as the console shows it; on a stage. */
    private Parent shownInWindow(String name, Function<Messages, Parent> screen) throws Exception {
        MainWindow window = new MainWindow(demo.site().name(), SiteSource.demo().origin().text(texts, BERLIN), CLOCK,
                BERLIN, texts);
        window.addToHeader(new ManagerBar(signIn(texts), () -> { }, texts).node());
        Parent content = screen.apply(texts);
        window.addScreen(name, content);
        show(window.node());
        return content;
    }

    /** A dialog showing now, if any. */
    private static Optional<Window> openDialog() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane).findFirst();
    }

    /** Cancels every dialog showing, as Escape does, and waits until they are gone. */
    private static void closeDialogs() throws Exception {
        FxThread.call(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                    pane.getButtonTypes().stream().filter(b -> b.getButtonData().isCancelButton()).findFirst()
                            .map(pane::lookupButton).ifPresentOrElse(b -> ((Button) b).fire(), w::hide);
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxThread.call(() -> openDialog().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A dialog walked: the screen it opens from, and how a person opens it there (run on the FX thread). */
    private record DialogWalk(String tab, Function<Messages, Parent> screen, Consumer<Parent> open) {
    }

    /** The dialogs walked, by name. */
    private Map<String, DialogWalk> dialogs() {
        Map<String, DialogWalk> dialogs = new LinkedHashMap<>();
        dialogs.put("manager sign-in (Ctrl+M), after a wrong PIN", new DialogWalk("audit", this::audit,
                screen -> {
                    ManagerSignInViewModel model = signIn(texts);
                    ManagerSignInDialog.ask(model, texts.get("access.signInToGoOn",
                            model.denied(Permission.CREDIT_RECEIPTS)), texts, screen.getScene().getWindow());
                }));
        AtomicReference<SessionsViewModel> receipted = new AtomicReference<>();
        Function<Messages, Parent> sessionsWithReceipts = m -> {
            receipted.set(sessions(new IssuingReceipts(Path.of("receipt.pdf")).withStatuses(Map.of(
                    stored.get(0).id(), new ReceiptStatus(ReceiptStatus.State.ISSUED, OptionalLong.of(1),
                            Optional.of(new BigDecimal("4.53"))),
                    stored.get(1).id(), new ReceiptStatus(ReceiptStatus.State.CREDITED, OptionalLong.of(2),
                            Optional.empty()),
                    stored.get(2).id(), new ReceiptStatus(ReceiptStatus.State.CORRECTED, OptionalLong.of(4),
                            Optional.of(new BigDecimal("4.53")))))));
            return new SessionsView(receipted.get(), pdf -> { }, m).node();
        };
        dialogs.put("corrected receipt", new DialogWalk("sessions", sessionsWithReceipts, screen -> {
            receipted.get().selectedProperty().set(receipted.get().items().stream()
                    .filter(i -> i.receipt().state() == ReceiptStatus.State.CREDITED).findFirst().orElseThrow());
            ((Button) screen.lookup("#correct-button")).fire();
        }));
        dialogs.put("credit note, asked first", new DialogWalk("sessions", sessionsWithReceipts, screen -> {
            receipted.get().selectedProperty().set(receipted.get().items().get(0));
            ((Button) screen.lookup("#credit-button")).fire();
        }));
        dialogs.put("acknowledge an alert", new DialogWalk("alerts", this::alerts, screen -> {
            @SuppressWarnings("unchecked")
            TableView<AlertsViewModel.AlertRow> table = (TableView<AlertsViewModel.AlertRow>) screen
                    .lookup("#alert-table");
            table.getSelectionModel().select(table.getItems().stream().filter(r -> !r.acknowledged()).findFirst()
                    .orElseThrow());
            ((Button) screen.lookup("#alert-acknowledge")).fire();
        }));
        dialogs.put("close the shift (Ctrl+Shift+S)", new DialogWalk("paperwork", this::paperwork, screen -> {
            ((Button) screen.lookup("#close-shift")).fire();
        }));
        dialogs.put("bay panel", new DialogWalk("dashboard", m -> dashboardView(m, commands ->
                BayPanel.show(bayPanel(m), commands, troubledSite(), m, null, pdf -> { })).node(),
                screen -> enterOn(screen, "A2")));
        dialogs.put("customer of a session", new DialogWalk("dashboard",
                m -> dashboardView(m, commands -> commands.customer().run()).node(), screen -> enterOn(screen, "A2")));
        dialogs.put("start a session", new DialogWalk("dashboard",
                m -> dashboardView(m, commands -> commands.start().run()).node(), screen -> enterOn(screen, "A1")));
        return dialogs;
    }

    private DashboardView dashboardView(Messages m, Consumer<BayPanel.Commands> onOpenBay) {
        DashboardView view = new DashboardView(dashboard(m), ReceiptFonts::unprintable,
                new SimpleObjectProperty<>(Theme.DARK));
        view.setOnOpenBay(onOpenBay);
        return view;
    }

    private BayPanelViewModel bayPanel(Messages m) {
        return new BayPanelViewModel(m, BERLIN, bay -> Optional.empty(), receipts, () -> Layout.ROLL,
                bay -> Map.of(), AT_ONCE, AT_ONCE);
    }

    /** Enter on the tile of {@code bay}, which opens the bay as a click does. */
    private static void enterOn(Parent dashboard, String bay) {
        dashboard.lookup("#bay-" + bay).fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false,
                false, false, false));
    }

    /** Sign-in as an attendant has it after a wrong PIN: the header says who works here, the dialog says why. */
    private ManagerSignInViewModel signIn(Messages m) {
        ManagerSignInViewModel model = new ManagerSignInViewModel(new ManagerSignInViewModel.Desk() {
            @Override
            public SignIn signIn(String name, char[] pin) {
                return new SignIn(SignIn.Outcome.WRONG_PIN, 2, Duration.ZERO);
            }

            @Override
            public void signOut() {
            }

            @Override
            public Actor current() {
                return new Actor(Role.ATTENDANT, "");
            }
        }, m, AT_ONCE, AT_ONCE);
        model.signIn(MANAGER, "0000".toCharArray());
        return model;
    }

    @Test
    void faultsAnomaliesAndAlertsGiveTheirReasonsInGerman() throws Exception {
        Map<String, String> details = FxThread.call(() -> dashboard(texts).tiles().stream()
                .collect(Collectors.toMap(BayTileModel::bayId, t -> t.detailProperty().get())));
        assertThat(details).containsEntry("A1", "STÖRUNG: Zählernummer hat gewechselt: von 1111 auf 2222 – Zähler "
                + "prüfen, dann quittieren").containsEntry("A2", "Leistung 30,00 kW über der Nennleistung des "
                + "Ladepunkts von 22,00 kW").containsEntry("A3", "keine Antwort");
        List<String> reasons = FxThread.call(() -> alertList(texts).rows().stream().map(AlertsViewModel.AlertRow::reason)
                .toList());
        assertThat(reasons).containsExactly("keine Antwort", "Zählernummer hat gewechselt: von 1111 auf 2222",
                "Standortlast 55,50 kW beträgt 93 % der Netzanschlussgrenze von 60,00 kW", STORED_REASON);
    }

    @Test
    void aSessionsAnomalyIsExplainedInGerman() throws Exception {
        SessionsViewModel model = FxThread.call(this::sessions);
        Parent view = shown(model);
        FxRobot robot = new FxRobot();
        robot.interact(() -> model.selectedProperty().set(model.items().stream()
                .filter(i -> i.session().bayId().equals("A2")).findFirst().orElseThrow()));
        String jump = "Zählerstand sprang um 12,345 kWh in 60 s; ein Ladepunkt mit 11,00 kW liefert höchstens 0,320 kWh";
        // The facts of the selected session stand in a text area, which the walk of the screens leaves out.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxThread.call(() -> view.lookupAll(".text-area").stream()
                .map(n -> ((TextArea) n).getText()).anyMatch(t -> t.contains(jump))));
    }

    @Test
    void anEnglishTextOnAGermanScreenIsFound() throws Exception {
        Patterns german = Patterns.of("messages_de.properties");
        assertThat(german.allowed("Ladevorgänge", Set.of())).isTrue();
        assertThat(german.allowed("3 Ladevorgänge · 1.234,500 kWh", Set.of())).isTrue();
        assertThat(german.allowed("Sessions", Set.of())).isFalse();
        assertThat(german.allowed("3 sessions · 1.234,500 kWh", Set.of())).isFalse();
        assertThat(german.allowed("Ladepunkt A1 · open", Set.of("A1"))).isFalse();
        assertThat(writtenTheEnglishWay("30.00 kW")).isTrue();
        assertThat(writtenTheEnglishWay("seit 2026-11-29 16:48")).isTrue();
        assertThat(writtenTheEnglishWay("30,00 kW · 2.000,5 kWh · 29.11.2026 16:48 · 1.234 kWh")).isFalse();
    }

    @Test
    void aDateTypedTheGermanWayFiltersTheSessions() throws Exception {
        SessionsViewModel model = FxThread.call(this::sessions);
        Parent view = shown(model);
        FxRobot robot = new FxRobot();
        DatePicker from = robot.from(view).lookup("#sessions-from").queryAs(DatePicker.class);
        robot.interact(() -> from.getEditor().setText("01.11.2026"));
        robot.interact(() -> robot.from(view).lookup("#sessions-show").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.fromProperty().get()).isEqualTo("2026-11-01");
        assertThat(model.items()).extracting(i -> i.session().bayId()).containsExactlyInAnyOrder("A2", "A3");

        robot.interact(() -> from.getEditor().setText("32.11.2026"));
        robot.interact(() -> robot.from(view).lookup("#sessions-show").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.messageProperty().get())
                .isEqualTo("Von: „32.11.2026“ ist kein Datum (so schreiben: 01.11.2026); die Liste bleibt unverändert.");
        assertThat(model.fromProperty().get()).as("kept").isEqualTo("2026-11-01");
    }

    @Test
    void theAnomalyFilterAndTheListNameAnomaliesInGerman() throws Exception {
        SessionsViewModel model = FxThread.call(this::sessions);
        Parent view = shown(model);
        Collection<String> seen = FxThread.call(() -> visibleTexts(view));
        assertThat(seen).contains("Energie unplausibel", "Mit oder ohne Anomalien").doesNotContain("energy_implausible");
        assertThat(model.anomalyChoices()).as("the filter keeps the codes").contains("energy_implausible");
    }

    @Test
    void theReceiptLanguageChosenOnTheScreenIsTheReceipts() throws Exception {
        SessionsViewModel model = FxThread.call(this::sessions);
        Parent view = shown(model);
        FxRobot robot = new FxRobot();
        @SuppressWarnings("unchecked")
        ComboBox<Language> language = robot.from(view).lookup("#sessions-language").queryAs(ComboBox.class);
        assertThat(FxThread.call(() -> language.getItems().stream().map(language.getConverter()::toString).toList()))
                .containsExactly("Standard des Standorts", "English", "Deutsch");
        robot.interact(() -> model.selectedProperty().set(model.items().get(0)));
        robot.interact(() -> robot.from(view).lookup("#receipt-button").queryButton().fire());
        robot.interact(() -> language.setValue(Language.ENGLISH));
        robot.interact(() -> robot.from(view).lookup("#receipt-button").queryButton().fire());
        robot.interact(() -> language.setValue(Language.GERMAN));
        robot.interact(() -> robot.from(view).lookup("#receipt-button").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(receipts.asked()).extracting(a -> a.format().language()).as("the site's, then English, then German")
                .containsExactly(Optional.empty(), Optional.of(Locale.UK), Optional.of(Locale.GERMANY));
    }

    /** The sessions screen of {@code model}, on a stage. */
    private Parent shown(SessionsViewModel model) throws Exception {
        return FxThread.call(() -> {
            Parent node = new SessionsView(model, pdf -> { }, texts).node();
            show(node);
            return node;
        });
    }

    private SessionsViewModel sessions() {
        return sessions(receipts);
    }

    private SessionsViewModel sessions(ReceiptActions receiptActions) {
        SessionsViewModel model = new SessionsViewModel(filter -> {
            asked.add(filter);
            return stored.stream().filter(s -> filter.from().map(f -> !s.start().isBefore(f)).orElse(true)).toList();
        }, item -> new SessionDetail(item, List.of(), List.of()),
                new SessionPricer(() -> new TariffBook(demo.tariffs()), Map.of(), BERLIN, SessionTraces.NONE),
                (listed, now) -> List.of(), receiptActions, List.of("A1", "A2", "A3"), BERLIN, CLOCK, AT_ONCE, AT_ONCE, GERMAN);
        model.fromProperty().set(null);
        model.refresh();
        return model;
    }

    private TariffsViewModel.TariffStore tariffs() {
        return new TariffsViewModel.TariffStore() {
            @Override
            public List<Tariff> versions() {
                return demo.tariffs();
            }

            @Override
            public List<TariffAuditEntry> audit() {
                Tariff t = demo.tariffs().get(0);
                return List.of(new TariffAuditEntry(NOW, "console", TariffAuditEntry.ADDED, t.id(), t.effectiveFrom(),
                        "", "energy: 0.49"));
            }

            @Override
            public Optional<Instant> lastReceiptIssued(String tariffId) {
                return Optional.empty();
            }

            @Override
            public void add(Tariff version) {
            }

            @Override
            public void withdraw(Tariff version) {
            }
        };
    }

    private static Session session(String bay, Instant start, List<Anomaly> anomalies) {
        Instant end = start.plus(Duration.ofMinutes(50));
        return new Session(UUID.randomUUID(), bay, "777", start, Optional.of(end), Energy.ofWattHours(1_000_000),
                Energy.ofWattHours(1_009_250), Power.ofWatts(11_000), Duration.ofMinutes(50), end, false,
                Customer.NONE, Optional.of(EndReason.TIMEOUT), List.of(), anomalies);
    }

    private static void show(Parent node) {
        Stage stage = new Stage();
        stage.setScene(new Scene(node, 1200, 760));
        stage.show();
        node.applyCss();
        node.layout();
    }

    /** A window left open would be found by the console tests that run after these in the same JVM. */
    @AfterEach
    void closeTheWindows() throws Exception {
        FxThread.call(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide);
            return null;
        });
    }

    /** The texts a person can read: of every node, tile, tab, column, tooltip and prompt under {@code root}. */
    private static Collection<String> visibleTexts(Node root) {
        Set<String> texts = new LinkedHashSet<>();
        collect(root, texts);
        texts.removeIf(t -> t == null || t.isBlank());
        return texts;
    }

    private static void collect(Node node, Set<String> texts) {
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText().strip());
        }
        if (node instanceof TextInputControl t) {
            texts.add(Optional.ofNullable(t.getPromptText()).orElse(""));
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            texts.add(c.getTooltip().getText());
        }
        if (node instanceof DatePicker d) {
            texts.add(Optional.ofNullable(d.getPromptText()).orElse(""));
        }
        if (node instanceof Tile t) {
            // A tile draws its title, text and unit as plain shapes, not as labels.
            texts.addAll(Arrays.asList(t.getTitle(), t.getText(), t.getUnit(), t.getDescription()));
        }
        if (node instanceof Axis<?> a) {
            texts.add(Optional.ofNullable(a.getLabel()).orElse(""));
        }
        if (node instanceof TableView<?> t) {
            collectColumns(t.getColumns(), texts);
            if (t.getPlaceholder() != null) {
                collect(t.getPlaceholder(), texts);
            }
        }
        if (node instanceof TabPane p) {
            for (Tab tab : p.getTabs()) {
                texts.add(tab.getText());
                if (tab.getContent() != null) {
                    collect(tab.getContent(), texts);
                }
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            collect(s.getContent(), texts);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static void collectColumns(List<? extends TableColumnBase<?, ?>> columns, Set<String> texts) {
        for (TableColumnBase<?, ?> c : columns) {
            texts.add(c.getText());
            collectColumns(c.getColumns(), texts);
        }
    }

    /** The texts of one bundle as patterns whose {0}s stand for other allowed texts. */
    private record Patterns(List<Pattern> patterns) {

        private static final Pattern UNITS = Pattern.compile("\\b(kWh|kW|ms|EUR|hex)\\b");

        static Patterns of(String file) throws IOException {
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(GermanScreensTest.class.getResourceAsStream(
                    "/io/chargedesk/text/" + file), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            List<Pattern> patterns = new ArrayList<>();
            for (String value : p.stringPropertyNames().stream().map(p::getProperty).toList()) {
                add(value, patterns);
            }
            return new Patterns(patterns);
        }

        /** {@code value}, and each text of its choices ("1#1 Ladevorgang|1<{0} Ladevorgänge") as one of its own. */
        private static void add(String value, List<Pattern> patterns) {
            patterns.add(Pattern.compile(regex(value), Pattern.DOTALL));
            Matcher choice = Pattern.compile("\\{\\d+,choice,((?:[^{}]|\\{[^{}]*})*)}").matcher(value);
            while (choice.find()) {
                for (String option : choice.group(1).split("\\|")) {
                    add(option.replaceFirst("^[^#<]*[#<]", ""), patterns);
                }
            }
        }

        /** {@code value} with each top-level {…} argument as a group, its literal text quoted, '' as '. */
        private static String regex(String value) {
            StringBuilder regex = new StringBuilder("^");
            StringBuilder literal = new StringBuilder();
            int depth = 0;
            for (char c : value.toCharArray()) {
                if (c == '{' && depth++ == 0) {
                    regex.append(Pattern.quote(literal.toString().replace("''", "'"))).append("(.*?)");
                    literal.setLength(0);
                } else if (c == '}' && depth > 0) {
                    depth--;
                } else if (depth == 0) {
                    literal.append(c);
                }
            }
            return regex.append(Pattern.quote(literal.toString().replace("''", "'"))).append("$").toString();
        }

        /** {@link #allowed} as a whole, or line by line: a list of problems shows one text a line. */
        boolean allowedByLine(String text, Set<String> data) {
            return allowed(text, data)
                    || Arrays.stream(text.split("\n")).allMatch(line -> line.isBlank() || allowed(line, data));
        }

        boolean allowed(String text, Set<String> data) {
            String t = text.strip();
            if (isData(t, data)) {
                return true;
            }
            for (Pattern p : patterns) {
                Matcher m = p.matcher(t);
                if (m.matches() && !(m.groupCount() == 1 && m.group(1).equals(t))) {
                    boolean all = true;
                    for (int g = 1; g <= m.groupCount() && all; g++) {
                        all = m.group(g).isBlank() || allowed(m.group(g), data);
                    }
                    if (all) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean isData(String text, Set<String> data) {
            String rest = UNITS.matcher(text).replaceAll(" ");
            // Longest first: "Bay A1" is a bay's name, not the id A1 beside an English word.
            for (String d : data.stream().sorted(Comparator.comparing(String::length).reversed()).toList()) {
                if (!d.isBlank()) {
                    rest = rest.replace(d, " ");
                }
            }
            return !rest.codePoints().anyMatch(Character::isLetter);
        }
    }

    private static final class FixedLanguage implements SettingsViewModel.LanguageStore {
        @Override
        public Language saved() {
            return Language.GERMAN;
        }

        @Override
        public void save(Language language) {
        }
    }

}
