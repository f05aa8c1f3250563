package io.chargedesk.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.alert.Acknowledgement;
import io.chargedesk.alert.Alert;
import io.chargedesk.alert.AlertKey;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.text.Messages;
import io.chargedesk.text.Reason;
import io.chargedesk.ui.alerts.AlertsViewModel.AlertRow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert list without a window: loads off the ui thread, notifies new alerts once, acknowledges with a name. */
class AlertsViewModelTest {

    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    /** The store's alerts, the newest last; the fake lists them as the repository does. */
    private final List<Alert> stored = new CopyOnWriteArrayList<>();
    private final List<String> notified = new ArrayList<>();
    private final AlertsViewModel model;

    AlertsViewModelTest() {
        AlertsViewModel.AlertStore fake = new AlertsViewModel.AlertStore() {
            @Override
            public List<Alert> list() {
                List<Alert> out = new ArrayList<>(stored);
                out.sort((a, b) -> a.isAcknowledged() != b.isAcknowledged() ? (a.isAcknowledged() ? 1 : -1)
                        : Long.compare(b.id(), a.id()));
                return out;
            }

            @Override
            public boolean acknowledge(long alertId, String name) {
                Alert a = stored.stream().filter(x -> x.id() == alertId).findFirst().orElseThrow();
                stored.set(stored.indexOf(a), new Alert(a.id(), a.raisedAt(), a.key(), a.reasons(), a.clearedAt(),
                        Optional.of(new Acknowledgement(name.strip(), T0.plusSeconds(600)))));
                return true;
            }
        };
        model = threads.build(() -> {
            AlertsViewModel m = new AlertsViewModel(threads.offUi(AlertsViewModel.AlertStore.class, fake),
                    Messages.of(Locale.ENGLISH), ZoneId.of("Europe/Berlin"), threads.background(), threads.ui());
            m.setOnRaised(row -> notified.add(row.kind() + " " + row.bay()));
            return m;
        });
    }

    private void raise(long id, AlertKey key, Optional<Instant> cleared) {
        stored.add(new Alert(id, T0.plusSeconds(id), key, List.of(Reason.said("reason " + id)), cleared, Optional.empty()));
    }

    @Test
    void theFirstLoadNotifiesWhatIsActiveNowAndLaterLoadsOnlyWhatIsNew() {
        raise(1, AlertKey.bay(AlertKind.METER_OFFLINE, "A1"), Optional.of(T0.plusSeconds(60)));
        raise(2, AlertKey.site(AlertKind.GRID_NEAR_LIMIT), Optional.empty());
        threads.onUi(model::refresh);
        assertThat(notified).containsExactly("Near the grid limit Site");
        assertThat(model.rows()).extracting(AlertRow::id).containsExactly(2L, 1L);
        assertThat(model.titleProperty().get()).isEqualTo("Alerts (2)");
        assertThat(model.rows().get(1).status()).startsWith("Cleared ");
        assertThat(model.rows().get(1).raised()).as("in the site's zone").contains("10:00:01");

        threads.onUi(model::refresh);
        assertThat(notified).as("nothing new").hasSize(1);

        raise(3, AlertKey.bay(AlertKind.METER_FAULT, "A4"), Optional.empty());
        raise(4, AlertKey.site(AlertKind.RECORDING_FAILING), Optional.of(T0.plusSeconds(9)));
        threads.onUi(model::refresh);
        assertThat(notified).containsExactly("Near the grid limit Site", "Meter fault A4", "Recording failing Site");
    }

    @Test
    void aSilentBusIsShownAsThatBusNotAsABay() {
        raise(1, AlertKey.bus(AlertKind.BUS_SILENT, "bus1"), Optional.empty());
        threads.onUi(model::refresh);
        assertThat(notified).containsExactly("No meter on the bus answers Bus bus1");
        assertThat(model.rows().get(0).bay()).isEqualTo("Bus bus1");
    }

    @Test
    void acknowledgingStoresTheNameAndReloadsTheList() {
        raise(1, AlertKey.bay(AlertKind.METER_OFFLINE, "A1"), Optional.empty());
        threads.onUi(model::refresh);
        AlertRow row = model.rows().get(0);
        threads.onUi(() -> model.acknowledge(row, "  Jana Kühn "));
        assertThat(model.rows().get(0).acknowledged()).isTrue();
        assertThat(model.rows().get(0).acknowledgedBy()).startsWith("Jana Kühn, ");
        assertThat(model.titleProperty().get()).isEqualTo("Alerts");
        assertThat(model.messageProperty().get()).isEqualTo("Acknowledged: Meter offline on A1.");
    }

    @Test
    void aBlankOrOverlongNameIsRefusedWithoutStoringAnything() {
        raise(1, AlertKey.bay(AlertKind.METER_OFFLINE, "A1"), Optional.empty());
        threads.onUi(model::refresh);
        AlertRow row = model.rows().get(0);
        threads.onUi(() -> model.acknowledge(row, " "));
        assertThat(model.messageProperty().get()).startsWith("Name: type your name");
        threads.onUi(() -> model.acknowledge(row, "x".repeat(101)));
        assertThat(model.messageProperty().get()).isEqualTo("Name: 101 characters; at most 100.");
        assertThat(stored.get(0).acknowledged()).isEmpty();
    }
}
