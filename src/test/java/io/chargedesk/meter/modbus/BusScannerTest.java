package io.chargedesk.meter.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.meter.BusDiagnostics;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.MeterException;
import io.chargedesk.meter.MeterModels;
import io.chargedesk.meter.Quantity;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.Parity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusScannerTest {

    private final MeterModels models = MeterModels.builtIn();
    private final FakeRtuLink link = new FakeRtuLink();
    private final ModbusBus bus = new ModbusBus(new BusConfig("bus1", "/dev/fake", 9600, Parity.NONE, 8, 1,
            Duration.ofMillis(30), Duration.ZERO, 0), link, Duration.ZERO, new BusDiagnostics("bus1", "/dev/fake"));

    @Test
    void findsEachMeterAndGuessesItsModelFromWhichRegistersAnswer() throws MeterException {
        RegisterImage eastron = new RegisterImage(3, models.get("sdm630"))
                .set(models.get("sdm630"), Quantity.IMPORT_ENERGY, "100")
                .set(models.get("sdm630"), Quantity.SERIAL_NUMBER, "12345678");
        RegisterImage abb = new RegisterImage(9, models.get("abb_b23"))
                .set(models.get("abb_b23"), Quantity.IMPORT_ENERGY, "100")
                .set(models.get("abb_b23"), Quantity.SERIAL_NUMBER, "555");
        link.responder = f -> f.unitId() == 3 ? eastron.answer(f) : f.unitId() == 9 ? abb.answer(f) : Optional.empty();
        List<Integer> probed = new ArrayList<>();

        List<ScanHit> hits = new BusScanner(models).scan(bus, 1, 10, probed::add);

        assertThat(probed).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(hits).extracting(ScanHit::slaveId).containsExactly(3, 9);
        // An SDM630's registers also satisfy the smaller SDM72 and SDM120 maps; the fullest map comes first.
        assertThat(hits.get(0).candidates()).startsWith("sdm630").contains("sdm120").doesNotContain("abb_b23", "em340");
        assertThat(hits.get(0).serial()).isEqualTo("12345678");
        // The ABB answers function 4 with an exception: present, and only its own map fits.
        assertThat(hits.get(1).candidates()).containsExactly("abb_b23");
        assertThat(hits.get(1).serial()).isEqualTo("555");
    }

    @Test
    void garbledAnswersAreReportedWithWhatToCheck() throws MeterException {
        RegisterImage eastron = new RegisterImage(2, models.get("sdm630"));
        link.responder = f -> eastron.answer(f).map(RtuFrames::withBadCrc);
        List<ScanHit> hits = new BusScanner(models).scan(bus, 1, 3, id -> { });
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.slaveId()).isEqualTo(2);
            assertThat(h.candidates()).isEmpty();
            assertThat(h.note()).contains("baud rate and parity");
        });
    }

    @Test
    void goneSerialPortStopsTheScan() {
        link.present = false;
        assertThatThrownBy(() -> new BusScanner(models).scan(bus, 1, 247, id -> { }))
                .isInstanceOfSatisfying(MeterException.class, e -> assertThat(e.kind()).isEqualTo(FaultKind.PORT_GONE));
    }
}
