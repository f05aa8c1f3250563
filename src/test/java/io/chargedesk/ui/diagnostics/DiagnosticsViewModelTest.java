package io.chargedesk.ui.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.meter.BusDiagnostics;
import io.chargedesk.meter.Diagnostics;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.MeterSample;
import io.chargedesk.meter.RawBlock;
import io.chargedesk.meter.ReadBlock;
import io.chargedesk.meter.RegisterTable;
import io.chargedesk.meter.PollFailure;
import io.chargedesk.meter.Reading;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The installers' screen, without a window, on a ui thread and a background thread as in the console: the bus scan
 * refuses a call on the ui thread. The statistics are in memory, read on the ui thread.
 */
class DiagnosticsViewModelTest {

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private static final Instant T = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void theDemoSiteHasNoBusesToDiagnose() {
        DiagnosticsViewModel model = threads.build(() -> new DiagnosticsViewModel(Optional::empty,
                "The demo site has no buses.", List.of(), (bus, p) -> List.of(), ZoneOffset.UTC, threads.background(),
                threads.ui(), Locale.ENGLISH));
        threads.onUi(() -> model.refresh());
        assertThat(model.bays()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("The demo site has no buses.");
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
        DiagnosticsViewModel.BusScan scan = threads.offUi(DiagnosticsViewModel.BusScan.class, (id, progress) -> {
            progress.accept(247);
            return List.of("slave 1: sdm630, serial 777");
        });
        DiagnosticsViewModel model = threads.build(() -> new DiagnosticsViewModel(() -> Optional.of(diagnostics), "",
                List.of("bus1"), scan, ZoneOffset.UTC, threads.background(), threads.ui(),
                Locale.ENGLISH));
        threads.onUi(() -> model.refresh());
        assertThat(model.bays()).hasSize(2);
        DiagnosticsViewModel.BayRow a1 = model.bays().get(0);
        assertThat(a1.status()).isEqualTo("ok");
        assertThat(a1.lastReading()).contains("1,234.567 kWh", "7.4 kW", "serial 777");
        assertThat(a1.roundTrip()).isEqualTo("42 ms");
        DiagnosticsViewModel.BayRow a2 = model.bays().get(1);
        assertThat(a2.status()).isEqualTo("OFFLINE: no answer");
        assertThat(a2.faults()).isEqualTo("no answer 3");
        assertThat(model.buses()).singleElement().asString().startsWith("bus1 on /dev/ttyUSB0");

        assertThat(model.rawProperty().get()).startsWith("Select a meter");
        threads.onUi(() -> model.selectedBayProperty().set("A1"));
        assertThat(model.rawProperty().get()).isEqualTo("A1 has not answered yet.");
        bus.sampled("A1", new MeterSample(Map.of(), List.of(new RawBlock(new ReadBlock(RegisterTable.INPUT, 0x48, 2),
                List.of(0x4A12, 0x3F00)))));
        threads.onUi(() -> model.refresh());
        assertThat(model.rawProperty().get()).contains("A1 last answered", "function 4, 2 registers from 0x0048")
                .endsWith("  0x0048  4A12 3F00");

        threads.onUi(() -> model.scan());
        assertThat(model.scanResults()).containsExactly("slave 1: sdm630, serial 777");
        assertThat(model.scanningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Scan of bus1 done; polling resumed.");
    }
}
