package io.chargedesk.ui.history;

import static io.chargedesk.ui.history.FakeHistoryFacts.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.session.SiteWatch;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.HistoryFacts;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The managers' screen without a window, on a ui thread and a background thread as in the console: the history is
 * read off the ui thread through the port (an in-memory fake with known data), and the screen changes on it.
 */
class HistoryViewModelTest {

    /** Saturday 28 November 2026, 10:00 in Berlin. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), BERLIN);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private final List<SiteAnomaly> recordedAnomalies = Collections.synchronizedList(new ArrayList<>());

    private HistoryViewModel model(HistoryFacts facts, Locale locale) {
        return model(facts, locale, CLOCK);
    }

    private HistoryViewModel model(HistoryFacts facts, Locale locale, Clock clock) {
        return threads.build(() -> new HistoryViewModel(threads.offUi(HistoryFacts.class, facts),
                threads.offUi(HistoryViewModel.AnomalySource.class, (from, to) -> List.copyOf(recordedAnomalies)),
                new HistoryViewModel.Site("Depot", BERLIN, Currency.getInstance("EUR"), Power.ofKilowatts(40),
                        List.of("A1", "A2")), locale, clock, threads.background(), threads.ui()));
    }

    private HistoryViewModel loaded(FakeHistoryFacts facts) {
        HistoryViewModel model = model(facts, Locale.UK);
        threads.onUi(model::refresh);
        return model;
    }

    /** History loading elsewhere, moved on by the test. */
    private static final class Loading implements BackgroundHistory {
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        private volatile int loaded;

        void reach(int days) {
            loaded = days;
            listeners.forEach(Runnable::run);
        }

        @Override
        public int daysLoaded() {
            return loaded;
        }

        @Override
        public int daysInAll() {
            return 365;
        }

        @Override
        public void onProgress(Runnable listener) {
            listeners.add(listener);
        }
    }

    @Test
    void saysHowFarTheSampleHistoryHasLoadedAndShowsAllOfItOnceItHasWithoutBeingAsked() {
        AtomicReference<HistoryFacts> stored = new AtomicReference<>(
                FakeHistoryFacts.recorded(TODAY.minusDays(4), TODAY, 0.35));
        HistoryFacts growing = (HistoryFacts) Proxy.newProxyInstance(HistoryFacts.class.getClassLoader(),
                new Class<?>[] {HistoryFacts.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(stored.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        HistoryViewModel model = model(growing, Locale.UK);
        Loading sample = new Loading();
        threads.onUi(() -> model.follow(sample));
        threads.onUi(model::refresh);
        assertThat(model.backgroundNoteProperty().get()).startsWith("Sample history is still loading: 0 of 365 days.");
        String partly = model.summaryProperty().get();

        sample.reach(140);
        threads.drain();
        assertThat(model.backgroundNoteProperty().get()).startsWith("Sample history is still loading: 140 of 365 days.");
        assertThat(model.summaryProperty().get()).as("read again only when it is all there").isEqualTo(partly);

        stored.set(FakeHistoryFacts.recorded(TODAY.minusDays(100), TODAY, 0.35));
        sample.reach(365);
        threads.drain();
        assertThat(model.backgroundNoteProperty().get()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("60 sessions · 600.0 kWh · €240.00 in 30 days");
    }

    @Test
    void startsOnTheLast30DaysAndLoadsThemOffTheUiThread() {
        FakeHistoryFacts facts = FakeHistoryFacts.recorded(TODAY.minusDays(100), TODAY, 0.35);
        HistoryViewModel model = loaded(facts);

        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(model.toProperty().get()).isEqualTo(TODAY);
        assertThat(model.pageProperty().get().bucket()).isEqualTo(Bucket.DAY);
        assertThat(model.pageProperty().get().trend()).hasSize(30);
        assertThat(model.summaryProperty().get()).isEqualTo("60 sessions · 600.0 kWh · €240.00 in 30 days");
    }

    /** Today is recorded only so far: a daily trend ending in it would draw its few hours as a collapse. */
    @Test
    void aDailyTrendEndsAtYesterdayWhileTheSummaryCountsToday() {
        HistoryViewModel model = loaded(FakeHistoryFacts.recorded(TODAY.minusDays(100), TODAY, 0.35));

        HistoryPage page = model.pageProperty().get();
        assertThat(page.trend()).hasSize(30);
        assertThat(model.summaryProperty().get()).isEqualTo("60 sessions · 600.0 kWh · €240.00 in 30 days");
        for (ChartData chart : List.of(model.charts().energy(page), model.charts().sessions(page),
                model.charts().revenue(page, "EUR"))) {
            assertThat(chart.categories()).as(chart.id()).hasSize(29).endsWith("27 Nov");
            assertThat(chart.series()).as(chart.id()).allSatisfy(line -> assertThat(line.values()).hasSize(29));
            assertThat(chart.table().rows()).as("%s: its CSV adds up to the summary", chart.id()).hasSize(30)
                    .last().asList().startsWith("2026-11-28");
        }

        threads.onUi(() -> model.fromProperty().set(TODAY));
        assertThat(model.charts().energy(model.pageProperty().get()).categories()).as("only today: its hours")
                .hasSize(24);
    }

    /** Half an hour into Monday 26 October in Berlin, on the night the clocks went back, is still Sunday in UTC. */
    @Test
    void theLastCompleteDayIsTheSitesYesterday() {
        HistoryViewModel model = model(FakeHistoryFacts.recorded(TODAY.minusDays(100), TODAY, 0.35), Locale.UK,
                Clock.fixed(Instant.parse("2026-10-25T23:30:00Z"), BERLIN));
        threads.onUi(model::refresh);

        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(model.charts().energy(model.pageProperty().get()).categories()).endsWith("25 Oct");
    }

    @Test
    void presetsAreTheDaysAManagerMeans() {
        Optional<LocalDate> first = Optional.of(LocalDate.of(2024, 3, 5));
        assertThat(RangePreset.LAST_7_DAYS.range(TODAY, first).orElseThrow())
                .extracting("from", "to").containsExactly(LocalDate.of(2026, 11, 22), TODAY);
        assertThat(RangePreset.LAST_90_DAYS.range(TODAY, first).orElseThrow().days()).isEqualTo(90);
        assertThat(RangePreset.THIS_MONTH.range(TODAY, first).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(RangePreset.LAST_MONTH.range(TODAY, first).orElseThrow())
                .extracting("from", "to").containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertThat(RangePreset.THIS_YEAR.range(TODAY, first).orElseThrow().from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(RangePreset.LAST_YEAR.range(TODAY, first).orElseThrow())
                .extracting("from", "to").containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(RangePreset.ALL.range(TODAY, first).orElseThrow().from()).isEqualTo(first.get());
        assertThat(RangePreset.ALL.range(TODAY, Optional.empty()).orElseThrow().from()).isEqualTo(TODAY);
        assertThat(RangePreset.CUSTOM.range(TODAY, first)).isEmpty();
    }

    @Test
    void choosingAPresetLoadsItsDaysAndChoosingDaysByHandIsCustom() {
        FakeHistoryFacts facts = FakeHistoryFacts.recorded(LocalDate.of(2025, 6, 1), TODAY, 0.2);
        HistoryViewModel model = loaded(facts);

        threads.onUi(() -> model.presetProperty().set(RangePreset.LAST_MONTH));
        assertThat(model.pageProperty().get().range().from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(model.pageProperty().get().range().to()).isEqualTo(LocalDate.of(2026, 10, 31));

        threads.onUi(() -> model.presetProperty().set(RangePreset.ALL));
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(model.presetProperty().get()).isEqualTo(RangePreset.ALL);

        threads.onUi(() -> model.fromProperty().set(LocalDate.of(2026, 11, 20)));
        assertThat(model.presetProperty().get()).isEqualTo(RangePreset.CUSTOM);
        assertThat(model.pageProperty().get().range().from()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void theBarsAreHoursForADayDaysUpToTwoMonthsWeeksUpToAYearAndAHalfThenMonths() {
        HistoryViewModel model = loaded(FakeHistoryFacts.recorded(LocalDate.of(2023, 1, 1), TODAY, 0.2));

        threads.onUi(() -> model.fromProperty().set(TODAY));
        HistoryPage day = model.pageProperty().get();
        assertThat(day.bucket()).isEqualTo(Bucket.HOUR);
        assertThat(day.trend()).hasSize(24);
        assertThat(day.trend().get(18).energy().kilowattHours()).isEqualByComparingTo("20");
        assertThat(day.trend().get(18).sessions()).isEqualTo(2);
        assertThat(day.trend().get(3).sessions()).isZero();
        assertThat(model.charts().energy(day).categories()).startsWith("00:00", "01:00");

        threads.onUi(() -> model.presetProperty().set(RangePreset.LAST_90_DAYS));
        assertThat(model.pageProperty().get().bucket()).isEqualTo(Bucket.WEEK);
        threads.onUi(() -> model.fromProperty().set(LocalDate.of(2024, 1, 1)));
        assertThat(model.pageProperty().get().bucket()).isEqualTo(Bucket.MONTH);
        assertThat(model.pageProperty().get().trend()).hasSize(35);
    }

    @Test
    void theComparisonLineIsThePreviousPeriodOrTheSamePeriodLastYear() {
        FakeHistoryFacts facts = FakeHistoryFacts.recorded(LocalDate.of(2024, 1, 1), TODAY, 0.2);
        HistoryViewModel model = loaded(facts);
        assertThat(facts.asked).contains("totals 2026-09-30 2026-10-29 DAY");

        threads.onUi(() -> model.compareProperty().set(Comparison.SAME_PERIOD_LAST_YEAR));

        assertThat(facts.asked).contains("totals 2025-10-30 2025-11-28 DAY");
        assertThat(model.pageProperty().get().comparison()).hasSize(30);
        assertThat(model.charts().energy(model.pageProperty().get()).series().get(1).name())
                .isEqualTo("Same period last year");
    }

    @Test
    void fewerThanFourteenRecordedDaysGiveNoAdvice() {
        HistoryViewModel model = loaded(FakeHistoryFacts.recorded(TODAY.minusDays(2), TODAY, 0.8));

        threads.onUi(() -> model.presetProperty().set(RangePreset.LAST_7_DAYS));

        assertThat(model.findings()).last().isEqualTo("Only 3 days recorded: too little to advise. Advice starts "
                + "from 14 recorded days.");
        assertThat(model.findings()).noneMatch(f -> f.contains("drivers likely wait"));
    }

    @Test
    void aSingleRecordedDayIsOneDayAndGivesNoAdvice() {
        HistoryViewModel model = loaded(FakeHistoryFacts.recorded(TODAY, TODAY, 0.8));

        threads.onUi(() -> model.fromProperty().set(TODAY));

        assertThat(model.summaryProperty().get()).isEqualTo("2 sessions · 20.0 kWh · €8.00 in 1 day");
        assertThat(model.findings()).containsExactly("Only 1 day recorded: too little to advise. Advice starts "
                + "from 14 recorded days.");
    }

    /** Records from 9 November: the last 30 days reach 10 days before them, which are not idle days. */
    @Test
    void aRangeReachingBeforeTheFirstRecordSaysSoAndAveragesOverRecordedDaysOnly() {
        FakeHistoryFacts facts = FakeHistoryFacts.recorded(LocalDate.of(2026, 11, 9), TODAY, 0.35);
        HistoryViewModel model = loaded(facts);

        assertThat(model.findings()).startsWith(
                "Records start on 9 Nov 2026: the 10 days before it are left out, and averages cover the 20 "
                        + "recorded days only.",
                "Bays charged 35% of the time on average; the busiest hours start at 18:00.");
        assertThat(facts.asked).contains("bays 2026-11-09 2026-11-28", "weekHours 2026-11-09 2026-11-28");
        assertThat(model.pageProperty().get().bays()).allSatisfy(b ->
                assertThat(b.charging()).isEqualByComparingTo("0.35"));
    }

    @Test
    void aDayBeforeTheFirstRecordIsOneDay() {
        HistoryViewModel model = loaded(FakeHistoryFacts.recorded(LocalDate.of(2026, 11, 10), TODAY, 0.35));

        threads.onUi(() -> model.fromProperty().set(LocalDate.of(2026, 11, 9)));

        assertThat(model.findings()).first().asString().contains("the day before it is left out");
    }

    @Test
    void busyBaysAndPeaksNearTheGridLimitAreNamed() {
        FakeHistoryFacts facts = new FakeHistoryFacts(Optional.of(new HistoryFacts.RecordedDays(
                LocalDate.of(2026, 1, 1), TODAY)), List.of("A1", "A2"), 0.6, 38);
        HistoryViewModel model = loaded(facts);

        assertThat(model.findings()).contains("Bay A1 charged 60% of the time: drivers likely wait; a bay next to it "
                + "would be used.", "The site as a whole is busy: adding bays would add sessions.",
                "Peaks come close to the grid limit: more bays need a larger connection or load management.");
        assertThat(model.findings()).anyMatch(f -> f.startsWith("The highest 15-minute demand was 38 kW on ")
                && f.endsWith(": 95% of the grid limit of 40 kW."));
    }

    @Test
    void theFindingsAndSummaryAreInTheUsersLanguage() {
        HistoryViewModel model = model(FakeHistoryFacts.recorded(TODAY, TODAY, 0.8), Locale.GERMANY);

        threads.onUi(() -> model.fromProperty().set(TODAY));

        assertThat(model.summaryProperty().get()).isEqualTo("2 Ladevorgänge · 20,0 kWh · 8,00\u00a0€ in 1 Tag");
        assertThat(model.findings()).containsExactly("Nur 1 Tag aufgezeichnet: zu wenig für eine Empfehlung. "
                + "Empfehlungen gibt es ab 14 aufgezeichneten Tagen.");
    }

    @Test
    void theBayFilterAsksForThatBayOnly() {
        FakeHistoryFacts facts = FakeHistoryFacts.recorded(LocalDate.of(2026, 1, 1), TODAY, 0.2);
        HistoryViewModel model = loaded(facts);

        threads.onUi(() -> model.bayProperty().set("A2"));

        assertThat(model.pageProperty().get().range().bays()).containsExactly("A2");
        assertThat(model.pageProperty().get().bays()).extracting(HistoryFacts.BayFacts::bayId).containsExactly("A2");
    }

    @Test
    void nothingRecordedSaysSo() {
        HistoryViewModel model = loaded(FakeHistoryFacts.nothing());

        assertThat(model.findings()).containsExactly("No sessions in this range yet.");
        assertThat(model.anomalyLines()).containsExactly("No site anomalies in this range.");
        assertThat(model.summaryProperty().get()).startsWith("no sessions · 0.0 kWh");
    }

    /** The console reads again when the screen is opened: anomalies recorded since start-up show at once. */
    @Test
    void readingAgainShowsAnomaliesRecordedSinceTheLastRead() {
        HistoryViewModel model = loaded(FakeHistoryFacts.recorded(LocalDate.of(2026, 1, 1), TODAY, 0.2));
        assertThat(model.anomalyLines()).containsExactly("No site anomalies in this range.");
        recordedAnomalies.add(new SiteAnomaly(Optional.of("A1"), new Anomaly(AnomalyCode.GRID_LIMIT,
                Instant.parse("2026-11-27T17:05:00Z"),
                SiteWatch.gridLoad(Power.ofKilowatts(1234.5), Power.ofKilowatts(1250)))));

        threads.onUi(model::refresh);

        assertThat(model.anomalyLines()).singleElement().asString()
                .endsWith("bay A1  Grid limit exceeded: site load 1,234.50 kW is 99 % of the grid limit 1,250.00 kW");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsNotLoaded() {
        FakeHistoryFacts facts = FakeHistoryFacts.recorded(LocalDate.of(2026, 1, 1), TODAY, 0.2);
        HistoryViewModel model = model(facts, Locale.UK);
        threads.onUi(() -> model.fromProperty().set(LocalDate.of(2026, 11, 29)));

        assertThat(model.pageProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Choose a start day and an end day on or after it.");
    }
}
