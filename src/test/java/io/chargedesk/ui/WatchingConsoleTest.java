package io.chargedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.ChargeDeskApp;
import io.chargedesk.app.SiteLaunch;
import io.chargedesk.app.SiteRuntime;
import io.chargedesk.app.SiteSource;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A second console on a database that a collector already records into: it watches, headless. */
class WatchingConsoleTest {

    @TempDir
    static Path home;

    private static SiteRuntime collector;
    private static javafx.application.Application app;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startCollectorThenWatchingConsole() throws Exception {
        String db = home.resolve("db/chargedesk").toString();
        // A demo collector writes into the demo's own database beside the site's, which the console finds.
        collector = SiteRuntime.start(SiteSource.demo().config(), Database.open(SiteLaunch.demoDatabase(db)), 3000, 42);
        System.setProperty("chargedesk.home", home.toString());
        System.setProperty("chargedesk.db", db);
        System.setProperty("chargedesk.watch", "true");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ChargeDeskApp.class);
    }

    @AfterAll
    static void stopBoth() throws Exception {
        FxToolkit.cleanupApplication(app);
        System.clearProperty("chargedesk.watch");
        System.clearProperty("chargedesk.db");
        collector.close();
    }

    @Test
    void showsTheCollectorsBaysLiveWithoutTakingItsLease() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#bay-A6").tryQuery().isPresent());
        assertThat(robot.lookup(".site-origin").queryAs(Label.class).getText()).startsWith("watching ");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".state-badge").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText().equals("Charging")));
        assertThat(CollectorLease.current(collector.database()).orElseThrow().description())
                .startsWith("a ChargeDesk collector");
    }
}
