package io.chargedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.collector.BaySnapshot;
import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.meter.Quantity;
import io.chargedesk.meter.Reading;
import io.chargedesk.receipt.Layout;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.testing.IssuingReceipts;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.sessions.ReceiptActions;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A bay's panel without a window: the last hour of power, phases, the session's customer, the last receipt. */
class BayPanelViewModelTest {

    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private final SiteConfig config;
    private final Session last = new Session(UUID.randomUUID(), "A1", "", T0.minus(Duration.ofHours(3)),
            Optional.of(T0.minus(Duration.ofHours(2))), Energy.ofWattHours(0), Energy.ofWattHours(7_500),
            Power.ofWatts(11_000), Duration.ofMinutes(50), T0.minus(Duration.ofHours(2)), false,
            new Customer("Ada", "HH-AB 123", ""), Optional.of(EndReason.TIMEOUT), List.of(), List.of());
    private final IssuingReceipts receipts = new IssuingReceipts(Path.of("receipt-000007.pdf"));
    private final List<Path> opened = new ArrayList<>();
    private Map<Quantity, BigDecimal> meterValues = Map.of();
    private final BayPanelViewModel model;

    BayPanelViewModelTest() throws Exception {
        config = SiteSource.demo().config();
        model = threads.build(() -> new BayPanelViewModel(Messages.of(Locale.ENGLISH), config.site().zone(),
                threads.offUi(BayPanelViewModel.LastSessions.class, bay -> bay.equals("A1") ? Optional.of(last)
                        : Optional.empty()),
                threads.offUi(ReceiptActions.class, receipts), () -> Layout.ROLL, bay -> meterValues,
                threads.background(), threads.ui()));
    }

    @Test
    void theChartKeepsTheLastHourOfTheBaysPowerFromTheSnapshots() {
        SiteSnapshot latest = null;
        for (int second = 0; second <= 90 * 60; second += 5) {
            SiteSnapshot s = site(T0.plusSeconds(second), 1_000L * (second / 60), Optional.empty());
            threads.onUi(() -> model.update(s));
            latest = s;
        }
        SiteSnapshot now = latest;
        threads.onUi(() -> model.open("A1", now));
        List<BayPanelViewModel.Point> points = model.points();
        assertThat(points).hasSize(361);
        assertThat(points.get(0).minutes()).isEqualTo(-60.0);
        assertThat(points.get(points.size() - 1)).isEqualTo(new BayPanelViewModel.Point(0, 90));
    }

    @Test
    void theOpenSessionsCustomerAndPlateThePhasesAndTheLastSessionsReceipt() {
        Session open = new Session(UUID.randomUUID(), "A1", "", T0.minus(Duration.ofMinutes(30)), Optional.empty(),
                Energy.ofWattHours(7_500), Energy.ofWattHours(12_500), Power.ofWatts(11_000), Duration.ofMinutes(30), T0,
                false, new Customer("Grace Hopper", "M-GH 1906", ""), Optional.empty(), List.of(), List.of());
        meterValues = Map.of(Quantity.VOLTAGE_L1, new BigDecimal("231.04"), Quantity.CURRENT_L1, new BigDecimal("15.996"),
                Quantity.VOLTAGE_L2, new BigDecimal("229.9"), Quantity.CURRENT_L2, new BigDecimal("16"));
        SiteSnapshot s = site(T0, 11_000, Optional.of(open));
        threads.onUi(() -> model.open("A1", s));
        assertThat(model.customerProperty().get()).isEqualTo("Grace Hopper");
        assertThat(model.plateProperty().get()).isEqualTo("M-GH 1906");
        assertThat(model.sessionOpenProperty().get()).isTrue();
        assertThat(model.phases()).containsExactly("L1: 231.0 V · 16.00 A", "L2: 229.9 V · 16.00 A");
        assertThat(model.phasesNoteProperty().get()).isEmpty();
        assertThat(model.lastSessionProperty().get()).startsWith("Ended ").contains("7.500 kWh").contains("Ada");

        threads.onUi(() -> model.openReceipt(opened::add));
        assertThat(receipts.asked()).extracting(a -> a.sessionId() + " " + a.format().layout())
                .containsExactly(last.id() + " ROLL");
        assertThat(opened).containsExactly(Path.of("receipt-000007.pdf"));
    }

    @Test
    void aBayWithoutPhaseValuesSaysWhy() {
        SiteSnapshot s = site(T0, 0, Optional.empty());
        threads.onUi(() -> model.open("A2", s));
        assertThat(model.phases()).isEmpty();
        assertThat(model.phasesNoteProperty().get()).startsWith("No phase voltages or currents");
        assertThat(model.customerProperty().get()).isEqualTo("–");
        assertThat(model.lastSessionProperty().get()).isEqualTo("No session on this bay yet.");
        assertThat(model.hasLastSession()).isFalse();
    }

    private SiteSnapshot site(Instant at, long a1Watts, Optional<Session> a1Session) {
        List<BaySnapshot> bays = new ArrayList<>();
        for (BayConfig b : config.bays()) {
            boolean a1 = b.id().equals("A1");
            bays.add(new BaySnapshot(b, a1 && a1Watts > 0 ? BayState.CHARGING : BayState.IDLE,
                    Optional.of(new Reading(b.id(), at, Energy.ofWattHours(5), Power.ofWatts(a1 ? a1Watts : 0))),
                    a1 ? a1Session : Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return new SiteSnapshot(at, bays, 0, Optional.empty());
    }
}
