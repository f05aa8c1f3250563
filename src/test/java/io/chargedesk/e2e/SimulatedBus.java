package io.chargedesk.e2e;

import io.chargedesk.sim.SimulatedMeter;
import io.chargedesk.sim.rtu.FaultInjection;
import io.chargedesk.sim.rtu.RtuSlave;
import io.chargedesk.testing.SocatPair;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Simulated meters answering as a Modbus RTU slave at one end of a socat cable; the collector opens the other. */
final class SimulatedBus implements AutoCloseable {

    private final SocatPair cable;
    private final List<SimulatedMeter> meters;
    private final Clock clock;
    private final FaultInjection faults;
    private RtuSlave slave;

    private SimulatedBus(SocatPair cable, List<SimulatedMeter> meters, Clock clock, FaultInjection faults) {
        this.cable = cable;
        this.meters = meters;
        this.clock = clock;
        this.faults = faults;
    }

    /** Skips the calling test where socat is missing. */
    static SimulatedBus start(Path dir, List<SimulatedMeter> meters, Clock clock, FaultInjection faults)
            throws Exception {
        SocatPair.assumeInstalled();
        SimulatedBus bus = new SimulatedBus(new SocatPair(dir).start(), meters, clock, faults);
        bus.slave = RtuSlave.start(bus.cable.meterPort(), meters, clock, 1, faults);
        return bus;
    }

    /** The port the collector opens, as a site file names it. */
    String appPort() {
        return cable.appPort();
    }

    /** As when the USB adapter is pulled: the port vanishes under the collector. */
    void unplug() throws InterruptedException {
        cable.kill();
        slave.close();
    }

    /** As when the cable is cut or the meters lose power: no meter answers, the USB adapter stays. */
    void silenceEveryMeter() {
        slave.meters().keySet().forEach(slave::silence);
    }

    void answerAgain() {
        slave.meters().keySet().forEach(slave::answer);
    }

    void plugBackIn() throws Exception {
        cable.start();
        slave = RtuSlave.start(cable.meterPort(), meters, clock, 1, faults);
    }

    @Override
    public void close() throws InterruptedException {
        slave.close();
        cable.close();
    }
}
