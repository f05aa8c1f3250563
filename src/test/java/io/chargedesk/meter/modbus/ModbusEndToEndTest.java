package io.chargedesk.meter.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.meter.BayStats;
import io.chargedesk.meter.BusStats;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.PollResult;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.SessionRules;
import io.chargedesk.sim.MeterState;
import io.chargedesk.sim.SimulatedMeter;
import io.chargedesk.sim.SimulatedSite;
import io.chargedesk.sim.rtu.FaultInjection;
import io.chargedesk.sim.rtu.RtuSlave;
import io.chargedesk.sim.rtu.ScheduledFault;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.testing.Await;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.SocatPair;
import io.chargedesk.testing.TestSites;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real poller against the simulator as a real RTU slave, over a socat pty pair: what an installer
 * would see on a bus, without hardware. Skipped (with the reason) where socat is not installed.
 */
class ModbusEndToEndTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private SocatPair cable;
    private final MutableClock simClock = new MutableClock(T0);
    private final List<SimulatedMeter> meters = new SimulatedSite(3, 42, simClock, Duration.ofMinutes(20)).meters();
    private final ConcurrentLinkedQueue<PollResult> results = new ConcurrentLinkedQueue<>();
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void plugInTheCable() throws Exception {
        SocatPair.assumeInstalled();
        cable = new SocatPair(dir).start();
    }

    @AfterEach
    void unplug() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        if (cable != null) {
            cable.close();
        }
    }

    @Test
    void readingsEqualTheSimulatorsImportRegisterToTheWh() throws Exception {
        slave(FaultInjection.NONE);
        ModbusBuses buses = poll(site(0, "sdm630", "sdm630", "sdm630"));
        Await.until("a reading of every bay", PATIENCE, () -> readings().stream().map(Reading::bayId).distinct().count() == 3);

        for (int i = 0; i < 3; i++) {
            MeterState state = meters.get(i).stateAt(simClock.instant());
            Reading r = lastReading("A" + (i + 1));
            // The SDM630 register is a float32 of kWh: the reading must equal that register to the Wh...
            float register = (float) state.importKwh();
            assertThat(r.importRegister()).isEqualTo(Energy.ofKilowattHours(new BigDecimal(register)));
            // ...which is within half a float32 step of the simulator's exact register. Its registers
            // are 1,000–21,000 kWh, where a step is at most 2^-9 kWh (≈ 2 Wh): off by 1.5 Wh at most.
            double stepWh = Math.ulp(register) * 1000;
            assertThat(stepWh).isLessThanOrEqualTo(2.0);
            assertThat((double) r.importRegister().wattHours())
                    .isCloseTo(state.importKwh() * 1000, org.assertj.core.data.Offset.offset(stepWh / 2 + 0.5));
            assertThat(r.power()).isEqualTo(state.power());
            assertThat(r.meterSerial()).isEqualTo(state.serial());
        }
        BusStats bus = buses.diagnostics().bus("bus1").orElseThrow();
        assertThat(bus.faults()).isEmpty();
        assertThat(bus.portOpen()).isTrue();
    }

    @Test
    void garbledAndDroppedFramesAreCountedByKindAndPollingGoesOn() throws Exception {
        slave(new FaultInjection(10, 10, 0, 7, false, 9600));
        ModbusBuses buses = poll(site(0, "sdm630", "sdm630"));
        Await.until("150 polls", PATIENCE, () -> stats(buses).polls() >= 150);

        BusStats bus = stats(buses);
        assertThat(bus.faultCount(FaultKind.TIMEOUT)).isPositive();
        assertThat(bus.faultCount(FaultKind.CRC)).isPositive();
        assertThat(bus.faultCount(FaultKind.PORT_GONE)).isZero();
        assertThat(readings().size()).as("most polls still succeed").isGreaterThan(results.size() / 2);
        int before = readings().size();
        Await.until("readings after the faults", PATIENCE, () -> readings().size() > before + 10);
    }

    @Test
    void meterThatStopsAnsweringGoesOfflineAndComesBack() throws Exception {
        RtuSlave slave = slave(FaultInjection.NONE);
        ModbusBuses buses = poll(site(0, "sdm630", "sdm630"));
        Await.until("A2 answering", PATIENCE, () -> bay(buses, "A2").lastGood().isPresent());

        slave.silence(2);
        Await.until("A2 offline", PATIENCE, () -> bay(buses, "A2").offline());
        BayStats a2 = bay(buses, "A2");
        assertThat(a2.faultCount(FaultKind.TIMEOUT)).isGreaterThanOrEqualTo(SessionRules.DEFAULTS.offlineAfterFailures());
        assertThat(a2.lastFailure().orElseThrow().message()).contains("meter 2 on " + cable.appPort());
        assertThat(bay(buses, "A1").offline()).isFalse();

        slave.answer(2);
        Await.until("A2 back", PATIENCE, () -> !bay(buses, "A2").offline());
    }

    @Test
    void portThatVanishesIsReopenedWhenItComesBackWithoutLeakingThreads() throws Exception {
        RtuSlave slave = slave(FaultInjection.NONE);
        ModbusBuses buses = poll(site(50, "sdm630"));
        Await.until("a first reading", PATIENCE, () -> !readings().isEmpty());
        int threadsWhilePolling = Thread.activeCount();
        long handlesWhilePolling = openFileHandles();

        for (int cycle = 1; cycle <= 3; cycle++) {
            slave.close();
            open.remove(slave);
            cable.kill();
            Await.until("the port counted as gone", PATIENCE,
                    () -> stats(buses).faultCount(FaultKind.PORT_GONE) > 0 && !stats(buses).portOpen());

            cable.start();
            slave = slave(FaultInjection.NONE);
            results.clear();
            int expectedReopens = cycle;
            Await.until("polling again after reopen " + cycle, PATIENCE,
                    () -> stats(buses).reopens() == expectedReopens && !readings().isEmpty(), () -> stats(buses).toString());
        }
        assertThat(Thread.activeCount()).as("no thread left behind per reopen").isLessThanOrEqualTo(threadsWhilePolling + 1);
        assertThat(openFileHandles()).as("no port handle left open per reopen").isLessThanOrEqualTo(handlesWhilePolling + 1);
    }

    /** Open file descriptors of this JVM (Linux); a leaked serial port handle would add one per reopen. */
    private static long openFileHandles() throws java.io.IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!java.nio.file.Files.isDirectory(fds)) {
            return 0;
        }
        try (var list = java.nio.file.Files.list(fds)) {
            return list.count();
        }
    }

    @Test
    void swappedMeterShowsItsNewSerialAndAFrozenOneStopsMetering() throws Exception {
        RtuSlave slave = slave(FaultInjection.NONE);
        ModbusBuses buses = poll(site(20, "sdm630", "sdm630"));
        Await.until("both bays read", PATIENCE, () -> readings().stream().map(Reading::bayId).distinct().count() == 2);
        Reading before = lastReading("A1");

        slave.schedule(new ScheduledFault(1, ScheduledFault.Kind.SWAP, Duration.ZERO));
        slave.schedule(new ScheduledFault(2, ScheduledFault.Kind.FREEZE, Duration.ZERO));
        Await.until("the new meter's serial", PATIENCE, () -> !lastReading("A1").meterSerial().equals(before.meterSerial()));
        Reading after = lastReading("A1");
        assertThat(after.importRegister()).as("a new meter starts near zero").isLessThan(Energy.ofWattHours(100));

        Await.until("A2 frozen", PATIENCE, () -> lastReading("A2").power().equals(Power.ZERO));
        Energy frozenAt = lastReading("A2").importRegister();
        simClock.advance(Duration.ofMinutes(10));
        results.clear();
        Await.until("A2 read after ten minutes", PATIENCE, () -> readings().stream().anyMatch(r -> r.bayId().equals("A2")));
        assertThat(lastReading("A2").importRegister()).as("the register holds while frozen").isEqualTo(frozenAt);
        assertThat(bay(buses, "A2").offline()).as("a frozen meter still answers").isFalse();
    }

    @Test
    void answerFromTheWrongSlaveIdIsGarbage() throws Exception {
        slave(new FaultInjection(0, 0, 100, 1, false, 9600));
        ModbusBuses buses = poll(site(0, "sdm630"));
        Await.until("garbage counted", PATIENCE, () -> stats(buses).faultCount(FaultKind.GARBAGE) >= 3);
        assertThat(readings()).isEmpty();
    }

    @Test
    void registersTheMeterDoesNotHaveGetAnExceptionResponse() throws Exception {
        slave(FaultInjection.NONE);
        ModbusBuses buses = poll(site(0, "abb_b23"));
        Await.until("exception responses counted", PATIENCE,
                () -> stats(buses).faultCount(FaultKind.EXCEPTION_RESPONSE) >= 3, () -> stats(buses).toString());
        assertThat(bay(buses, "A1").lastFailure().orElseThrow().message()).contains("is the bay's meter model right");
        assertThat(readings()).isEmpty();
    }

    @Test
    void scanFindsTheSimulatorsMetersAndTheirSerials() throws Exception {
        slave(FaultInjection.NONE);
        BusConfig bus = site(0, "sdm630").buses().get(0);
        List<ScanHit> hits = new BusScanner(io.chargedesk.meter.MeterModels.builtIn())
                .scan(bus, 1, 5, Duration.ofMillis(50), id -> { });
        assertThat(hits).extracting(ScanHit::slaveId).containsExactly(1, 2, 3);
        assertThat(hits).allSatisfy(h -> assertThat(h.bestGuess()).isEqualTo("sdm630"));
        assertThat(hits.get(1).serial()).isEqualTo(meters.get(1).stateAt(simClock.instant()).serial());
    }

    private RtuSlave slave(FaultInjection faults) throws Exception {
        RtuSlave slave = RtuSlave.start(cable.meterPort(), meters, simClock, 1, faults);
        open.add(slave);
        return slave;
    }

    private ModbusBuses poll(SiteConfig site) {
        ModbusBuses buses = ModbusBuses.start(site, Clock.systemUTC(), results::add);
        open.add(buses);
        return buses;
    }

    /** One bus on the app's end of the cable, short timeout, no retries, one bay per model given. */
    private SiteConfig site(long pollMs, String... models) {
        return TestSites.oneBus(cable.appPort(), 100, pollMs, 0, models);
    }

    private List<Reading> readings() {
        return results.stream().filter(Reading.class::isInstance).map(Reading.class::cast).toList();
    }

    private Reading lastReading(String bay) {
        List<Reading> rs = readings().stream().filter(r -> r.bayId().equals(bay)).toList();
        return rs.get(rs.size() - 1);
    }

    private static BusStats stats(ModbusBuses buses) {
        return buses.diagnostics().bus("bus1").orElseThrow();
    }

    private static BayStats bay(ModbusBuses buses, String id) {
        return buses.diagnostics().bay(id).orElseThrow();
    }
}
