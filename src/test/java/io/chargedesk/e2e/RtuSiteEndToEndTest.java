package io.chargedesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.meter.Reading;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.sim.SimulatedMeter;
import io.chargedesk.sim.SimulatedSite;
import io.chargedesk.sim.rtu.FaultInjection;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.testing.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain on real serial I/O, in real time: the RTU simulator on one end of a socat pty pair with a car
 * charging at every meter, the collector started as users start it ({@code run --headless --site FILE --db PATH})
 * in its own JVM on the other, 10 % of frames dropped and 10 % garbled. The collector is killed with SIGKILL
 * mid-session and restarted, the cable is pulled for 60 s and plugged back, and a meter is swapped under a
 * charging car. Every session must come out with energy equal to its register difference, the swap flagged,
 * and nothing lost.
 */
class RtuSiteEndToEndTest {

    private static final Duration UNPLUGGED = Duration.ofSeconds(60);

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
    void killUnplugAndSwapLoseNothing() throws Exception {
        Clock simClock = Clock.systemUTC();
        List<SimulatedMeter> meters = new SimulatedSite(4, 20261125L, simClock, Duration.ofMinutes(30)).meters();
        meters.forEach(m -> m.plugIn(simClock.instant()));
        FaultInjection faults = new FaultInjection(10, 10, 0, 7, false, 9600);
        bus = SimulatedBus.start(dir, meters, simClock, faults);
        collectors = new CollectorProcesses(dir);
        Path site = writeSite(bus.appPort());
        String db = dir.resolve("data/site").toString();

        Process first = collectors.start(site, db, "first");
        Database view = CollectorProcesses.awaitDatabase(db);
        SessionRepository sessions = new SessionRepository(view);
        Await.until("sessions open on every bay", Duration.ofSeconds(60),
                () -> query(() -> sessions.openSessions()).size() == 4, collectors::logs);
        Thread.sleep(3_000);
        List<Session> openAtKill = sessions.openSessions();
        first.destroyForcibly().waitFor();

        Instant restarted = Instant.now();
        Process second = collectors.start(site, db, "second");
        ReadingRepository readings = new ReadingRepository(view);
        // The restart takes seconds (a JVM, and H2 waits out the killed collector's lock): unplugging before the
        // new collector reads the meters would merge the two outages into one gap.
        Await.until("the restarted collector reading the meters", Duration.ofSeconds(60),
                () -> query(() -> readings.latest("A1")).filter(r -> r.at().isAfter(restarted)).isPresent(),
                collectors::logs);
        Thread.sleep(2_000);
        bus.unplug();
        Thread.sleep(UNPLUGGED.toMillis());
        bus.plugBackIn();
        Await.until("bay A1 read again after the cable came back", Duration.ofSeconds(30),
                () -> query(() -> sessions.openSessions()).stream().anyMatch(s -> s.bayId().equals("A1")
                        && s.gaps().size() >= 2), collectors::logs);
        meters.get(0).swap(simClock.instant());
        Await.until("the swap flagged on bay A1", Duration.ofSeconds(60),
                () -> query(() -> sessions.list(SessionFilter.ALL)).stream()
                        .anyMatch(s -> s.bayId().equals("A1") && s.hasAnomaly(AnomalyCode.METER_CHANGED)),
                collectors::logs);
        second.destroy();
        assertThat(second.waitFor()).as("SIGTERM closes the collector cleanly").isIn(0, 143);

        List<Session> all = sessions.list(SessionFilter.ALL);
        Map<UUID, Session> byId = all.stream().collect(Collectors.toMap(Session::id, Function.identity()));
        for (Session before : openAtKill) {
            Session after = byId.get(before.id());
            assertThat(after).as("session %s open at the kill is still recorded under its id", before.id()).isNotNull();
            assertThat(after.startRegister()).isEqualTo(before.startRegister());
            assertThat(after.endRegister()).isGreaterThanOrEqualTo(before.endRegister());
            assertThat(after.gaps()).as("the kill's downtime is a recorded gap").isNotEmpty();
        }
        assertThat(all).as("the unplugged minute shows as a gap").anyMatch(s -> s.gaps().stream()
                .anyMatch(g -> g.length().compareTo(UNPLUGGED.minusSeconds(10)) > 0));
        assertThat(all).as("the swap ended A1's session with the old meter's registers")
                .anyMatch(s -> s.bayId().equals("A1") && s.endReason().isPresent()
                        && s.hasAnomaly(AnomalyCode.METER_CHANGED) && s.energy().wattHours() > 0);
        for (Session s : all) {
            assertThat(s.energy().wattHours()).isEqualTo(s.endRegister().wattHours() - s.startRegister().wattHours());
            Instant until = s.end().orElse(Instant.now()).plus(Duration.ofHours(2));
            Set<Long> said = readings.between(s.bayId(), s.start().minus(Duration.ofHours(2)), until).stream().map(Reading::importRegister).map(e -> e.wattHours()).collect(Collectors.toSet());
            assertThat(said).as("registers of session %s are what the meter said", s.id())
                    .contains(s.startRegister().wattHours(), s.endRegister().wattHours());
        }
        all.stream().collect(Collectors.groupingBy(Session::bayId)).forEach((bay, list) -> {
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i).start()).as("sessions on %s never overlap", bay)
                        .isAfterOrEqualTo(list.get(i - 1).end().orElseThrow());
            }
        });
        view.close();
    }

    private Path writeSite(String port) throws IOException {
        Path site = dir.resolve("site.yaml");
        StringBuilder yaml = new StringBuilder("""
                site: {name: RTU test site, timezone: Europe/Berlin, currency: EUR, grid_limit_kw: 100}
                buses:
                  - {id: bus1, port: '%s', baud: 9600, parity: none, stop_bits: 1, timeout_ms: 150, poll_ms: 300, retries: 1}
                session: {start_w: 100, start_hold_s: 5, end_timeout_s: 600}
                bays:
                """.formatted(port));
        for (int i = 1; i <= 4; i++) {
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
