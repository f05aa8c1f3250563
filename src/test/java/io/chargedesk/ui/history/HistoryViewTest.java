package io.chargedesk.ui.history;

import static io.chargedesk.ui.history.FakeHistoryFacts.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.ui.shell.Theme;
import io.chargedesk.units.Power;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The History screen in a headless window: every chart draws with data and with an empty range, and its exports
 * are real files (a PNG that decodes, CSV with its columns, a PDF whose text can be extracted).
 */
class HistoryViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), BERLIN);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Every chart card of the screen. */
    private static final List<String> CARDS = List.of("chart-energy", "chart-sessions", "chart-revenue",
            "chart-peak-daily", "chart-peak-monthly", "chart-top-peaks", "chart-load-heatmap",
            "chart-occupancy-heatmap", "chart-bay-share", "chart-bay-energy", "chart-bay-revenue", "chart-duration",
            "chart-session-energy", "chart-arrival", "chart-anomalies");

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage stage;

    @TempDir
    Path dir;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        background.shutdownNow();
        if (stage != null) {
            onFx(() -> {
                stage.hide();
                return null;
            });
        }
    }

    /** At 1280×800, the smallest screen the History screen is made for. */
    private HistoryView show(FakeHistoryFacts facts) throws Exception {
        return show(facts, 1280, 800);
    }

    private HistoryView show(FakeHistoryFacts facts, int width, int height) throws Exception {
        return show(facts, width, height, new String[] {HistoryView.class.getResource("/io/chargedesk/ui/chargedesk.css")
                .toExternalForm()});
    }

    private HistoryView show(FakeHistoryFacts facts, int width, int height, String[] stylesheets) throws Exception {
        HistoryView view = onFx(() -> {
            HistoryViewModel model = new HistoryViewModel(facts, (from, to) -> List.of(),
                    new HistoryViewModel.Site("Depot Nord", BERLIN, Currency.getInstance("EUR"),
                            Power.ofKilowatts(40), List.of("A1", "A2")), Locale.UK, CLOCK, background,
                    Platform::runLater);
            HistoryView v = new HistoryView(model);
            stage = new Stage();
            Scene scene = new Scene(v.node(), width, height);
            scene.getStylesheets().addAll(stylesheets);
            stage.setScene(scene);
            // Within the headless screen: Monocle fails on a window that reaches past its edge.
            stage.setX(0);
            stage.setY(0);
            stage.show();
            model.refresh();
            return v;
        });
        waitFor(() -> onFxQuietly(() -> !((Label) view.node().lookup("#history-summary")).getText().isEmpty()));
        return view;
    }

    @Test
    void everyChartDrawsItsData() throws Exception {
        HistoryView view = show(FakeHistoryFacts.recorded(TODAY.minusDays(200), TODAY, 0.35));

        for (String id : CARDS) {
            assertThat(onFx(() -> {
                Node card = laidOut(view, id);
                Label empty = (Label) card.lookup(".chart-card-empty");
                return !empty.isVisible() && card.getLayoutBounds().getWidth() > 100;
            })).as(id).isTrue();
        }
        assertThat(onFx(() -> series(view, "chart-energy"))).isEqualTo(2);
        assertThat(onFx(() -> series(view, "chart-peak-daily"))).as("peaks and the grid limit").isEqualTo(2);
        assertThat(onFx(() -> series(view, "chart-bay-share"))).as("charging and occupied").isEqualTo(2);
    }

    /** The light theme is for a bright office: a chart's plot area there is light too, not the dark theme's. */
    @Test
    void theLightThemeDrawsThePlotAreaLight() throws Exception {
        HistoryView view = show(FakeHistoryFacts.recorded(TODAY.minusDays(200), TODAY, 0.35), 1280, 800,
                Theme.LIGHT.stylesheets());

        Color plot = onFx(() -> {
            Region background = (Region) laidOut(view, "chart-energy").lookup(".chart-plot-background");
            return (Color) background.getBackground().getFills().get(0).getFill();
        });
        assertThat(plot.getBrightness()).as("plot area %s", plot).isGreaterThan(0.9);
    }

    @Test
    void anEmptyRangeDrawsEveryChartEmptyAndSaysSo() throws Exception {
        HistoryView view = show(FakeHistoryFacts.nothing());

        for (String id : CARDS) {
            assertThat(onFx(() -> ((Label) laidOut(view, id).lookup(".chart-card-empty")).isVisible())).as(id)
                    .isTrue();
        }
    }

    @Test
    void aChartExportsAsPngAndItsDataAsCsv() throws Exception {
        HistoryView view = show(FakeHistoryFacts.recorded(TODAY.minusDays(200), TODAY, 0.35));

        byte[] png = onFx(() -> PngImages.snapshot(laidOut(view, "chart-energy"))).png();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(image.getHeight()).isGreaterThan(100);

        String csv = new String(onFx(() -> view.table("chart-energy")).csv(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst()).contains("period_start,energy,comparison_start,comparison_energy");
        assertThat(csv.lines()).hasSize(31).contains("2026-11-28,20,2026-10-29,20");
        String peaks = new String(onFx(() -> view.table("chart-top-peaks")).csv(), StandardCharsets.UTF_8);
        assertThat(peaks.lines().findFirst()).contains("at_utc,demand_kw,bays");
        assertThat(peaks).contains("2026-11-28T17:00:00Z,30,A1 30 kW");
    }

    @Test
    void theWholeScreenIsAPdfReportWithItsTextExtractable() throws Exception {
        HistoryView view = show(FakeHistoryFacts.recorded(TODAY.minusDays(200), TODAY, 0.35));
        Path pdf = dir.resolve("reports/history.pdf");

        onFx(() -> {
            view.model().saveReport(pdf, view.reportCharts());
            return null;
        });
        waitFor(() -> Files.exists(pdf) && onFxQuietly(() -> view.model().messageProperty().get()
                .startsWith("Saved")));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("History of Depot Nord: 30 Oct 2026 to 28 Nov 2026",
                    "60 sessions", "Bays charged 35% of the time on average", "Highest 15-minute demand per day",
                    "Average load by weekday and hour, kW", "Top peaks", "A1 30 kW");
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
        }
    }

    /**
     * The README's screenshots, made only when asked for ({@code -Dhistory.screenshots=docs/screenshots}): a year of
     * the fake's data on the trend and the weekly pattern tabs, at 1920×1080 with the console's style sheet.
     */
    @Test
    void screenshotsForTheReadme() throws Exception {
        String folder = System.getProperty("history.screenshots");
        org.junit.jupiter.api.Assumptions.assumeTrue(folder != null, "screenshots only when asked for");
        HistoryView view = show(FakeHistoryFacts.recorded(TODAY.minusDays(120), TODAY, 0.35), 1920, 1080);
        for (String id : List.of("chart-energy", "chart-load-heatmap")) {
            byte[] png = onFx(() -> {
                laidOut(view, id);
                return PngImages.snapshot(view.node());
            }).png();
            Files.write(Files.createDirectories(Path.of(folder)).resolve("history-" + id + ".png"), png);
        }
    }

    /** The card, on its tab selected and laid out, as a manager would see it. */
    private static Node laidOut(HistoryView view, String id) {
        TabPane tabs = (TabPane) view.node().lookup(".history-tabs");
        for (Tab tab : tabs.getTabs()) {
            Node card = ((ScrollPane) tab.getContent()).getContent().lookup("#" + id);
            if (card != null) {
                tabs.getSelectionModel().select(tab);
                view.node().applyCss();
                view.node().layout();
                return card;
            }
        }
        throw new AssertionError("no chart " + id);
    }

    @SuppressWarnings("unchecked")
    private static int series(HistoryView view, String id) {
        XYChart<?, ?> chart = (XYChart<?, ?>) laidOut(view, id).lookup(".chart");
        return chart.getData().size();
    }

    private static <T> T onFx(Callable<T> step) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(step.call());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            return done.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error failed) {
                throw failed;
            }
            throw e;
        }
    }

    private static boolean onFxQuietly(Callable<Boolean> check) {
        try {
            return onFx(check);
        } catch (Exception e) {
            return false;
        }
    }

    /** Waits on a condition with a generous deadline (a loaded CI machine is slow), never on a fixed sleep. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within " + PATIENCE);
            }
            Thread.sleep(50);
        }
    }
}
