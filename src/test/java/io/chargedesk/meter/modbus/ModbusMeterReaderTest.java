package io.chargedesk.meter.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.digitalpetri.modbus.ModbusRtuFrame;
import io.chargedesk.meter.BusDiagnostics;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.MeterException;
import io.chargedesk.meter.MeterModels;
import io.chargedesk.meter.Quantity;
import io.chargedesk.meter.Reading;
import io.chargedesk.meter.RegisterMap;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.Parity;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The adapter against a fake port: one test per fault kind, plus retries, flushing and reopening. */
class ModbusMeterReaderTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");
    private final RegisterMap sdm630 = MeterModels.builtIn().get("sdm630");
    private final FakeRtuLink link = new FakeRtuLink();
    private final BusDiagnostics diagnostics = new BusDiagnostics("bus1", "/dev/fake");
    private final RegisterImage meter = new RegisterImage(7, sdm630)
            .set(sdm630, Quantity.IMPORT_ENERGY, "12345.678")
            .set(sdm630, Quantity.POWER_TOTAL, "7400")
            .set(sdm630, Quantity.SERIAL_NUMBER, "23456789");
    private ModbusBus bus;

    private ModbusMeterReader reader(int retries) {
        BusConfig config = new BusConfig("bus1", "/dev/fake", 9600, Parity.NONE, 8, 1, Duration.ofMillis(60),
                Duration.ZERO, retries);
        bus = new ModbusBus(config, link, Duration.ZERO, diagnostics);
        diagnostics.addBay("A1", 7, "sdm630", 3);
        link.responder = meter::answer;
        return new ModbusMeterReader("A1", 7, sdm630, bus, diagnostics);
    }

    @AfterEach
    void closeBus() {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void readsTheImportRegisterInOneRequestAndTheSerialOnce() throws MeterException {
        ModbusMeterReader r = reader(0);
        Reading first = r.read(T);
        // 12345.678f is 12345.677734375: the register holds that, rounded half-up to the Wh.
        assertThat(first.importRegister()).isEqualTo(Energy.ofWattHours(12_345_678));
        assertThat(first.power()).isEqualTo(Power.ofWatts(7_400));
        assertThat(first.meterSerial()).isEqualTo("23456789");
        assertThat(link.requests).hasValue(2);
        r.read(T.plusSeconds(1));
        assertThat(link.requests).as("one block per poll once the serial is known").hasValue(3);
    }

    @Test
    void silentMeterIsATimeoutAfterEveryRetry() {
        ModbusMeterReader r = reader(2);
        link.responder = f -> Optional.empty();
        assertFault(() -> r.read(T), FaultKind.TIMEOUT, "did not answer");
        assertThat(link.requests).hasValue(3);
        assertThat(link.discards.get()).as("stale bytes flushed after each timeout").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aRetryRecoversFromOneLostAnswer() throws MeterException {
        ModbusMeterReader r = reader(1);
        AtomicInteger n = new AtomicInteger();
        link.responder = f -> n.getAndIncrement() == 0 ? Optional.empty() : meter.answer(f);
        assertThat(r.read(T).importRegister()).isEqualTo(Energy.ofWattHours(12_345_678));
    }

    @Test
    void corruptedAnswerIsACrcFault() {
        ModbusMeterReader r = reader(0);
        link.responder = f -> meter.answer(f).map(RtuFrames::withBadCrc);
        assertFault(() -> r.read(T), FaultKind.CRC, "CRC");
    }

    @Test
    void illegalAddressIsAnExceptionResponseAndNotRetried() {
        ModbusMeterReader r = reader(3);
        link.responder = f -> Optional.of(FakeRtuLink.frame(7, (byte) 0x84, (byte) 0x02));
        assertFault(() -> r.read(T), FaultKind.EXCEPTION_RESPONSE, "refused fc4 0x0000+76");
        assertThat(link.requests).hasValue(1);
    }

    @Test
    void answerFromAnotherSlaveIdIsGarbage() {
        ModbusMeterReader r = reader(0);
        link.responder = f -> meter.answer(f).map(a -> RtuFrames.withCrc(8, RtuFrames.pdu(a)));
        assertFault(() -> r.read(T), FaultKind.GARBAGE, "unexpected answer");
    }

    @Test
    void answerOfTheWrongLengthIsGarbage() {
        ModbusMeterReader r = reader(0);
        link.responder = f -> Optional.of(FakeRtuLink.frame(7, (byte) 4, (byte) 4, (byte) 0, (byte) 0, (byte) 0,
                (byte) 0));
        assertFault(() -> r.read(T), FaultKind.GARBAGE, "expected 152");
    }

    @Test
    void unpluggedPortIsGoneAndReopensWhenItIsBack() throws MeterException {
        ModbusMeterReader r = reader(0);
        r.read(T);
        link.present = false;
        assertFault(() -> r.read(T), FaultKind.PORT_GONE, "is the USB adapter plugged in");
        assertThat(link.isConnected()).isFalse();
        assertFault(() -> r.read(T), FaultKind.PORT_GONE, "/dev/fake");
        assertThat(diagnostics.snapshot().portOpen()).isFalse();

        link.present = true;
        assertThat(r.read(T).importRegister()).isEqualTo(Energy.ofWattHours(12_345_678));
        assertThat(link.connects).hasValue(2);
        assertThat(diagnostics.snapshot().reopens()).isEqualTo(1);
        assertThat(diagnostics.snapshot().portOpen()).isTrue();
    }

    @Test
    void aWriteHungInTheDriverIsCutOffAndThePortReopened() throws MeterException {
        ModbusMeterReader r = reader(0);
        r.read(T);
        link.hangWrites = true;
        assertThatThrownBy(() -> r.read(T)).isInstanceOfSatisfying(MeterException.class,
                e -> assertThat(e.kind()).isEqualTo(FaultKind.PORT_GONE))
                .cause().hasMessageContaining("hung in the serial driver");
        link.hangWrites = false;
        link.present = true;
        assertThat(r.read(T).importRegister()).isEqualTo(Energy.ofWattHours(12_345_678));
        assertThat(diagnostics.snapshot().reopens()).isEqualTo(1);
    }

    @Test
    void serialIsReadAgainAfterAFailureForTheMeterMayHaveBeenSwapped() throws MeterException {
        ModbusMeterReader r = reader(0);
        r.read(T);
        Function<ModbusRtuFrame, Optional<ModbusRtuFrame>> answering = link.responder;
        link.responder = f -> Optional.empty();
        assertFault(() -> r.read(T), FaultKind.TIMEOUT, "");
        meter.set(sdm630, Quantity.SERIAL_NUMBER, "99999999");
        link.responder = answering;
        assertThat(r.read(T).meterSerial()).isEqualTo("99999999");
    }

    @Test
    void rawWordsOfTheLastAnswerReachDiagnostics() throws MeterException {
        reader(0).read(T);
        var bay = diagnostics.bay("A1").orElseThrow();
        assertThat(bay.lastRaw()).hasSize(1);
        assertThat(bay.lastRaw().get(0).words()).hasSize(76);
        assertThat(bay.lastValues().get(Quantity.POWER_TOTAL)).isEqualByComparingTo("7400");
    }

    @ParameterizedTest
    @ValueSource(floats = {Float.NaN, Float.POSITIVE_INFINITY, 1e30f, -1e30f})
    void aPowerNoBayDrawsIsAnImplausibleValueOfThatBayAndTheBusReadsOn(float watts) throws MeterException {
        ModbusMeterReader broken = reader(0);
        meter.setFloat(sdm630, Quantity.POWER_TOTAL, watts);
        RegisterImage healthy = new RegisterImage(8, sdm630).set(sdm630, Quantity.IMPORT_ENERGY, "500")
                .set(sdm630, Quantity.POWER_TOTAL, "11000");
        link.responder = f -> f.unitId() == 7 ? meter.answer(f) : healthy.answer(f);
        diagnostics.addBay("A2", 8, "sdm630", 3);
        ModbusMeterReader neighbour = new ModbusMeterReader("A2", 8, sdm630, bus, diagnostics);

        assertFault(() -> broken.read(T), FaultKind.IMPLAUSIBLE_VALUE, "power");
        assertThat(neighbour.read(T).power()).isEqualTo(Power.ofWatts(11_000));
    }

    @ParameterizedTest
    @ValueSource(floats = {1e30f, Float.NEGATIVE_INFINITY, -1f})
    void anImportRegisterNoMeterCountsIsAnImplausibleValue(float kwh) {
        ModbusMeterReader r = reader(0);
        meter.setFloat(sdm630, Quantity.IMPORT_ENERGY, kwh);
        assertFault(() -> r.read(T), FaultKind.IMPLAUSIBLE_VALUE, "import");
    }

    private static void assertFault(ThrowingCallable call, FaultKind kind, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MeterException.class,
                e -> assertThat(e.kind()).isEqualTo(kind)).hasMessageContaining(messagePart);
    }
}
