package io.chargedesk.app;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.meter.modbus.ScanHit;
import io.chargedesk.meter.modbus.SerialPorts;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.receipt.ReceiptPrinter;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.store.Database;
import io.chargedesk.store.HistoryQueries;
import io.chargedesk.store.LeaseHeldException;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.SiteAnomalyRepository;
import io.chargedesk.ui.dashboard.DashboardView;
import io.chargedesk.ui.dashboard.DashboardViewModel;
import io.chargedesk.ui.diagnostics.DiagnosticsView;
import io.chargedesk.ui.diagnostics.DiagnosticsViewModel;
import io.chargedesk.ui.history.HistoryView;
import io.chargedesk.ui.history.HistoryViewModel;
import io.chargedesk.ui.sessions.ReceiptActions;
import io.chargedesk.ui.sessions.SessionDetail;
import io.chargedesk.ui.sessions.SessionsView;
import io.chargedesk.ui.sessions.SessionsViewModel;
import io.chargedesk.ui.settings.SettingsView;
import io.chargedesk.ui.settings.SettingsViewModel;
import io.chargedesk.ui.shell.MainWindow;
import io.chargedesk.ui.tariffs.TariffsView;
import io.chargedesk.ui.tariffs.TariffsViewModel;
import io.chargedesk.usecase.DisputeEvidence;
import io.chargedesk.usecase.StoredTariffs;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console window: the site's collector running underneath, its screens on top. When another program
 * already collects into the database (a headless service, or a console on another PC), this console can watch
 * it instead: the same screens, read from the database.
 */
public final class ChargeDeskApp extends Application {

    private static final String RECEIPT_LAYOUT = "receiptLayout";

    private static final Logger LOG = LoggerFactory.getLogger(ChargeDeskApp.class);
    private static volatile Options launchOptions;

    private ConsoleSite site;
    private Timeline refresher;
    private ExecutorService background;

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

    public static void main(String[] args) {
        AppPaths.configureLogging();
        AppPaths.protectDataFolder();
        launch(ChargeDeskApp.class, args);
    }

    public static void launchWith(Options options) {
        launchOptions = options;
        launch(ChargeDeskApp.class);
    }

    /** What start-up opens off the FX thread: the site, and the tariffs its screens price with. */
    private record Opened(ConsoleSite site, StoredTariffs tariffs, SessionPricer pricer) {}

    @Override
    public void start(Stage stage) {
        Options options = launchOptions != null ? launchOptions : Options.fromSystemProperties();
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-background");
            t.setDaemon(true);
            return t;
        });
        // The customer dialog and Settings check typed names against the receipt fonts: read them off this thread.
        background.execute(ReceiptFonts::load);
        setIcons(stage);
        stage.setTitle("ChargeDesk");
        stage.setScene(startingScene());
        stage.show();
        // Opening the database, taking the lease and loading sample history take seconds: the window shows at once,
        // and the FX thread only draws while they run.
        CompletableFuture.supplyAsync(() -> opened(options), background).whenComplete((opened, error) ->
                Platform.runLater(() -> started(stage, options, opened, error)));
    }

    private static Optional<Opened> opened(Options options) {
        try {
            Optional<ConsoleSite> site = open(options);
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
            whyItCannotStart(cause).showAndWait();
            Platform.exit();
        } else if (opened.isEmpty()) {
            Platform.exit();
        } else {
            site = opened.get().site();
            showScreens(stage, opened.get().tariffs(), opened.get().pricer(), options.db());
        }
    }

    /** What start-up failed on, logged and put as the user reads it. */
    private static Alert whyItCannotStart(Throwable cause) {
        if (cause instanceof StoreException e) {
            LOG.error("Cannot start: {}", e.getMessage(), e);
            return problem("The database cannot be opened", e.getMessage());
        }
        if (cause instanceof SiteFileException e) {
            LOG.error("The collector's saved settings are rejected:\n{}", e.getMessage());
            return problem("The site settings in the database have problems", String.join("\n", e.problems())
                    + "\n\nFix them on the PC that runs the collector.");
        }
        LOG.error("Cannot start", cause);
        return problem("ChargeDesk cannot start", cause.getMessage()
                + "\n\nThe log in the data folder has the details.");
    }

    /** What the window shows while the site opens. */
    private static Scene startingScene() {
        ProgressIndicator progress = new ProgressIndicator();
        Label what = new Label("Opening the database and starting the site…");
        VBox pane = new VBox(16, progress, what);
        pane.setAlignment(Pos.CENTER);
        pane.getStyleClass().add("starting");
        Scene scene = new Scene(pane, 520, 240);
        scene.getStylesheets().add(ChargeDeskApp.class.getResource("/io/chargedesk/ui/chargedesk.css").toExternalForm());
        return scene;
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
    private static <T> T askOnFxThread(Supplier<T> question) {
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
    private static Optional<ConsoleSite> open(Options options) throws StoreException, SiteFileException {
        if (options.watch()) {
            return Optional.of(watch(options));
        }
        try {
            return collect(options);
        } catch (LeaseHeldException e) {
            LOG.warn("Cannot collect: {}", e.getMessage());
            if (!chooseToWatch(e)) {
                return Optional.empty();
            }
            options.site().ifPresent(file -> LOG.info("Watching the collector's own site, not {}", file));
            return Optional.of(watch(options));
        }
    }

    private static Optional<ConsoleSite> collect(Options options) throws StoreException, SiteFileException {
        Optional<SiteLaunch.Collecting> launch = SiteLaunch.collect(options.site(), options.db(), "the console",
                ChargeDeskApp::runDemoInstead);
        if (launch.isEmpty()) {
            return Optional.empty();
        }
        SiteLaunch.Collecting site = launch.get();
        try {
            SiteRuntime runtime = SiteRuntime.start(site.site().config(), site.database(), site.lease(),
                    options.speed(), options.seed(), options.sampleHistory());
            return Optional.of(ConsoleSite.collecting(runtime, site.site().origin()));
        } catch (StoreException e) {
            site.lease().release();
            throw e;
        }
    }

    /** Another program collects: show what it records, with the settings it saved in the site's database. */
    private static ConsoleSite watch(Options options) throws StoreException, SiteFileException {
        SiteLaunch.Watched watched = SiteLaunch.watch(options.db());
        SiteConfig config = watched.config();
        Database db = watched.database();
        // The collector elsewhere keeps the site's time; here it is this PC's clock, for the screens and the watch.
        Clock clock = Clock.systemUTC();
        DatabaseWatch watch = new DatabaseWatch(config, db, clock);
        watch.start();
        LOG.info("Watching site {} in {}, collected by {}", config.site().name(), db.url(),
                watch.collector().map(h -> h.description() + " on " + h.host()).orElse("no collector right now"));
        return ConsoleSite.watching(watch, config, db, clock);
    }

    private static boolean chooseToWatch(LeaseHeldException e) {
        return askOnFxThread(() -> {
            Alert alert = problem("Another ChargeDesk is collecting into this database", e.getMessage()
                    + "\n\nThis PC can still watch it: the same screens, while sessions are started and stopped on "
                    + "the PC that collects.");
            ButtonType watch = new ButtonType("Watch from this PC");
            alert.getButtonTypes().setAll(watch, new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE));
            return alert.showAndWait().filter(watch::equals).isPresent();
        });
    }

    /** @param siteLocation the site's database, where settings edited here are saved */
    private void showScreens(Stage stage, StoredTariffs tariffs, SessionPricer pricer, String siteLocation) {
        SiteConfig config = site.config();
        MainWindow window = new MainWindow(config.site().name(), site.origin(), site.clock(), config.site().zone());
        DashboardViewModel dashboard = new DashboardViewModel(config, pricer, site.actions(), background,
                Platform::runLater);
        window.addScreen("Dashboard", new DashboardView(dashboard, ReceiptFonts::unprintable).node());
        SessionRepository sessions = new SessionRepository(site.database());
        SessionsViewModel sessionsModel = new SessionsViewModel(sessions::list,
                disputeView(), pricer, receipts(),
                config.bays().stream().map(BayConfig::id).toList(), config.site().zone(), site.clock(),
                background, Platform::runLater);
        rememberReceiptLayout(sessionsModel);
        window.addScreen("Sessions", new SessionsView(sessionsModel,
                this::openDocument).node());
        sessionsModel.refresh();
        HistoryViewModel historyModel = historyModel(config);
        // Read again each time the tab is opened: what the collector recorded since start-up shows at once.
        window.addScreen("History", new HistoryView(historyModel).node()).setOnSelectionChanged(e -> {
            if (((Tab) e.getSource()).isSelected()) {
                historyModel.refresh();
            }
        });
        historyModel.refresh();
        // A change is stored on the background executor; the sessions list reloads from the FX thread.
        TariffScreenStore tariffStore = new TariffScreenStore(UseCases.tariffEditing(site.database(), tariffs,
                config.site(), site.clock(), () -> Platform.runLater(sessionsModel::refresh)));
        window.addScreen("Tariffs", new TariffsView(new TariffsViewModel(tariffStore, config.site().currency(),
                config.site().zone(), site.clock(), ReceiptFonts::unprintable, background, Platform::runLater)).node());
        DiagnosticsViewModel diagnostics = new DiagnosticsViewModel(site.diagnostics(), site.withoutBuses(),
                config.buses().stream().map(BusConfig::id).toList(), site.busScan(), config.site().zone(),
                background, Platform::runLater);
        window.addScreen("Diagnostics", new DiagnosticsView(diagnostics).node());
        // Into the site's database, which the next start reads, also while the demo runs in its own.
        window.addScreen("Settings", new SettingsView(new SettingsViewModel(config, SiteSource.parser(),
                SerialPorts::available, SiteSource.meterModels().names(),
                (yaml, source) -> SiteLaunch.saveSettings(siteLocation, yaml, source, site.clock().instant()),
                background, Platform::runLater)).node());
        // -Dchargedesk.screen=History opens on that screen (for screenshots and demos).
        Optional.ofNullable(System.getProperty("chargedesk.screen")).ifPresent(window::select);

        long[] seenChanges = {-1};
        refresher = new Timeline(new KeyFrame(Duration.millis(500), e -> {
            SiteSnapshot snapshot = site.snapshots().snapshot();
            dashboard.update(snapshot);
            diagnostics.refresh();
            window.tick();
            if (snapshot.sessionsChanged() != seenChanges[0]) {
                seenChanges[0] = snapshot.sessionsChanged();
                sessionsModel.refresh();
            }
        }));
        refresher.setCycleCount(Timeline.INDEFINITE);
        refresher.play();
        site.recordingStopped().thenAccept(reason -> Platform.runLater(() ->
                problem("This console has stopped recording", reason).show()));
        dashboard.update(site.snapshots().snapshot());

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.node(), Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(ChargeDeskApp.class.getResource("/io/chargedesk/ui/chargedesk.css").toExternalForm());
        stage.setTitle("ChargeDesk — " + config.site().name()
                + (config.demo() ? " (" + SiteLaunch.describe(site.database()) + ")" : ""));
        stage.setScene(scene);
        stage.sizeToScene();
        stage.centerOnScreen();
    }

    private HistoryViewModel historyModel(SiteConfig config) {
        ZoneId zone = config.site().zone();
        SiteAnomalyRepository anomalies = new SiteAnomalyRepository(site.database());
        List<String> bays = config.bays().stream().map(BayConfig::id).toList();
        HistoryQueriesFacts facts = new HistoryQueriesFacts(new HistoryQueries(site.database()), anomalies, zone,
                config.site().currency(), bays);
        return new HistoryViewModel(facts,
                (from, to) -> anomalies.between(from.atStartOfDay(zone).toInstant(),
                        to.plusDays(1).atStartOfDay(zone).toInstant()),
                new HistoryViewModel.Site(config.site().name(), zone, config.site().currency(),
                        config.site().gridLimit(), bays), Locale.getDefault(), site.clock(), background,
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
        return new ReceiptFiles(UseCases.receipts(site.database(), site.clock()),
                AppPaths.dataFolder().resolve("receipts"), ReceiptPrinter.withUserPreferences());
    }

    private SessionsViewModel.EvidenceSource disputeView() {
        DisputeEvidence evidence = UseCases.disputeEvidence(site.database(), site.clock());
        return item -> {
            DisputeEvidence.Evidence e = evidence.load(item.session());
            return new SessionDetail(item, e.minutes(), e.readings());
        };
    }

    /** The site file or saved settings have problems: the user chooses between the demo site and quitting. */
    private static boolean runDemoInstead(SiteFileException e) {
        LOG.error("Site file rejected:\n{}", e.getMessage());
        return askOnFxThread(() -> {
            Alert alert = problem("The site file has problems", String.join("\n", e.problems())
                    + "\n\nFix the file and start ChargeDesk again, or run the demo site for now. The demo runs in a "
                    + "database of its own and leaves this site's data alone.");
            alert.getButtonTypes().setAll(new ButtonType("Run the demo site"), ButtonType.CLOSE);
            Optional<ButtonType> choice = alert.showAndWait();
            return choice.isPresent() && choice.get() != ButtonType.CLOSE;
        });
    }

    private static Alert problem(String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("ChargeDesk");
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
            refresher.stop();
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
