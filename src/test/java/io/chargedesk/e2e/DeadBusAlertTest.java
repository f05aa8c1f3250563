package io.chargedesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.alert.Alert;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.sim.SimulatedMeter;
import io.chargedesk.sim.SimulatedSite;
import io.chargedesk.sim.rtu.FaultInjection;
import io.chargedesk.store.AlertRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.testing.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
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

    private CollectorProcesses collectors;
    private SimulatedBus bus;

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (collectors != null) {
            collectors.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void aBusWhoseMetersAllFallSilentRaisesItsAlertAndClearsItWhenTheyAnswer() throws Exception {
        Clock clock = Clock.systemUTC();
        List<SimulatedMeter> meters = new SimulatedSite(METERS, 20261130L, clock, Duration.ofMinutes(30)).meters();
        bus = SimulatedBus.start(dir, meters, clock, FaultInjection.NONE);
        collectors = new CollectorProcesses(dir);
        String db = dir.resolve("data/site").toString();
        collectors.start(writeSite(bus.appPort()), db, "collector");
        try (Database view = CollectorProcesses.awaitDatabase(db)) {
            ReadingRepository readings = new ReadingRepository(view);
            AlertRepository alerts = new AlertRepository(view);
            Await.until("a reading of the bus's last meter", PATIENCE,
                    () -> query(() -> readings.latest("A" + METERS)).isPresent(), collectors::logs);
            assertThat(alerts.open()).doesNotContain(BUS_SILENT);

            bus.silenceEveryMeter();
            Await.until("the bus's alert", PATIENCE, () -> query(alerts::open).contains(BUS_SILENT), collectors::logs);
            Alert raised = query(() -> alerts.recent(100)).stream().filter(a -> a.key().equals(BUS_SILENT))
                    .findFirst().orElseThrow();
            assertThat(raised.reasons().get(0).toString()).contains("no meter on bus bus1 answers")
                    .contains("RS-485 cable").contains("baud rate and parity");
            Await.until("every bay offline", PATIENCE, () -> query(alerts::open).stream()
                    .filter(k -> k.kind() == AlertKind.METER_OFFLINE).count() == METERS, collectors::logs);

            bus.answerAgain();
            Await.until("the bus's alert cleared", PATIENCE, () -> !query(alerts::open).contains(BUS_SILENT),
                    collectors::logs);
            assertThat(query(() -> alerts.recent(100)).stream().filter(a -> a.key().equals(BUS_SILENT))
                    .map(Alert::clearedAt)).singleElement().isNotEqualTo(Optional.empty());
        }
    }

    /** Retries and three polls to offline, as a real site has them: the silence must not wait for them. */
    private Path writeSite(String port) throws IOException {
        Path site = dir.resolve("site.yaml");
        StringBuilder yaml = new StringBuilder("""
                site: {name: Dead bus test site, timezone: Europe/Berlin, currency: EUR, grid_limit_kw: 100}
                buses:
                  - {id: bus1, port: '%s', baud: 9600, parity: none, stop_bits: 1, timeout_ms: 200, poll_ms: 500, retries: 2}
                session: {start_w: 100, start_hold_s: 5, end_timeout_s: 600, offline_after_polls: 3}
                bays:
                """.formatted(port));
        for (int i = 1; i <= METERS; i++) {
            yaml.append("  - {id: A%d, bus: bus1, address: %d, meter: sdm630, max_kw: 22}%n".formatted(i, i));
        }
        yaml.append("""
                tariffs:
                  - {id: standard, effective_from: 2026-01-01T00:00:00+01:00, energy_per_kwh: 0.49, vat_percent: 19}
                """);
        Files.writeString(site, yaml);
        return site;
    }

    private interface Query<T> {
        T get() throws Exception;
    }

    private static <T> T query(Query<T> q) {
        try {
            return q.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
