package io.chargedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import io.chargedesk.app.SiteSource;
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
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionTraces;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.testing.FxThread;
import io.chargedesk.testing.NoBayActions;
import io.chargedesk.testing.RecordedCustomerLinks;
import io.chargedesk.testing.TestSites;
import io.chargedesk.text.Messages;
import io.chargedesk.text.Reason;
import io.chargedesk.ui.shell.MainWindow;
import io.chargedesk.ui.shell.Theme;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard as an attendant sees it, headless: every bay state on its tile, and 50 bays on one full-HD screen. */
class DashboardViewTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static SiteConfig site(int bays) {
        return TestSites.oneBus("/dev/null", 300, 1000, 0, Collections.nCopies(bays, "sdm630").toArray(String[]::new));
    }

    private DashboardViewModel model(SiteConfig config) {
        SessionPricer pricer = new SessionPricer(() -> new TariffBook(config.tariffs()), Map.of(), config.site().zone(),
                SessionTraces.NONE);
        return new DashboardViewModel(config, pricer, new NoBayActions(), from -> List.of(),
                new RecordedCustomerLinks(), ENGLISH, background, Platform::runLater);
    }

    /** The dashboard in the console's frame, in a window-sized scene, laid out as it would be shown. */
    private static Scene shown(DashboardViewModel model, double width, double height) {
        MainWindow window = new MainWindow("Depot", "site file", Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC,
                ENGLISH);
        window.addScreen("dashboard", new DashboardView(model, ReceiptFonts::unprintable,
                new SimpleObjectProperty<>(Theme.DARK)).node());
        Scene scene = new Scene(window.node(), width, height);
        scene.getStylesheets().setAll(Theme.DARK.stylesheets());
        layout(scene);
        return scene;
    }

    private static void layout(Scene scene) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        root.applyCss();
        root.layout();
    }

    @Test
    void fiftyBaysFitAFullHdScreenWithoutScrolling() throws Exception {
        DashboardViewModel model = FxThread.call(() -> model(site(50)));
        FxThread.call(() -> {
            Scene scene = shown(model, 1920, 1080);
            List<Node> tiles = new ArrayList<>(scene.getRoot().lookupAll(".bay-tile"));
            assertThat(tiles).hasSize(50);
            for (Node tile : tiles) {
                Bounds b = tile.localToScene(tile.getBoundsInLocal());
                assertThat(b.getMaxY()).as("bottom of %s", tile.getId()).isLessThanOrEqualTo(1080);
                assertThat(b.getMaxX()).as("right of %s", tile.getId()).isLessThanOrEqualTo(1920);
                assertThat(b.getWidth()).as("a tile stays readable").isGreaterThanOrEqualTo(BayGrid.MIN_WIDTH);
                assertThat(b.getHeight()).isGreaterThanOrEqualTo(BayGrid.MIN_HEIGHT);
            }
            assertThat(scene.getRoot().lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof ScrollBar s && s.isVisible()).toList())
                    .as("no scroll bar").isEmpty();
            return null;
        });
    }

    /**
     * A tile that changes must repaint alone and cheaply: a cached viewport (ScrollPane's default) is re-rendered whole
     * into its bitmap whenever any tile in it changes, and every background layer under the tiles is painted again.
     */
    @Test
    void theTilesAreNotPaintedThroughOneCachedBitmap() throws Exception {
        DashboardViewModel model = FxThread.call(() -> model(site(50)));
        FxThread.call(() -> {
            Scene scene = shown(model, 1920, 1080);
            Node tile = scene.getRoot().lookup(".bay-tile");
            List<Node> cached = new ArrayList<>();
            for (Node n = tile; n != null; n = n.getParent()) {
                if (n.isCache()) {
                    cached.add(n);
                }
            }
            assertThat(cached).as("cached nodes above a tile").isEmpty();
            List<String> paintedAgain = new ArrayList<>();
            for (Parent p = tile.getParent(); p != scene.getRoot(); p = p.getParent()) {
                if (p instanceof Region r && r.getBackground() != null && !r.getBackground().isEmpty()) {
                    paintedAgain.add(r.getStyleClass().toString());
                }
            }
            assertThat(paintedAgain).as("layers between the window's background and a tile").isEmpty();
            return null;
        });
    }

    /** The site file gives bays an area: the dashboard shows a heading per area, the others under "Other bays". */
    @Test
    void baysAreShownUnderTheirAreasHeadings() throws Exception {
        SiteConfig plain = site(6);
        List<BayConfig> bays = plain.bays().stream().map(b -> new BayConfig(b.id(), b.name(), b.busId(), b.address(),
                b.meterModel(), b.maxPower(), b.rules(), b.tariffId(), b.id().compareTo("A4") < 0
                ? Optional.of("Car park P2") : b.id().equals("A6") ? Optional.<String>empty() : Optional.of("Workshop")))
                .toList();
        SiteConfig config = new SiteConfig(plain.site(), plain.buses(), plain.sessionDefaults(), bays, plain.demo(),
                plain.tariffs(), plain.rawReadingsKept());
        DashboardViewModel model = FxThread.call(() -> model(config));
        FxThread.call(() -> {
            Scene scene = shown(model, 1920, 1080);
            List<Node> headings = new ArrayList<>(scene.getRoot().lookupAll(".bay-group-heading"));
            assertThat(headings).extracting(n -> ((Label) n).getText())
                    .containsExactly("Car park P2", "Workshop", "Other bays");
            double workshop = headings.get(1).localToScene(headings.get(1).getBoundsInLocal()).getMinY();
            assertThat(scene.getRoot().lookup("#bay-A3").localToScene(0, 0).getY()).isLessThan(workshop);
            assertThat(scene.getRoot().lookup("#bay-A4").localToScene(0, 0).getY()).isGreaterThan(workshop);
            return null;
        });
    }

    @Test
    void aFewBaysGetLargerTilesAndASmallWindowStillShowsTheLoadLegibly() throws Exception {
        DashboardViewModel model = FxThread.call(() -> model(site(6)));
        FxThread.call(() -> {
            Scene scene = shown(model, 1920, 1080);
            Node tile = scene.getRoot().lookup("#bay-A1");
            assertThat(tile.getLayoutBounds().getWidth()).as("six bays on a full-HD screen").isGreaterThan(300);
            return null;
        });
        FxThread.call(() -> {
            Scene scene = shown(model, 800, 600);
            Node gauge = scene.getRoot().lookup("#site-load");
            assertThat(gauge.getLayoutBounds().getWidth()).as("no sliver of a gauge").isGreaterThanOrEqualTo(200);
            assertThat(gauge.getLayoutBounds().getHeight()).isGreaterThanOrEqualTo(180);
            assertThat(scene.getRoot().lookup("#site-chart").getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(200);
            return null;
        });
    }

    @Test
    void eachTileShowsWhatItsBayStateMeans() throws Exception {
        SiteConfig config = SiteSource.demo().config();
        DashboardViewModel model = FxThread.call(() -> model(config));
        Scene scene = FxThread.call(() -> shown(model, 1600, 1000));
        List<BayConfig> bays = config.bays();
        Session charging = open("A2", new Customer("Ada Lovelace", "HH-AB 123", ""));
        Session paused = open("A3", new Customer("", "B-XY 9", ""));
        SiteSnapshot snapshot = new SiteSnapshot(NOW, List.of(
                bay(bays.get(0), BayState.IDLE, 0, Optional.empty(), Optional.empty(), Optional.empty()),
                bay(bays.get(1), BayState.CHARGING, 11_000, Optional.of(charging), Optional.empty(), Optional.empty()),
                bay(bays.get(2), BayState.PAUSED, 0, Optional.of(paused), Optional.empty(), Optional.empty()),
                bay(bays.get(3), BayState.OFFLINE, 7_000, Optional.empty(),
                        Optional.of(new PollFailure("A4", NOW, FaultKind.TIMEOUT, "no answer")), Optional.empty()),
                bay(bays.get(4), BayState.IDLE, 0, Optional.empty(), Optional.empty(),
                        Optional.of(new Anomaly(AnomalyCode.METER_CHANGED, NOW,
                                Reason.of(AnomalyReason.METER_CHANGED, "1111", "2222"))))),
                0, Optional.empty());
        Platform.runLater(() -> model.update(snapshot));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxThread.call(() -> texts(scene, "A5", ".fault-badge")
                .equals("FAULT") && scene.getRoot().lookup("#bay-A5 .fault-badge").isVisible()));

        FxThread.call(() -> {
            layout(scene);
            assertThat(texts(scene, "A1", ".bay-state")).isEqualTo("Free");
            assertThat(texts(scene, "A1", ".bay-power")).isEqualTo("0.0 kW");
            assertThat(texts(scene, "A2", ".bay-state")).isEqualTo("Charging");
            Label name = (Label) scene.getRoot().lookup("#bay-A2 .bay-name");
            assertThat(name.getText()).as("the bay's name, in the tile's own font").contains("A2");
            assertThat(name.getFont().getSize()).as("as large as the tile's other text")
                    .isGreaterThanOrEqualTo(((Label) scene.getRoot().lookup("#bay-A2 .bay-energy")).getFont().getSize());
            assertThat(texts(scene, "A2", ".bay-power")).isEqualTo("11.0 kW");
            assertThat(texts(scene, "A2", ".bay-energy")).isEqualTo("10.00 kWh");
            assertThat(texts(scene, "A2", ".bay-elapsed")).isEqualTo("42 min");
            assertThat(texts(scene, "A2", ".bay-cost")).isEqualTo("4.90 EUR so far");
            assertThat(texts(scene, "A2", ".bay-customer")).as("name and plate, not in the problem colour")
                    .isEqualTo("Ada Lovelace · HH-AB 123");
            assertThat(texts(scene, "A2", ".bay-detail")).isEmpty();
            assertThat(texts(scene, "A3", ".bay-state")).isEqualTo("Paused");
            assertThat(texts(scene, "A3", ".bay-customer")).isEqualTo("B-XY 9");
            assertThat(texts(scene, "A4", ".bay-state")).isEqualTo("OFFLINE");
            assertThat(texts(scene, "A4", ".bay-power")).as("an offline meter's last power is not shown").isEqualTo("–");
            assertThat(texts(scene, "A4", ".bay-detail")).contains("no answer");
            assertThat(scene.getRoot().lookup("#bay-A4").getPseudoClassStates().toString()).contains("offline");
            assertThat(texts(scene, "A5", ".bay-detail")).startsWith("FAULT: meter serial changed");
            assertThat(scene.getRoot().lookup("#bay-A2 .fault-badge").isVisible()).isFalse();
            assertThat(((Tile) scene.getRoot().lookup("#site-load")).getValue()).as("the gauge shows the site's total")
                    .isEqualTo(model.siteKwProperty().get());
            return null;
        });
    }

    @Test
    void aLoadPastTheGridLimitShowsAsOneAndTheNeedleStaysOnTheScale() throws Exception {
        FxThread.call(() -> {
            Tile gauge = TileFactory.siteLoadGauge("Site load", "limit 100 kW", 100);
            TileFactory.show(gauge, 110);
            assertThat(gauge.getValue()).as("10 % over the limit is on the scale, in its red band").isEqualTo(110);
            TileFactory.show(gauge, 400);
            assertThat(gauge.getValue()).as("far beyond: held at the end, not dropped to zero").isEqualTo(125);
            TileFactory.show(gauge, -3);
            assertThat(gauge.getValue()).isZero();
            return null;
        });
    }

    @Test
    void theWarningAndAlarmBandsShowBeforeTheLoadReachesThem() throws Exception {
        FxThread.call(() -> {
            Tile gauge = TileFactory.siteLoadGauge("Site load", "limit 100 kW", 100);
            Scene scene = new Scene(new StackPane(gauge), 300, 300);
            layout(scene);
            TileFactory.show(gauge, 10);
            List<Color> bands = scene.getRoot().lookupAll("Arc").stream()
                    .map(Arc.class::cast)
                    .filter(arc -> arc.isVisible() && arc.getOpacity() > 0 && arc.getStroke() instanceof Color)
                    .map(arc -> (Color) arc.getStroke())
                    .toList();
            assertThat(bands).as("an attendant sees where amber and red begin while the load is low")
                    .contains(TileFactory.AMBER, TileFactory.RED);
            return null;
        });
    }

    /** The text of the labels of {@code styleClass} on bay {@code bayId}'s tile. */
    private static String texts(Scene scene, String bayId, String styleClass) {
        return scene.getRoot().lookup("#bay-" + bayId).lookupAll(styleClass).stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat);
    }

    private static Session open(String bayId, Customer customer) {
        return new Session(UUID.randomUUID(), bayId, "", NOW.minus(Duration.ofMinutes(42)), Optional.empty(),
                Energy.ofWattHours(1_000), Energy.ofWattHours(11_000), Power.ofWatts(11_000), Duration.ofMinutes(42),
                NOW, false, customer, Optional.empty(), List.of(), List.of());
    }

    private static BaySnapshot bay(BayConfig bay, BayState state, long watts, Optional<Session> session,
                                   Optional<PollFailure> failure, Optional<Anomaly> fault) {
        return new BaySnapshot(bay, state, Optional.of(new Reading(bay.id(), NOW, Energy.ofWattHours(11_000),
                Power.ofWatts(watts))), session, failure, fault);
    }
}
