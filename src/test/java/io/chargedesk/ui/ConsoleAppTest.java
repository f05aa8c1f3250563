package io.chargedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.ChargeDeskApp;
import io.chargedesk.ui.sessions.SessionItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console on the demo site, headless and sped up: tiles go live and recorded sessions appear. In order: the
 * first checks that only the dashboard is built at start-up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAppTest {

    @TempDir
    static Path home;

    private final FxRobot robot = new FxRobot();

    private static javafx.application.Application app;
    private static long started;

    @BeforeAll
    static void startConsole() throws Exception {
        System.setProperty("chargedesk.home", home.toString());
        System.setProperty("chargedesk.db", home.resolve("db/chargedesk").toString());
        System.setProperty("chargedesk.speed", "3000");
        System.setProperty("chargedesk.sampleHistory", "false");
        FxToolkit.registerPrimaryStage();
        started = System.nanoTime();
        app = FxToolkit.setupApplication(ChargeDeskApp.class);
    }

    @AfterAll
    static void stopConsole() throws Exception {
        FxToolkit.cleanupApplication(app);
        System.clearProperty("chargedesk.speed");
        System.clearProperty("chargedesk.db");
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void showsATilePerBayAndRecordedSessions() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#bay-A6").tryQuery().isPresent());
        assertThat(robot.lookup(".site-origin").queryAs(Label.class).getText()).as("the demo says where it records")
                .isEqualTo("built-in demo site — demo database " + home.resolve("db/chargedesk-demo.mv.db"));
        for (int bay = 1; bay <= 6; bay++) {
            assertThat(robot.lookup("#bay-A" + bay).tryQuery()).as("tile of bay A%d", bay).isPresent();
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".state-badge").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText().equals("Charging")));

        assertThat(consoleTabs().stream().filter(t -> t.getContent() != null).map(Tab::getId).toList())
                .as("only the dashboard is built at start-up").containsExactly("tab-dashboard");
        assertThat(robot.lookup("#sessions-table").tryQuery()).as("the sessions screen before its tab is opened")
                .isEmpty();

        robot.clickOn("#tab-sessions");
        TableView<SessionItem> table = robot.lookup("#sessions-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(i -> !i.session().isOpen()));
        SessionItem closed = table.getItems().stream().filter(i -> !i.session().isOpen()).findFirst().orElseThrow();
        assertThat(closed.session().energy().wattHours()).isPositive();
        assertThat(closed.quote()).as("priced by the site tariff").isPresent();

        Button receipt = robot.lookup("#receipt-button").queryAs(Button.class);
        robot.interact(() -> table.getSelectionModel().select(closed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(receipt.isDisabled()).isFalse();
        robot.interact(receipt::fire);
        Path pdf = home.resolve("receipts/receipt-000001.pdf");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.isRegularFile(pdf));
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).as("a whole PDF, never half of one")
                .startsWith("%PDF-").contains("%%EOF");
    }

    @Test
    @Order(2)
    void theHistoryScreenOpensOnItsRangeReadInTheBackgroundAfterStart() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#bay-A6").tryQuery().isPresent());
        // The console reads the range 10 s after start; a generous margin for a loaded machine.
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Thread.sleep(Math.max(0, 25_000 - waited));
        Tab history = consoleTabs().stream().filter(t -> "tab-history".equals(t.getId())).findFirst().orElseThrow();
        String[] summaryAtOpen = new String[1];
        // One FX turn: the view is built on opening and shows what the model holds, before the read that opening
        // starts could answer.
        robot.interact(() -> {
            history.getTabPane().getSelectionModel().select(history);
            summaryAtOpen[0] = robot.lookup("#history-summary").queryAs(Label.class).getText();
        });
        assertThat(summaryAtOpen[0]).as("the range's summary, there on the first open").isNotBlank();
    }

    /** The console's own tabs: the screens' tab panes (History's) have other ids. */
    private List<Tab> consoleTabs() {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().map(TabPane::getTabs)
                .filter(tabs -> tabs.stream().anyMatch(t -> "tab-dashboard".equals(t.getId()))).findFirst()
                .map(List::copyOf).orElseThrow();
    }
}
