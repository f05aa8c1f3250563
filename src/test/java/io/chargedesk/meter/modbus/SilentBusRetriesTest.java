package io.chargedesk.meter.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.meter.BusDiagnostics;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.MeterException;
import io.chargedesk.meter.MeterModels;
import io.chargedesk.meter.ReadBlock;
import io.chargedesk.meter.RegisterMap;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.Parity;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retries are for a noisy line, not a dead bus: once a request timed out and no meter answered since, the next one
 * is asked once; any answer restores the retries. Counted in requests on a fake port, never in time.
 */
class SilentBusRetriesTest {

    private static final int RETRIES = 2;
    private final RegisterMap sdm630 = MeterModels.builtIn().get("sdm630");
    private final ReadBlock block = sdm630.plan().get(0);
    private final FakeRtuLink link = new FakeRtuLink();
    /** The slave ids that answer; the others are silent. */
    private final Set<Integer> alive = ConcurrentHashMap.newKeySet();
    private final ModbusBus bus = new ModbusBus(new BusConfig("bus1", "/dev/fake", 9600, Parity.NONE, 8, 1,
            Duration.ofMillis(60), Duration.ZERO, RETRIES), link, Duration.ZERO, new BusDiagnostics("bus1", "/dev/fake"));

    SilentBusRetriesTest() {
        link.responder = f -> alive.contains(f.unitId()) ? new RegisterImage(f.unitId(), sdm630).answer(f)
                : Optional.empty();
    }

    @AfterEach
    void closeBus() {
        bus.close();
    }

    @Test
    void onADeadBusOnlyTheFirstSilentMeterIsRetried() {
        assertThat(requestsToRead(1)).as("the first timeout may be noise").isEqualTo(1 + RETRIES);
        assertThat(requestsToRead(2)).as("nothing answered since: asked once").isEqualTo(1);
        assertThat(requestsToRead(3)).isEqualTo(1);
        assertThat(requestsToRead(1)).as("the next cycle, still silent").isEqualTo(1);
    }

    @Test
    void oneAnswerFromAnyMeterRestoresTheRetries() throws MeterException {
        requestsToRead(1);
        requestsToRead(2);
        alive.add(3);
        bus.read(3, block);
        alive.remove(3);
        assertThat(requestsToRead(1)).isEqualTo(1 + RETRIES);
    }

    @Test
    void oneDeadMeterOnAHealthyBusKeepsItsRetriesEveryCycle() throws MeterException {
        alive.add(1);
        for (int cycle = 0; cycle < 3; cycle++) {
            bus.read(1, block);
            assertThat(requestsToRead(2)).as("cycle %d", cycle).isEqualTo(1 + RETRIES);
        }
    }

    @Test
    void aMeterThatAnswersAfterSilentNeighboursIsReadOnItsOneAttempt() throws MeterException {
        requestsToRead(1);
        requestsToRead(2);
        alive.add(3);
        assertThat(bus.read(3, block).block()).isEqualTo(block);
    }

    @Test
    void aRefusalIsAnAnswer() {
        requestsToRead(1);
        link.responder = f -> Optional.of(FakeRtuLink.frame(f.unitId(), (byte) 0x84, (byte) 0x02));
        assertThatThrownBy(() -> bus.read(2, block)).isInstanceOf(MeterException.class)
                .extracting(e -> ((MeterException) e).kind()).isEqualTo(FaultKind.EXCEPTION_RESPONSE);
        link.responder = f -> Optional.empty();
        assertThat(requestsToRead(1)).isEqualTo(1 + RETRIES);
    }

    /** How many requests a read of a silent meter took; it fails as a timeout. */
    private int requestsToRead(int slaveId) {
        int before = link.requests.get();
        assertThatThrownBy(() -> bus.read(slaveId, block)).isInstanceOf(MeterException.class)
                .extracting(e -> ((MeterException) e).kind()).isEqualTo(FaultKind.TIMEOUT);
        return link.requests.get() - before;
    }
}
