package io.chargedesk.cli;

import io.chargedesk.sim.MeterState;
import io.chargedesk.sim.ScaledClock;
import io.chargedesk.sim.SimulatedMeter;
import io.chargedesk.sim.SimulatedSite;
import io.chargedesk.sim.rtu.FaultInjection;
import io.chargedesk.sim.rtu.RtuSlave;
import io.chargedesk.sim.rtu.ScheduledFault;
import io.chargedesk.sim.rtu.SimulatorException;
import io.chargedesk.site.BusConfig;
import io.chargedesk.text.Reason;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sim --port PATH …}: the simulated site's meters as SDM630s on a real serial port, slave ids
 * 1..N, until stopped (Ctrl-C or SIGTERM close the port cleanly).
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = {"Runs simulated meters as a Modbus RTU slave (SDM630 registers, slave ids 1..N).",
            "Test without hardware: socat -d -d pty,raw,echo=0,link=/tmp/ttyMETER pty,raw,echo=0,link=/tmp/ttyAPP,",
            "then 'sim --port /tmp/ttyMETER' and point a bus at /tmp/ttyAPP."})
public final class SimCommand implements Callable<Integer> {

    // Slave ids of three digits and up to 9 digits of seconds (31 years): numbers that parse, checked below.
    private static final Pattern FREEZE = Pattern.compile("(\\d{1,3}):(\\d{1,9})-(\\d{1,9})");
    private static final Pattern SWAP = Pattern.compile("(\\d{1,3}):(\\d{1,9})");

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "PATH", description = "Serial port to answer on, e.g. /dev/ttyUSB1 or a socat pty link.")
    String port;

    @Option(names = "--bays", defaultValue = "4", paramLabel = "N", description = "Number of meters, slave ids 1..N (default ${DEFAULT-VALUE}).")
    int bays;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "X", description = "Simulated time runs X times faster (default ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--drop", defaultValue = "0", paramLabel = "PCT", description = "Percent of requests left unanswered.")
    double drop;

    @Option(names = "--garble", defaultValue = "0", paramLabel = "PCT", description = "Percent of answers sent with a corrupted CRC.")
    double garble;

    @Option(names = "--wrong-id", defaultValue = "0", paramLabel = "PCT", description = "Percent of answers sent from another slave id.")
    double wrongId;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed for cars and faults; the same seed replays the same day.")
    long seed;

    @Option(names = "--baud", defaultValue = "9600", paramLabel = "BAUD", description = "Baud rate of the port (8N1), and of the wire timing.")
    int baud;

    @Option(names = "--wire-timing", description = "Take as long per frame as a real RS-485 wire at --baud would (a pty has no timing).")
    boolean wireTiming;

    @Option(names = "--freeze", paramLabel = "SLAVE:FROM-TO", description = "Meter SLAVE stops metering (answers, power 0, register stuck) from FROM to TO simulated seconds; repeatable.")
    List<String> freezes = new ArrayList<>();

    @Option(names = "--swap", paramLabel = "SLAVE:AT", description = "Meter SLAVE is replaced (new serial, register near zero) at AT simulated seconds; repeatable.")
    List<String> swaps = new ArrayList<>();

    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        OptionChecks.require(spec, bays >= 1 && bays <= 247, "--bays must be 1 to 247 (Modbus slave ids), not " + bays);
        OptionChecks.speed(spec, speed);
        OptionChecks.percent(spec, "--drop", drop);
        OptionChecks.percent(spec, "--garble", garble);
        OptionChecks.percent(spec, "--wrong-id", wrongId);
        Optional<Reason> wrongBaud = BusConfig.baudProblem(baud);
        OptionChecks.require(spec, wrongBaud.isEmpty(), "--baud " + wrongBaud.map(Reason::toString).orElse(""));
        List<ScheduledFault> schedule = schedule();
        FaultInjection faults = new FaultInjection(drop, garble, wrongId, seed, wireTiming, baud);
        Clock clock = new ScaledClock(Clock.systemUTC().instant(), speed);
        SimulatedSite site = new SimulatedSite(bays, seed, clock, Duration.ofMinutes(20));
        PrintWriter out = spec.commandLine().getOut();
        RtuSlave slave;
        try {
            slave = RtuSlave.start(port, site.meters(), clock, speed, faults);
        } catch (SimulatorException e) {
            spec.commandLine().getErr().println("sim: " + e.getMessage());
            return 2;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop();
            awaitQuietly(closed);
        }, "sim-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            for (Map.Entry<Integer, SimulatedMeter> e : slave.meters().entrySet()) {
                MeterState s = e.getValue().stateAt(clock.instant());
                out.printf("slave %d  bay %s  sdm630  serial %s  import %.3f kWh%n", e.getKey(), e.getValue().bayId(),
                        s.serial(), s.importKwh());
            }
            schedule.forEach(slave::schedule);
            out.printf("answering on %s at %d baud 8N1; Ctrl-C stops%n", port, baud);
            out.flush();
            stop.await();
        } finally {
            slave.close();
            closed.countDown();
            removeHook(hook);
        }
        return 0;
    }

    /** Ends a running {@link #call()}: closes the port and returns. */
    void stop() {
        stop.countDown();
    }

    private List<ScheduledFault> schedule() {
        List<ScheduledFault> faults = new ArrayList<>();
        for (String f : freezes) {
            Matcher m = FREEZE.matcher(f);
            if (!m.matches() || Long.parseLong(m.group(3)) < Long.parseLong(m.group(2))) {
                throw new ParameterException(spec.commandLine(), "--freeze " + f + ": write SLAVE:FROM-TO in simulated "
                        + "seconds, e.g. --freeze 2:60-300");
            }
            int slaveId = Integer.parseInt(m.group(1));
            faults.add(new ScheduledFault(slaveId, ScheduledFault.Kind.FREEZE, Duration.ofSeconds(Long.parseLong(m.group(2)))));
            faults.add(new ScheduledFault(slaveId, ScheduledFault.Kind.UNFREEZE, Duration.ofSeconds(Long.parseLong(m.group(3)))));
        }
        for (String s : swaps) {
            Matcher m = SWAP.matcher(s);
            if (!m.matches()) {
                throw new ParameterException(spec.commandLine(), "--swap " + s + ": write SLAVE:AT in simulated seconds, "
                        + "e.g. --swap 3:600");
            }
            faults.add(new ScheduledFault(Integer.parseInt(m.group(1)), ScheduledFault.Kind.SWAP,
                    Duration.ofSeconds(Long.parseLong(m.group(2)))));
        }
        for (ScheduledFault f : faults) {
            if (f.slaveId() < 1 || f.slaveId() > bays) {
                throw new ParameterException(spec.commandLine(), "slave " + f.slaveId() + " in a fault schedule is not "
                        + "one of the simulated meters 1.." + bays);
            }
        }
        return faults;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already running its hooks, ours among them; nothing to remove.
        }
    }
}
