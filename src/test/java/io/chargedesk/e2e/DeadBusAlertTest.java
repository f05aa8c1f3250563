package io.chargedesk.e2e;

import static io.chargedesk.e2e.CollectorProcesses.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.alert.Alert;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.sim.SimulatedMeter;
import io.chargedesk.sim.SimulatedSite;
import io.chargedesk.sim.rtu.FaultInjection;
import io.chargedesk.site.SiteFileWriter;
import io.chargedesk.store.AlertRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.testing.Await;
import io.chargedesk.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every meter on the bus falls silent while the USB adapter stays (a cut cable, unpowered meters): the collector,
 * started as users start it ({@code run --headless}), raises "no meter on the bus answers" for that bus and clears it
 * when the meters answer again. Real serial I/O over a socat pair; skipped where socat is missing.
 */
class DeadBusAlertTest {

    private static final int METERS = 8;
    private static final AlertKey BUS_SILENT = AlertKey.bus(AlertKind.BUS_SILENT, "bus1");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void aBusWhoseMetersAllFallSilentRaisesItsAlertAndClearsItWhenTheyAnswer() throws Exception {
        Clock clock = Clock.systemUTC();
        List<SimulatedMeter> meters = new SimulatedSite(METERS, 20261130L, clock, Duration.ofMinutes(30)).meters();
        String db = dir.resolve("data/site").toString();
        try (SimulatedBus bus = SimulatedBus.start(dir, meters, clock, FaultInjection.NONE);
             CollectorProcesses collectors = new CollectorProcesses(dir)) {
            collectors.start(writeSite(bus.appPort()), db, "collector");
            try (Database view = CollectorProcesses.awaitDatabase(db)) {
                ReadingRepository readings = new ReadingRepository(view);
                AlertRepository alerts = new AlertRepository(view);
                Await.until("a reading of the bus's last meter", PATIENCE,
                        () -> query(() -> readings.latest("A" + METERS)).isPresent(), collectors::logs);
                assertThat(alerts.open()).doesNotContain(BUS_SILENT);

                bus.silenceEveryMeter();
                Await.until("the bus's alert", PATIENCE, () -> query(alerts::open).contains(BUS_SILENT),
                        collectors::logs);
                Alert raised = alerts.recent(100).stream().filter(a -> a.key().equals(BUS_SILENT)).findFirst()
                        .orElseThrow();
                assertThat(raised.reasons().get(0).toString()).contains("no meter on bus bus1 answers")
                        .contains("RS-485 cable").contains("baud rate and parity");

                bus.answerAgain();
                Await.until("the bus's alert cleared", PATIENCE, () -> !query(alerts::open).contains(BUS_SILENT),
                        collectors::logs);
                assertThat(alerts.recent(100).stream().filter(a -> a.key().equals(BUS_SILENT))
                        .map(Alert::clearedAt)).singleElement().isNotEqualTo(Optional.empty());
                // The bus's one alert stood for its bays: an attendant had one alert to acknowledge, not one per meter.
                assertThat(alerts.recent(100)).extracting(a -> a.key().kind()).doesNotContain(AlertKind.METER_OFFLINE);
            }
        }
    }

    /** 200 ms timeouts, two retries and three failed polls to offline (the default): the silence waits for none. */
    private Path writeSite(String port) throws IOException {
        String[] models = new String[METERS];
        Arrays.fill(models, "sdm630");
        return Files.writeString(dir.resolve("site.yaml"),
                SiteFileWriter.write(TestSites.oneBus(port, 200, 500, 2, models)));
    }
}
