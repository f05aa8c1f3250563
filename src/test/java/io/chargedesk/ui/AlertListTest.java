package io.chargedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.alert.Alert;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.app.ChargeDeskApp;
import io.chargedesk.store.AlertRepository;
import io.chargedesk.store.Database;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.alerts.AlertsViewModel.AlertRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console on a site whose only meter's serial port does not exist, headless: the collector finds the meter
 * offline, raises an alert and stores it; the console shows a notification and the alert in its list, and an
 * attendant acknowledges it with name and time, stored in the database.
 */
class AlertListTest {

    @TempDir
    static Path home;

    private static javafx.application.Application app;

    private final FxRobot robot = new FxRobot();
    private final Messages text = Messages.of(Locale.getDefault());

    @BeforeAll
    static void startConsoleOnASiteWithoutItsMeter() throws Exception {
        Path site = home.resolve("site.yaml");
        Files.writeString(site, """
                site: {name: Alert site, timezone: Europe/Berlin, currency: EUR, grid_limit_kw: 50}
                buses:
                  - {id: bus1, port: '%s', baud: 9600, parity: none, stop_bits: 1, timeout_ms: 100, poll_ms: 200, retries: 0}
                bays:
                  - {id: A1, bus: bus1, address: 1, meter: sdm630, max_kw: 22}
                """.formatted(home.resolve("no-such-port")));
        System.setProperty("chargedesk.home", home.toString());
        System.setProperty("chargedesk.db", home.resolve("db/chargedesk").toString());
        System.setProperty("chargedesk.site", site.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChargeDeskApp.class);
    }

    @AfterAll
    static void stopConsole() throws Exception {
        // Cleared whatever happens: a console test after this one would open this test's (deleted) site file.
        System.clearProperty("chargedesk.site");
        System.clearProperty("chargedesk.db");
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOfflineMeterIsNotifiedListedAndAcknowledgedWithNameAndTime() throws Exception {
        String offline = text.get("alerts.kind.meter_offline");
        // Opening the database and starting the site take long on a loaded machine; the window comes first.
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !tabTitle().isEmpty());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tabTitle().endsWith("(1)"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar").tryQuery().isPresent());
        assertThat(robot.lookup(".notification-bar .title").queryAllAs(Label.class))
                .anySatisfy(title -> assertThat(title.getText()).contains(offline).contains("A1"));

        robot.clickOn("#tab-alerts");
        TableView<AlertRow> table = robot.lookup("#alert-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        AlertRow row = table.getItems().get(0);
        assertThat(row.kind()).isEqualTo(offline);
        assertThat(row.bay()).isEqualTo("A1");
        assertThat(row.acknowledged()).isFalse();

        robot.interact(() -> table.getSelectionModel().select(0));
        Button acknowledge = robot.lookup("#alert-acknowledge").queryAs(Button.class);
        assertThat(acknowledge.isDisabled()).isFalse();
        robot.clickOn(acknowledge);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#acknowledge-name").tryQuery().isPresent());
        Node ok = robot.lookup(text.get("alerts.dialog.ok")).query();
        assertThat(ok.isDisabled()).as("no name yet").isTrue();
        robot.clickOn("#acknowledge-name").write("Jana Kuehn");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(AlertRow::acknowledged));
        assertThat(table.getItems().get(0).acknowledgedBy()).startsWith("Jana Kuehn, ");
        assertThat(tabTitle()).isEqualTo(text.get("alerts.tab"));
        try (Database db = Database.open(home.resolve("db/chargedesk").toString())) {
            List<Alert> stored = new AlertRepository(db).recent(10);
            assertThat(stored).filteredOn(a -> a.key().equals(AlertKey.bay(AlertKind.METER_OFFLINE, "A1")))
                    .singleElement().satisfies(a -> {
                        assertThat(a.acknowledged()).hasValueSatisfying(ack -> {
                            assertThat(ack.by()).isEqualTo("Jana Kuehn");
                            assertThat(ack.at()).isAfterOrEqualTo(a.raisedAt());
                        });
                    });
        }
    }

    private String tabTitle() {
        // Every tab pane: the History screen has tabs of its own, and only the console's has the alerts.
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().flatMap(p -> p.getTabs().stream())
                .filter(t -> "tab-alerts".equals(t.getId())).map(Tab::getText).findFirst().orElse("");
    }
}
