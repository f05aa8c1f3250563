package io.chargedesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.history.HistoryReport;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.testing.TestThreads;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The managers' screen without a window, on a ui thread and a background thread as in the console: the history and
 * anomalies are read off the ui thread, and the screen changes on it.
 */
class HistoryViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Saturday 28 November 2026, 10:00 in Berlin. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), BERLIN);

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private final List<String> asked = new ArrayList<>();
    private final HistoryViewModel model = threads.build(() -> new HistoryViewModel(
            threads.offUi(HistoryViewModel.HistorySource.class, (from, to) -> {
                asked.add(from + " to " + to);
                return new HistoryReport(from, to, BERLIN, List.of("A1"),
                        List.of(new HistoryBatch.DayTotals("A1", to, 12_000, 2, 12_000, 3_600)), List.of());
            }),
            threads.offUi(HistoryViewModel.AnomalySource.class, (from, to) -> List.of(new SiteAnomaly(Optional.empty(),
                    new Anomaly(AnomalyCode.GRID_LIMIT, Instant.parse("2026-11-27T17:05:00Z"), "grid limit reached")))),
            BERLIN, CLOCK, threads.background(), threads.ui()));

    @Test
    void loadsTheLast30DaysOffTheUiThreadAndShowsThemOnIt() {
        threads.onUi(model::refresh);

        assertThat(asked).containsExactly("2026-10-30 to 2026-11-28");
        assertThat(model.summaryProperty().get()).isEqualTo("2 sessions · 12.000 kWh in 30 days");
        assertThat(model.anomalyLines()).singleElement().asString().endsWith("site  grid_limit: grid limit reached");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsNotLoaded() {
        threads.onUi(() -> model.fromProperty().set(LocalDate.of(2026, 11, 29)));
        threads.onUi(model::refresh);

        assertThat(asked).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Choose a start day and an end day on or after it.");
    }
}
