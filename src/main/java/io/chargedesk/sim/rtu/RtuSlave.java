package io.chargedesk.sim.rtu;

import com.digitalpetri.modbus.serial.server.SerialPortServerTransport;
import com.digitalpetri.modbus.server.ModbusRtuServer;
import io.chargedesk.meter.MeterModels;
import io.chargedesk.sim.SimulatedMeter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulated meters as a real Modbus RTU slave on a serial port (one end of a socat pty pair, or a
 * USB RS-485 adapter): meter {@code i} of the list answers as an SDM630 at slave id {@code i + 1}.
 */
public final class RtuSlave implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RtuSlave.class);

    private final String port;
    private final ModbusRtuServer server;
    private final SimulatedMeterServices services;
    private final Map<Integer, SimulatedMeter> meters;
    private final Clock clock;
    private final double speed;
    private final ScheduledExecutorService scheduler;

    private RtuSlave(String port, ModbusRtuServer server, SimulatedMeterServices services,
                     Map<Integer, SimulatedMeter> meters, Clock clock, double speed) {
        this.port = port;
        this.server = server;
        this.services = services;
        this.meters = meters;
        this.clock = clock;
        this.speed = speed;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-schedule");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens {@code port} and starts answering.
     *
     * @param clock the simulation's clock (a {@link io.chargedesk.sim.ScaledClock} for a faster day)
     * @param speed how much faster than real time {@code clock} runs, for the fault schedule
     */
    public static RtuSlave start(String port, List<SimulatedMeter> meters, Clock clock, double speed,
                                 FaultInjection faults) throws SimulatorException {
        Map<Integer, SimulatedMeter> bySlave = new LinkedHashMap<>();
        for (int i = 0; i < meters.size(); i++) {
            bySlave.put(i + 1, meters.get(i));
        }
        SimulatedMeterServices services = new SimulatedMeterServices(MeterModels.builtIn().get("sdm630"), clock,
                bySlave);
        ModbusRtuServer server;
        try {
            SerialPortServerTransport serial = SerialPortServerTransport.create(cfg -> cfg
                    .setSerialPort(port).setBaudRate(faults.baud()).setDataBits(8).setStopBits(1).setParity(0));
            server = ModbusRtuServer.create(new FaultyServerTransport(serial, faults), services);
            server.start();
        } catch (ExecutionException | RuntimeException e) {
            // jSerialComm refuses a path that is no port with an unchecked exception, before any open.
            Throwable why = e instanceof ExecutionException ? e.getCause() : e;
            throw new SimulatorException("cannot open " + port + " (" + why.getMessage()
                    + ") — does it exist, and is no other program using it?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulatorException("interrupted while opening " + port, e);
        }
        LOG.info("Simulator: {} meter(s) answering on {} (faults {})", meters.size(), port, faults);
        return new RtuSlave(port, server, services, bySlave, clock, speed);
    }

    /** Slave ids and their meters, in slave-id order. */
    public Map<Integer, SimulatedMeter> meters() {
        return meters;
    }

    /** The meter stops answering at all until {@link #answer(int)}. */
    public void silence(int slaveId) {
        services.silence(slaveId);
    }

    public void answer(int slaveId) {
        services.answer(slaveId);
    }

    /** Runs {@code fault} on the meter it names after {@code fault.at()} of simulated time. */
    public void schedule(ScheduledFault fault) {
        SimulatedMeter meter = meters.get(fault.slaveId());
        if (meter == null) {
            throw new IllegalArgumentException("no meter at slave id " + fault.slaveId() + "; the simulator has 1 to "
                    + meters.size());
        }
        long delayMs = (long) (fault.at().toMillis() / speed);
        scheduler.schedule(() -> {
            LOG.info("Simulator: {} on slave {}", fault.kind(), fault.slaveId());
            switch (fault.kind()) {
                case FREEZE -> meter.freeze();
                case UNFREEZE -> meter.unfreeze();
                case SWAP -> meter.swap(clock.instant());
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            server.stop();
            LOG.info("Simulator: closed {}", port);
        } catch (ExecutionException e) {
            LOG.warn("Simulator: closing {} failed: {}", port, e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
