package io.chargedesk.ui.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.meter.BusDiagnostics;
import io.chargedesk.meter.Diagnostics;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.PollFailure;
import io.chargedesk.meter.Reading;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The installers' screen, without a window. */
class DiagnosticsViewModelTest {

    private static final Instant T = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void theDemoSiteHasNoBusesToDiagnose() {
        DiagnosticsViewModel model = new DiagnosticsViewModel(Optional::empty, List.of(), (bus, p) -> List.of(),
                ZoneOffset.UTC, Runnable::run, Runnable::run);
        model.refresh();
        assertThat(model.bays()).isEmpty();
        assertThat(model.messageProperty().get()).contains("no buses");
    }

    @Test
    void showsEachMetersAnswersAndFaults() {
        BusDiagnostics bus = new BusDiagnostics("bus1", "/dev/ttyUSB0");
        bus.addBay("A1", 1, "sdm630", 3);
        bus.addBay("A2", 2, "sdm630", 3);
        bus.polled(new Reading("A1", T, Energy.ofWattHours(1_234_567), Power.ofWatts(7_400), "777"),
                Duration.ofMillis(42));
        for (int i = 0; i < 3; i++) {
            bus.polled(new PollFailure("A2", T, FaultKind.TIMEOUT, "no answer from slave 2"), Duration.ofMillis(300));
        }
        Diagnostics diagnostics = new Diagnostics(List.of(bus));
        DiagnosticsViewModel model = new DiagnosticsViewModel(() -> Optional.of(diagnostics), List.of("bus1"),
                (id, progress) -> {
                    progress.accept(247);
                    return List.of("slave 1: sdm630, serial 777");
                }, ZoneOffset.UTC, Runnable::run, Runnable::run);
        model.refresh();
        assertThat(model.bays()).hasSize(2);
        DiagnosticsViewModel.BayRow a1 = model.bays().get(0);
        assertThat(a1.status()).isEqualTo("ok");
        assertThat(a1.lastReading()).contains("1234.567 kWh", "7.40 kW", "serial 777");
        assertThat(a1.roundTrip()).isEqualTo("42 ms");
        DiagnosticsViewModel.BayRow a2 = model.bays().get(1);
        assertThat(a2.status()).isEqualTo("OFFLINE: no answer");
        assertThat(a2.faults()).isEqualTo("no answer 3");
        assertThat(model.buses()).singleElement().asString().startsWith("bus1 on /dev/ttyUSB0");

        model.scan();
        assertThat(model.scanResults()).containsExactly("slave 1: sdm630, serial 777");
        assertThat(model.scanningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Scan of bus1 done; polling resumed.");
    }
}
