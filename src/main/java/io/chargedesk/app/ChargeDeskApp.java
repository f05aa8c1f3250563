package io.chargedesk.app;

import io.chargedesk.access.AccessDenied;
import io.chargedesk.access.Permission;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.meter.BayStats;
import io.chargedesk.meter.modbus.ScanHit;
import io.chargedesk.meter.modbus.SerialPorts;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.receipt.ReceiptPrinter;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.store.Database;
import io.chargedesk.text.CodeNames;
import io.chargedesk.text.Messages;
import io.chargedesk.store.HistoryRollups;
import io.chargedesk.store.LeaseHeldException;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.SiteAnomalyRepository;
import io.chargedesk.ui.access.ManagerBar;
import io.chargedesk.ui.access.ManagerSignInViewModel;
import io.chargedesk.ui.alerts.AlertNotifier;
import io.chargedesk.ui.alerts.AlertsView;
import io.chargedesk.ui.alerts.AlertsViewModel;
import io.chargedesk.ui.audit.AuditView;
import io.chargedesk.ui.audit.AuditViewModel;
import io.chargedesk.ui.dashboard.BayPanel;
import io.chargedesk.ui.dashboard.BayPanelViewModel;
import io.chargedesk.ui.dashboard.DashboardView;
import io.chargedesk.ui.dashboard.DashboardViewModel;
import io.chargedesk.ui.diagnostics.DiagnosticsView;
import io.chargedesk.ui.diagnostics.DiagnosticsViewModel;
import io.chargedesk.ui.history.BackgroundHistory;
import io.chargedesk.ui.history.HistoryView;
import io.chargedesk.ui.history.HistoryViewModel;
import io.chargedesk.site.ExportSchedule;
import io.chargedesk.ui.paperwork.PaperworkView;
import io.chargedesk.ui.settings.ExportScheduleView;
import io.chargedesk.ui.settings.ExportScheduleViewModel;
import io.chargedesk.ui.paperwork.PaperworkViewModel;
import io.chargedesk.ui.sessions.ReceiptActions;
import io.chargedesk.ui.sessions.SessionDetail;
import io.chargedesk.ui.customers.CustomersView;
import io.chargedesk.ui.customers.CustomersViewModel;
import io.chargedesk.ui.customers.FleetsViewModel;
import io.chargedesk.ui.sessions.SessionsView;
import io.chargedesk.ui.sessions.SessionsViewModel;
import io.chargedesk.ui.settings.SettingsView;
import io.chargedesk.ui.settings.SettingsViewModel;
import io.chargedesk.ui.shell.MainWindow;
import io.chargedesk.ui.shell.ThemeChoice;
import io.chargedesk.ui.shell.Themes;
import io.chargedesk.ui.tariffs.TariffsView;
import io.chargedesk.ui.tariffs.TariffsViewModel;
import io.chargedesk.usecase.AuditLog;
import io.chargedesk.usecase.DisputeEvidence;
import io.chargedesk.usecase.ManagerAccess;
import io.chargedesk.usecase.SettingsChanges;
import io.chargedesk.usecase.StoredTariffs;
import io.chargedesk.usecase.port.AuditRecords;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console window: the site's collector running underneath, its screens on top. When another program
 * already collects into the database (a headless service, or a console on another PC), this console can watch
 * it instead: the same screens, read from the database.
 */
public final class ChargeDeskApp extends Application {

    private static final String RECEIPT_LAYOUT = "receiptLayout";
    /** The alert list reloads every fourth refresh, every 2 s: a new alert shows within seconds, at a query's cost. */
    private static final int ALERT_RELOAD_TICKS = 4;
    /** Long enough after start for the dashboard to be live first (about 5 s on the demo). */
    private static final long HISTORY_PREFETCH_S = 10;
    private static final String THEME = "theme";

    private static final Logger LOG = LoggerFactory.getLogger(ChargeDeskApp.class);
    private static volatile Options launchOptions;

    private ConsoleSite site;
    private Locale locale = Locale.getDefault();
    private Messages texts = Messages.of(locale);
    /**
     * Refreshes the screens twice a second. Not a {@code Timeline}: while an animation runs, JavaFX pulses 60 times a
     * second whether anything changed or not (docs/bench-console.md); a refresh asks for a pulse only when it changed
     * something.
     */
    private ScheduledExecutorService refresher;
    private ExecutorService background;
    private Themes themes;
    /** The audit trail, signed by whoever works at this console; set when the screens are built. */
    private AuditLog audit;
    private ManagerGate gate;

    /**
     * How to start. Without a launch from the command line, system properties give them:
     * {@code chargedesk.site}, {@code chargedesk.db}, {@code chargedesk.speed}, {@code chargedesk.seed},
     * {@code chargedesk.sampleHistory} (the demo's sample history, on by default), {@code chargedesk.watch}.
     *
     * @param watch only watch the collector that writes into {@code db}, without trying to collect here
     */
    public record Options(Optional<Path> site, String db, double speed, long seed, boolean sampleHistory,
                          boolean watch) {

        static Options fromSystemProperties() {
            return new Options(Optional.ofNullable(System.getProperty("chargedesk.site")).map(Path::of),
                    System.getProperty("chargedesk.db", AppPaths.defaultDatabase().toString()),
                    Double.parseDouble(System.getProperty("chargedesk.speed", "1")),
                    Long.parseLong(System.getProperty("chargedesk.seed", "42")),
                    Boolean.parseBoolean(System.getProperty("chargedesk.sampleHistory", "true")),
                    Boolean.getBoolean("chargedesk.watch"));
        }
    }

    public static void launchWith(Options options) {
        launchOptions = options;
        RenderingSetup.await(RenderingSetup.inBackground());
        launch(ChargeDeskApp.class);
    }

    /** What start-up opens off the FX thread: the site, and the tariffs its screens price with. */
    private record Opened(ConsoleSite site, StoredTariffs tariffs, SessionPricer pricer) {}

    @Override
    public void start(Stage stage) {
        locale = new UserLanguage().apply();
        texts = Messages.of(locale);
        Options options = launchOptions != null ? launchOptions : Options.fromSystemProperties();
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-background");
            t.setDaemon(true);
            return t;
        });
        themes = themes(background);
        setIcons(stage);
        stage.setTitle(texts.get("app.name"));
        stage.setScene(startingScene(texts, themes));
        FrameMarker.logFirstPulse(stage.getScene(), "progress");
        stage.show();
        // Opening the database, taking the lease and loading sample history take seconds: the window shows at once,
        // and the FX thread only draws while they run.
        CompletableFuture.supplyAsync(() -> opened(options, texts), background).whenComplete((opened, error) ->
                Platform.runLater(() -> started(stage, options, opened, error)));
    }

    private static Optional<Opened> opened(Options options, Messages texts) {
        try {
            Optional<ConsoleSite> site = open(options, texts);
            if (site.isEmpty()) {
                return Optional.empty();
            }
            try {
                StoredTariffs tariffs = UseCases.tariffs(site.get().database(), site.get().clock());
                return Optional.of(new Opened(site.get(), tariffs, tariffs.pricer()));
            } catch (StoreException e) {
                site.get().close();
                throw e;
            }
        } catch (StoreException | SiteFileException e) {
            throw new CompletionException(e);
        }
    }

    private void started(Stage stage, Options options, Optional<Opened> opened, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause != null) {
            whyItCannotStart(cause, texts).showAndWait();
            Platform.exit();
        } else if (opened.isEmpty()) {
            Platform.exit();
        } else {
            site = opened.get().site();
            showScreens(stage, opened.get().tariffs(), opened.get().pricer(), options.db());
            // The customer dialog and Settings check typed names against the receipt fonts: read them off this thread,
            // once the screens are up (parsing 9 MB of fonts took a CPU second from the first frame on two cores).
            background.execute(ReceiptFonts::load);
        }
    }

    /** What start-up failed on, logged and put as the user reads it. */
    private static Alert whyItCannotStart(Throwable cause, Messages texts) {
        if (cause instanceof StoreException e) {
            LOG.error("Cannot start: {}", e.getMessage(), e);
            return problem(texts, texts.get("app.start.database"), e.getMessage());
        }
        if (cause instanceof SiteFileException e) {
            LOG.error("The collector's saved settings are rejected:\n{}", e.getMessage());
            return problem(texts, texts.get("app.start.savedSettings"), texts.get("app.start.savedSettings.details",
                    String.join("\n", problemsNamed(e, texts))));
        }
        LOG.error("Cannot start", cause);
        return problem(texts, texts.get("app.start.failed"), texts.get("app.start.failed.details",
                String.valueOf(cause.getMessage())));
    }

    /** What the window shows while the site opens. */
    private static Scene startingScene(Messages texts, Themes themes) {
        ProgressIndicator progress = new ProgressIndicator();
        Label what = new Label(texts.get("app.start.opening"));
        VBox pane = new VBox(16, progress, what);
        pane.setAlignment(Pos.CENTER);
        pane.getStyleClass().add("starting");
        Scene scene = new Scene(pane, 520, 240);
        themes.style(scene);
        return scene;
    }

    /**
     * The theme of every window, as the user chose it last (kept per user and PC, like the receipt paper), the
     * desktop's own preference read on {@code background}.
     */
    private static Themes themes(Executor background) {
        Preferences prefs = Preferences.userNodeForPackage(ChargeDeskApp.class);
        String saved = prefs.get(THEME, ThemeChoice.SYSTEM.name());
        Themes themes = new Themes(Arrays.stream(ThemeChoice.values()).filter(c -> c.name().equals(saved))
                .findFirst().orElse(ThemeChoice.SYSTEM));
        themes.choiceProperty().addListener((o, was, now) -> prefs.put(THEME, now.name()));
        CompletableFuture.supplyAsync(SystemTheme::preferred, background).thenAccept(preferred ->
                preferred.ifPresent(t -> Platform.runLater(() -> themes.systemPrefers(t))));
        return themes;
    }

    /** F11 switches full screen for a wall screen; Ctrl+Shift+T switches between light and dark. */
    private void keys(Stage stage, Scene scene, Messages text) {
        stage.setFullScreenExitHint(text.get("window.fullScreenHint"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), themes::toggle);
    }

    /** The automatic exports' schedule, kept in the database the collector (this console or a headless one) reads. */
    private ExportScheduleView exportSchedule() {
        ExportScheduleViewModel model = new ExportScheduleViewModel(new ExportScheduleViewModel.Store() {
            @Override
            public Optional<ExportSchedule> load() throws Exception {
                return UseCases.scheduledExports(site.database(), site.clock()).schedule();
            }

            @Override
            public void save(boolean enabled, int dayOfMonth, LocalTime at, String folder,
                             ExportSchedule.Format format) throws Exception {
                UseCases.scheduledExports(site.database(), site.clock()).save(enabled, dayOfMonth, at, folder, format);
            }
        }, background, Platform::runLater, texts);
        model.load();
        return new ExportScheduleView(model, texts);
    }

    /** Shift reports and what-if pricing; Ctrl+Shift+S closes the shift from any screen. */
    private void paperwork(MainWindow window) {
        SiteConfig config = site.config();
        PaperworkDesk desk = new PaperworkDesk(site.database(), site.clock(), config.site().name(),
                config.site().zone(), texts, AppPaths.dataFolder().resolve("reports"));
        PaperworkViewModel model = new PaperworkViewModel(desk, desk, config.site().zone(),
                LocalDate.ofInstant(site.clock().instant(), config.site().zone()), background, Platform::runLater,
                locale);
        AtomicReference<PaperworkView> view = new AtomicReference<>();
        window.addScreen("paperwork", () -> {
            model.refresh();
            view.set(new PaperworkView(model, this::openDocument, texts));
            return view.get().node();
        });
        KeyCodeCombination closeShift = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        window.node().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (closeShift.match(e)) {
                e.consume();
                // Selecting the screen builds it, the first time.
                window.select("paperwork");
                view.get().closeShift();
            }
        });
    }

    private static void setIcons(Stage stage) {
        for (int size : new int[] {16, 32, 64, 256}) {
            stage.getIcons().add(new Image(ChargeDeskApp.class.getResource("/icons/chargedesk-" + size + ".png")
                    .toExternalForm()));
        }
    }

    /**
     * Asks on the FX thread and waits for the answer: start-up runs off that thread, and its questions (watch
     * instead? run the demo?) are dialogs.
     */
    static <T> T askOnFxThread(Supplier<T> question) {
        if (Platform.isFxApplicationThread()) {
            return question.get();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }

    /**
     * Starts the site's collector here; if another program already collects into the database, watches it
     * instead when the user chooses so (or at once with {@code --watch}). Empty when the user chose to quit.
     */
    private static Optional<ConsoleSite> open(Options options, Messages texts) throws StoreException, SiteFileException {
        if (options.watch()) {
            return Optional.of(watch(options, texts));
        }
        try {
            return collect(options, texts);
        } catch (LeaseHeldException e) {
            LOG.warn("Cannot collect: {}", e.getMessage());
            if (!chooseToWatch(e, texts)) {
                return Optional.empty();
            }
            options.site().ifPresent(file -> LOG.info("Watching the collector's own site, not {}", file));
            return Optional.of(watch(options, texts));
        }
    }

    private static Optional<ConsoleSite> collect(Options options, Messages texts) throws StoreException, SiteFileException {
        // The console's place to change settings is its Settings screen, signed in as manager.
        Optional<SiteLaunch.Collecting> launch = SiteLaunch.collect(options.site(), options.db(), "the console",
                e -> runDemoInstead(e, texts), access -> {
                    throw new AccessDenied(Permission.CHANGE_SETTINGS, texts.get("launch.siteFileNeedsManager"));
                });
        if (launch.isEmpty()) {
            return Optional.empty();
        }
        SiteLaunch.Collecting site = launch.get();
        try {
            SiteRuntime runtime = SiteRuntime.start(site.site().config(), site.database(), site.lease(),
                    options.speed(), options.seed(), options.sampleHistory());
            return Optional.of(ConsoleSite.collecting(runtime,
                    site.site().origin().text(texts, runtime.config().site().zone()), texts));
        } catch (StoreException e) {
            site.lease().release();
            throw e;
        }
    }

    /** Another program collects: show what it records, with the settings it saved in the site's database. */
    private static ConsoleSite watch(Options options, Messages texts) throws StoreException, SiteFileException {
        SiteLaunch.Watched watched = SiteLaunch.watch(options.db());
        SiteConfig config = watched.config();
        Database db = watched.database();
        // The collector elsewhere keeps the site's time; here it is this PC's clock, for the screens and the watch.
        Clock clock = Clock.systemUTC();
        DatabaseWatch watch = new DatabaseWatch(config, db, clock);
        watch.start();
        LOG.info("Watching site {} in {}, collected by {}", config.site().name(), db.url(),
                watch.collector().map(h -> h.description() + " on " + h.host()).orElse("no collector right now"));
        Optional<WatchedSampleLoad> sample = SampleHistory.watch(db);
        sample.ifPresent(load -> watch.afterEachRead(load::read));
        return ConsoleSite.watching(watch, config, db, clock, texts, sample.map(BackgroundHistory.class::cast));
    }

    private static boolean chooseToWatch(LeaseHeldException e, Messages texts) {
        return askOnFxThread(() -> {
            Alert alert = problem(texts, texts.get("app.watch.header"), texts.get("app.watch.details",
                    e.getMessage()));
            ButtonType watch = new ButtonType(texts.get("app.watch.watch"));
            alert.getButtonTypes().setAll(watch, new ButtonType(texts.get("app.watch.quit"),
                    ButtonBar.ButtonData.CANCEL_CLOSE));
            return alert.showAndWait().filter(watch::equals).isPresent();
        });
    }

    /** @param siteLocation the site's database, where settings edited here are saved */
    private void showScreens(Stage stage, StoredTariffs tariffs, SessionPricer pricer, String siteLocation) {
        SiteConfig config = site.config();
        MainWindow window = new MainWindow(config.site().name(), site.origin(), site.clock(), config.site().zone(),
                texts);
        ManagerSignInViewModel signIn = managerSignIn(window, stage);
        SessionRepository sessions = new SessionRepository(site.database());
        CustomerRegister register = new CustomerRegister(UseCases.customers(site.database(), site.clock(), audit),
                UseCases.statements(site.database(), site.clock()), AppPaths.dataFolder().resolve("statements"), gate);
        DashboardViewModel dashboard = new DashboardViewModel(config, pricer,
                new AuditedBayActions(site.actions(), audit, background),
                from -> sessions.list(SessionFilter.between(from, null)), register, texts, background,
                Platform::runLater);
        DashboardView dashboardView = new DashboardView(dashboard, ReceiptFonts::unprintable, themes.themeProperty());
        window.addScreen("dashboard", dashboardView.node());
        SessionsViewModel sessionsModel = new SessionsViewModel(sessions::list,
                disputeView(), pricer, UseCases.sessionReport(site.database(), pricer, config.site().zone())::rows,
                receipts(),
                config.bays().stream().map(BayConfig::id).toList(), config.site().zone(), site.clock(),
                background, Platform::runLater, locale);
        rememberReceiptLayout(sessionsModel);
        BayPanelViewModel bayPanel = bayPanel(sessions, sessionsModel, dashboardView, stage);
        // Every screen but the dashboard is built, and first loaded, when its tab is first opened: the models the
        // dashboard, the bay panel, the alerts' tab title and the refresh need are made now, their views and loads not.
        Tab sessionsTab = window.addScreen("sessions", () -> {
            sessionsModel.refresh();
            return new SessionsView(sessionsModel, this::openDocument, texts).node();
        });
        // The sessions list reloads when sessions change, once it has been opened.
        Runnable reloadSessions = () -> {
            if (sessionsTab.getContent() != null) {
                sessionsModel.refresh();
            }
        };
        HistoryViewModel historyModel = historyModel(config);
        // Read again each time the tab is opened: what the collector recorded since start-up shows at once.
        window.addScreen("history", () -> {
            site.sampleHistory().ifPresent(historyModel::follow);
            return new HistoryView(historyModel).node();
        }).setOnSelectionChanged(e -> {
            if (((Tab) e.getSource()).isSelected()) {
                historyModel.refresh();
            }
        });
        window.addScreen("tariffs", () -> tariffsScreen(tariffs, reloadSessions));
        DiagnosticsViewModel diagnostics = new DiagnosticsViewModel(site.diagnostics(), site.withoutBuses(),
                config.buses().stream().map(BusConfig::id).toList(), site.busScan(), config.site().zone(),
                background, Platform::runLater, locale);
        Tab diagnosticsTab = window.addScreen("diagnostics", () -> new DiagnosticsView(diagnostics, texts).node());
        window.addScreen("settings", () -> settingsScreen(siteLocation));
        AlertsViewModel alerts = alertList(window, stage, config.site().zone());
        auditScreen(window, config.site().zone());
        paperwork(window);
        // Last, so the shortcuts of the screens before it stay as they were: Ctrl+0.
        window.addScreen("customers", () -> customersScreen(register));
        // -Dchargedesk.screen=history opens on that screen (for screenshots and demos).
        Optional.ofNullable(System.getProperty("chargedesk.screen")).ifPresent(window::select);

        long[] seenChanges = {-1};
        int[] ticks = {0};
        Runnable refresh = () -> {
            if (ticks[0]++ % ALERT_RELOAD_TICKS == 0) {
                alerts.refresh();
            }
            SiteSnapshot snapshot = site.snapshots().snapshot();
            dashboard.update(snapshot);
            bayPanel.update(snapshot);
            // Every meter's rows and register dump, twice a second, cost a 50-bay console more CPU than its collector:
            // only while the screen is in view.
            if (OnScreen.shows(diagnosticsTab.getContent())) {
                diagnostics.refresh();
            }
            window.tick();
            signIn.refresh();
            if (snapshot.sessionsChanged() != seenChanges[0]) {
                seenChanges[0] = snapshot.sessionsChanged();
                reloadSessions.run();
            }
        };
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ui-refresh");
            t.setDaemon(true);
            return t;
        });
        // At most one refresh waits for the FX thread: a busy FX thread gets fewer refreshes, not a queue of them.
        AtomicBoolean waiting = new AtomicBoolean();
        refresher.scheduleWithFixedDelay(() -> {
            if (waiting.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    waiting.set(false);
                    // A refresh queued before the window closed finds the executors it needs shut down: none then.
                    if (!refresher.isShutdown()) {
                        refresh.run();
                    }
                });
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
        // The History screen's range is read once in the background after start, so its first open shows it at once:
        // the first read of years of history from a database file just opened takes seconds, later ones milliseconds.
        refresher.schedule(() -> Platform.runLater(() -> {
            if (!refresher.isShutdown()) {
                historyModel.refresh();
            }
        }), HISTORY_PREFETCH_S, TimeUnit.SECONDS);
        site.recordingStopped().thenAccept(reason -> Platform.runLater(() ->
                problem(texts, texts.get("app.stoppedRecording"), reason).show()));
        dashboard.update(site.snapshots().snapshot());

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A control-room console: the whole screen, so every bay shows; F11 takes the window decorations away too.
        Scene scene = new Scene(window.node(), screen.getWidth(), screen.getHeight());
        themes.style(scene);
        keys(stage, scene, texts);
        stage.setTitle(config.demo() ? texts.get("app.title.demo", config.site().name(),
                SiteLaunch.location(site.database())) : texts.get("app.title", config.site().name()));
        stage.setScene(scene);
        FrameMarker.logFirstPulse(scene, "dashboard");
        // Below this the site's load and the tiles no longer fit beside each other legibly.
        stage.setMinWidth(800);
        stage.setMinHeight(600);
        stage.sizeToScene();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
    }

    /** @param reloadSessions reloads the sessions list after a tariff change, from the FX thread */
    private Parent tariffsScreen(StoredTariffs tariffs, Runnable reloadSessions) {
        SiteConfig config = site.config();
        // A change is stored on the background executor; the sessions list reloads from the FX thread.
        TariffScreenStore tariffStore = new TariffScreenStore(UseCases.tariffEditing(site.database(), tariffs,
                config.site(), site.clock(), () -> Platform.runLater(reloadSessions), audit), gate);
        // The draft is priced, never stored: what-if pricing over the site's database as the paperwork screen's is.
        TariffsViewModel.DraftPricing draftPricing = (draft, from, to) ->
                UseCases.whatIf(site.database(), site.clock()).underDraft(draft, from, to);
        return new TariffsView(new TariffsViewModel(tariffStore, draftPricing,
                config.site().currency(), config.site().zone(), site.clock(), ReceiptFonts::unprintable, background,
                Platform::runLater, locale), texts).node();
    }

    /** @param siteLocation the site's database, where settings edited here are saved */
    private Parent settingsScreen(String siteLocation) {
        SiteConfig config = site.config();
        // Into the site's database, which the next start reads, also while the demo runs in its own.
        SettingsChanges settingsChanges = UseCases.settings((yaml, source) -> SiteLaunch.saveSettings(siteLocation,
                yaml, source, site.clock().instant()), audit);
        SettingsView settingsView = new SettingsView(new SettingsViewModel(config, SiteSource.parser(),
                SerialPorts::available, SiteSource.meterModels().names(),
                (yaml, source) -> gate.asManager(() -> {
                    settingsChanges.save(yaml, source);
                    return null;
                }),
                new UserLanguage(), locale, background, Platform::runLater), texts, themes.choiceProperty());
        settingsView.addSection(texts.get("exports.title"), exportSchedule().node());
        return settingsView.node();
    }

    private Parent customersScreen(CustomerRegister register) {
        SiteConfig config = site.config();
        CustomersViewModel customers = new CustomersViewModel(register, register, site.clock(), config.site().zone(),
                background, Platform::runLater, locale);
        FleetsViewModel fleets = new FleetsViewModel(register, config.bays().stream()
                .map(b -> new FleetsViewModel.Bay(b.id(), b.name())).toList(), customers.fleets(), config.site().zone(),
                background, Platform::runLater, locale);
        customers.refresh();
        return new CustomersView(customers, fleets, texts).node();
    }

    /**
     * A bay's panel, opened from its tile: its last session read from the database, its phases from the meter's own
     * poll where this console polls, the tile menu's actions and the sessions screen's receipt paper.
     */
    private BayPanelViewModel bayPanel(SessionRepository sessions, SessionsViewModel sessionsModel,
                                       DashboardView dashboardView, Stage stage) {
        ZoneId zone = site.config().site().zone();
        BayPanelViewModel panel = new BayPanelViewModel(texts, zone,
                bayId -> lastClosed(sessions, bayId), receipts(), () -> sessionsModel.layoutProperty().get(),
                bayId -> site.diagnostics().get().flatMap(d -> d.bay(bayId)).map(BayStats::lastValues)
                        .orElse(Map.of()),
                background, Platform::runLater);
        dashboardView.setOnOpenBay(commands -> BayPanel.show(panel, commands, site.snapshots().snapshot(), texts, stage,
                this::openDocument));
        return panel;
    }

    /** The bay's newest closed session of the last 30 days: a bay's whole history is not read for one receipt. */
    private Optional<Session> lastClosed(SessionRepository sessions, String bayId) throws StoreException {
        Instant now = site.clock().instant();
        List<Session> closed = sessions.list(new SessionFilter(Optional.of(now.minus(java.time.Duration.ofDays(30))),
                Optional.empty(), Optional.of(bayId), Optional.of(false), Optional.empty(), Optional.empty(), false));
        return closed.isEmpty() ? Optional.empty() : Optional.of(closed.get(closed.size() - 1));
    }

    /**
     * The alert list, read from the database: the collector stores the alerts, here or on the PC that collects
     * (docs/decisions/0013-alerts-raised-by-the-collector.md). Each alert first seen is a notification over the window.
     */
    private AlertsViewModel alertList(MainWindow window, Stage stage, ZoneId zone) {
        AlertsViewModel alerts = new AlertsViewModel(new AlertListStore(UseCases.alerts(site.database(), site.clock(),
                audit)),
                texts, zone, background, Platform::runLater);
        Tab tab = window.addScreen("alerts", () -> new AlertsView(alerts, texts).node());
        tab.textProperty().bind(alerts.titleProperty());
        AlertNotifier notifier = new AlertNotifier(stage, texts, () -> tab.getTabPane().getSelectionModel().select(tab));
        alerts.setOnRaised(notifier::show);
        return alerts;
    }

    /**
     * Who works here: the operating-system user as an attendant, a manager after signing in with the site's PIN
     * (the header's button or Ctrl+M); the header says which. Idle time is wall time, also while a demo runs fast.
     */
    private ManagerSignInViewModel managerSignIn(MainWindow window, Stage stage) {
        ManagerAccess access = UseCases.attendant(site.database(), Clock.systemUTC());
        audit = UseCases.auditLog(site.database(), access, site.clock());
        // Its own thread: the PIN's key derivation is slow on purpose, and the shared pool may be waiting for it.
        ExecutorService pinCheck = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "manager-sign-in");
            t.setDaemon(true);
            return t;
        });
        ManagerSignInViewModel signIn = new ManagerSignInViewModel(ManagerGate.desk(access), texts, pinCheck,
                Platform::runLater);
        gate = new ManagerGate(signIn, texts, stage);
        Runnable ask = () -> {
            if (!signIn.managerProperty().get()) {
                gate.ask("");
            }
        };
        window.addToHeader(new ManagerBar(signIn, ask, texts).node());
        window.node().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN).match(e)) {
                e.consume();
                ask.run();
            }
        });
        return signIn;
    }

    /** The audit trail, read again each time its tab is opened. */
    private void auditScreen(MainWindow window, ZoneId zone) {
        AuditViewModel model = new AuditViewModel((from, to, action) -> audit.list(new AuditRecords.Query(from, to,
                action, AuditLog.LISTED)), texts, zone, background, Platform::runLater);
        window.addScreen("audit", () -> new AuditView(model, texts).node()).setOnSelectionChanged(e -> {
            if (((Tab) e.getSource()).isSelected()) {
                model.refresh();
            }
        });
    }

    private HistoryViewModel historyModel(SiteConfig config) {
        ZoneId zone = config.site().zone();
        SiteAnomalyRepository anomalies = new SiteAnomalyRepository(site.database());
        List<String> bays = config.bays().stream().map(BayConfig::id).toList();
        return new HistoryViewModel(new HistoryRollups(site.database()),
                (from, to) -> anomalies.between(from.atStartOfDay(zone).toInstant(),
                        to.plusDays(1).atStartOfDay(zone).toInstant()),
                new HistoryViewModel.Site(config.site().name(), zone, config.site().currency(),
                        config.site().gridLimit(), bays), locale, site.clock(), background,
                Platform::runLater);
    }

    static String describe(ScanHit hit) {
        return "slave " + hit.slaveId() + ": " + (hit.candidates().isEmpty() ? "a device no known map fits"
                : hit.bestGuess()) + (hit.candidates().size() > 1 ? " (or " + String.join(", ", hit.candidates().subList(1,
                hit.candidates().size())) + ")" : "") + (hit.serial().isEmpty() ? "" : ", serial " + hit.serial())
                + (hit.note().isEmpty() ? "" : " — " + hit.note());
    }

    /**
     * Opens a saved PDF in the desktop's viewer. Some platforms have no document handler at all (headless,
     * kiosk, Monocle): then the file simply stays where the status line says it was saved.
     */
    private void openDocument(Path pdf) {
        try {
            getHostServices().showDocument(pdf.toUri().toString());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("No viewer could open {}: {}", pdf, e.toString());
        }
    }

    /** The receipt paper is a property of the desk's printer, so it is kept per user and PC, not per site. */
    private static void rememberReceiptLayout(SessionsViewModel model) {
        Preferences prefs = Preferences.userNodeForPackage(ChargeDeskApp.class);
        String saved = prefs.get(RECEIPT_LAYOUT, Layout.A4.name());
        model.layoutProperty().set(Arrays.stream(Layout.values()).filter(l -> l.name().equals(saved)).findFirst()
                .orElse(Layout.A4));
        model.layoutProperty().addListener((o, was, now) -> prefs.put(RECEIPT_LAYOUT, now.name()));
    }

    private ReceiptActions receipts() {
        return new ReceiptFiles(UseCases.receipts(site.database(), site.clock(), audit),
                AppPaths.dataFolder().resolve("receipts"), ReceiptPrinter.withUserPreferences(), gate);
    }

    private SessionsViewModel.EvidenceSource disputeView() {
        DisputeEvidence evidence = UseCases.disputeEvidence(site.database(), site.clock());
        return item -> {
            DisputeEvidence.Evidence e = evidence.load(item.session());
            return new SessionDetail(item, e.minutes(), e.readings());
        };
    }

    /** The site file or saved settings have problems: the user chooses between the demo site and quitting. */
    private static boolean runDemoInstead(SiteFileException e, Messages texts) {
        LOG.error("Site file rejected:\n{}", e.getMessage());
        return askOnFxThread(() -> {
            Alert alert = problem(texts, texts.get("app.siteFile.header"), texts.get("app.siteFile.details",
                    String.join("\n", problemsNamed(e, texts))));
            alert.getButtonTypes().setAll(new ButtonType(texts.get("app.siteFile.demo")), ButtonType.CLOSE);
            Optional<ButtonType> choice = alert.showAndWait();
            return choice.isPresent() && choice.get() != ButtonType.CLOSE;
        });
    }

    /** The site file's problems, each with its field's name in the user's language. */
    private static List<String> problemsNamed(SiteFileException e, Messages texts) {
        CodeNames names = CodeNames.of(texts.locale());
        return e.found().stream().map(p -> names.problem(p.where(), p.path(), p.what())).toList();
    }

    private static Alert problem(Messages texts, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(texts.get("app.name"));
        alert.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        return alert;
    }

    @Override
    public void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
        if (background != null) {
            // A receipt or setting being saved as the window closes is finished before its database closes;
            // interrupting it would abort the write half done.
            background.shutdown();
            try {
                if (!background.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn("Background work still running at exit; the database closes under it");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (site != null) {
            site.close();
        }
    }
}
