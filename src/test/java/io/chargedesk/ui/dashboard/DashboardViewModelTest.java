package io.chargedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.collector.BayActions;
import io.chargedesk.collector.BaySnapshot;
import io.chargedesk.collector.Handover;
import io.chargedesk.collector.NotSavedException;
import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.PollFailure;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.AnomalyReason;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionTraces;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.testing.RecordedCustomerLinks;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.text.Messages;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard's logic, without a window: on a ui thread and a background thread, as in the console. */
class DashboardViewModelTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private final List<String> done = new ArrayList<>();
    /** The sessions the attendant's actions opened or annotated, oldest first. */
    private final List<Session> started = new ArrayList<>();
    private static final CustomerAccount JUERGEN = CustomerAccount.draft("Jürgen Müller", "Müller Bau",
            List.of("HH-JM 4711", "HH-JM 4712"), "", "", "", OptionalLong.empty()).withId(7);
    private final RecordedCustomerLinks links = new RecordedCustomerLinks(JUERGEN);
    /** The sessions started today, as the database would list them. */
    private final List<Session> today = new ArrayList<>();
    private final BayActions actions = new BayActions() {
        @Override
        public CompletionStage<Session> openSession(String bayId, Customer customer) {
            done.add("open " + bayId + " " + customer.name());
            Session opened = session(customer);
            started.add(opened);
            return CompletableFuture.completedFuture(opened);
        }

        /** Bay A1 has an open session in these tests; no other bay has. */
        @Override
        public CompletionStage<Session> closeSession(String bayId) {
            done.add("close " + bayId);
            return bayId.equals("A1") ? CompletableFuture.completedFuture(closed(ADA))
                    : CompletableFuture.failedFuture(new IllegalStateException("Bay " + bayId
                    + " has no open session to close."));
        }

        @Override
        public CompletionStage<Handover> endAndContinue(String bayId, Customer customer) {
            done.add("end and continue " + bayId + " for " + customer.name());
            Session ended = closed(ADA);
            return CompletableFuture.completedFuture(new Handover(ended, new Session(UUID.randomUUID(), bayId, "",
                    NOW, Optional.empty(), ended.endRegister(), ended.endRegister(), Power.ZERO, Duration.ZERO, NOW,
                    false, customer, Optional.empty(), List.of(), List.of())));
        }

        @Override
        public CompletionStage<Session> annotate(String bayId, Customer customer) {
            done.add("annotate " + bayId);
            Session annotated = session(customer);
            started.add(annotated);
            return CompletableFuture.completedFuture(annotated);
        }

        @Override
        public CompletionStage<Void> acknowledgeFault(String bayId) {
            done.add("acknowledge " + bayId);
            return CompletableFuture.completedFuture(null);
        }
    };
    private final SiteConfig config;
    /** How often the tariffs were asked for: once per session priced. */
    private final AtomicInteger pricings = new AtomicInteger();
    private final DashboardViewModel model;

    DashboardViewModelTest() throws Exception {
        config = SiteSource.demo().config();
        model = model(SessionTraces.NONE);
    }

    private DashboardViewModel model(SessionTraces traces) {
        SessionPricer pricer = new SessionPricer(() -> {
            pricings.incrementAndGet();
            return new TariffBook(config.tariffs());
        }, Map.of(), config.site().zone(), threads.offUi(SessionTraces.class, traces));
        return threads.build(() -> new DashboardViewModel(config, pricer, actions,
                threads.offUi(TodaysSessions.class, from -> today),
                threads.offUi(DashboardViewModel.CustomerLinks.class, links), ENGLISH, threads.background(),
                threads.ui()));
    }

    /** Hands the snapshot to the dashboard on the ui thread, as the console's timeline does, and waits until shown. */
    private void update(SiteSnapshot snapshot) {
        threads.onUi(() -> model.update(snapshot));
    }

    private SiteSnapshot snapshot(BaySnapshot first, Optional<String> storeProblem) {
        List<BaySnapshot> bays = new ArrayList<>();
        bays.add(first);
        config.bays().stream().skip(1).forEach(b -> bays.add(new BaySnapshot(b, BayState.IDLE,
                Optional.of(new Reading(b.id(), NOW, Energy.ofWattHours(5), Power.ZERO)), Optional.empty(),
                Optional.empty(), Optional.empty())));
        return new SiteSnapshot(NOW, bays, 0, storeProblem);
    }

    /** Read at a glance: the meter's second-to-second wander and the seconds do not make a tile's digits flicker. */
    @Test
    void aTileShowsPowerToATenthEnergyToAHundredthAndTimeToTheMinute() {
        List<String> shown = new ArrayList<>();
        for (long watts : new long[] {11_020, 10_970}) {
            Session open = new Session(UUID.randomUUID(), "A1", "", NOW.minus(Duration.ofSeconds(3_925)),
                    Optional.empty(), Energy.ofWattHours(1_000), Energy.ofWattHours(13_004), Power.ofWatts(11_020),
                    Duration.ofSeconds(3_925), NOW, false, new Customer("Ada", "", ""), Optional.empty(), List.of(),
                    List.of());
            update(snapshot(new BaySnapshot(config.bays().get(0), BayState.CHARGING,
                    Optional.of(new Reading("A1", NOW, Energy.ofWattHours(13_004), Power.ofWatts(watts))),
                    Optional.of(open), Optional.empty(), Optional.empty()), Optional.empty()));
            BayTileModel tile = model.tiles().get(0);
            shown.add(tile.powerProperty().get() + " · " + tile.energyProperty().get() + " · "
                    + tile.elapsedProperty().get());
        }
        assertThat(shown).containsExactly("11.0 kW · 12.00 kWh · 1 h 05 min", "11.0 kW · 12.00 kWh · 1 h 05 min");
    }

    @Test
    void aChargingBayShowsPowerEnergyTimeAndCostFromTheCostEngine() {
        Session open = new Session(UUID.randomUUID(), "A1", "", NOW.minus(Duration.ofMinutes(42)), Optional.empty(),
                Energy.ofWattHours(1_000), Energy.ofWattHours(11_000), Power.ofWatts(11_000), Duration.ofMinutes(42),
                NOW, false, new Customer("Ada", "", ""), Optional.empty(), List.of(), List.of());
        BaySnapshot a1 = new BaySnapshot(config.bays().get(0), BayState.CHARGING,
                Optional.of(new Reading("A1", NOW, Energy.ofWattHours(11_000), Power.ofWatts(10_950))),
                Optional.of(open), Optional.empty(), Optional.empty());
        update(snapshot(a1, Optional.empty()));
        BayTileModel tile = model.tiles().get(0);
        assertThat(tile.stateProperty().get()).isEqualTo(BayState.CHARGING);
        assertThat(tile.powerProperty().get()).isEqualTo("11.0 kW");
        assertThat(tile.energyProperty().get()).isEqualTo("10.00 kWh");
        assertThat(tile.elapsedProperty().get()).isEqualTo("42 min");
        assertThat(tile.costProperty().get()).as("10 kWh × 0.49").isEqualTo("4.90 EUR so far");
        assertThat(tile.customerProperty().get()).as("the customer is no problem to notice").isEqualTo("Ada");
        assertThat(tile.detailProperty().get()).isEmpty();
        assertThat(model.chargingSummaryProperty().get()).isEqualTo("1 of 12 bays charging");
        assertThat(model.onlineSummaryProperty().get()).isEqualTo("Meters online: 12 of 12");
        assertThat(model.siteKwProperty().get()).isEqualTo(10.95);
        assertThat(model.warningProperty().get()).isEmpty();
        assertThat(model.tiles().get(1).energyProperty().get()).as("a free bay shows its meter register")
                .isEqualTo("Meter 0.005 kWh");
        assertThat(model.tiles().get(1).costProperty().get()).isEmpty();
    }

    private static final Customer ADA = new Customer("Ada", "HH-AB 123", "");

    /** 10 kWh on bay A1, closed now. */
    private static Session closed(Customer customer) {
        return new Session(UUID.randomUUID(), "A1", "", NOW.minus(Duration.ofMinutes(42)), Optional.of(NOW),
                Energy.ofWattHours(1_000), Energy.ofWattHours(11_000), Power.ofWatts(11_000), Duration.ofMinutes(42),
                NOW, false, customer, Optional.of(EndReason.MANUAL), List.of(), List.of());
    }

    /** Bay A1 with its session open for Ada, the meter's latest power {@code watts}. */
    private BaySnapshot a1Open(BayState state, long watts) {
        Session open = new Session(UUID.randomUUID(), "A1", "", NOW.minus(Duration.ofMinutes(42)), Optional.empty(),
                Energy.ofWattHours(1_000), Energy.ofWattHours(11_000), Power.ofWatts(11_000), Duration.ofMinutes(42),
                NOW, false, ADA, Optional.empty(), List.of(), List.of());
        return new BaySnapshot(config.bays().get(0), state,
                Optional.of(new Reading("A1", NOW, Energy.ofWattHours(11_000), Power.ofWatts(watts))),
                Optional.of(open), Optional.empty(), Optional.empty());
    }

    @Test
    void stoppingABayThatStillDrawsPowerAsksFirstAndDoesNothingYet() {
        update(snapshot(a1Open(BayState.CHARGING, 11_000), Optional.empty()));

        var question = threads.onUi(() -> model.closeSession("A1")).orElseThrow();

        assertThat(done).as("nothing is done before the attendant chooses").isEmpty();
        assertThat(question.title()).isEqualTo("Bay A1 is still drawing 11.00 kW");
        assertThat(question.question()).contains("record the rest of the charge in a new session",
                "from the same meter reading", "cancel, and the session goes on");
        assertThat(question.customer()).as("the new session's customer starts as the current one").isEqualTo(ADA);
    }

    @Test
    void endingHereStartsTheNewSessionForTheChosenCustomerAndSaysWhatWasBilled() {
        update(snapshot(a1Open(BayState.CHARGING, 11_000), Optional.empty()));
        threads.onUi(() -> model.closeSession("A1"));

        threads.onUi(() -> model.endAndContinue("A1", SessionCustomer.typed(new Customer("Bo", "", ""))));

        assertThat(done).containsExactly("end and continue A1 for Bo");
        assertThat(model.messageProperty().get()).isEqualTo("Session on bay A1 ended: 10.000 kWh, 4.90 EUR. The "
                + "charge goes on in a new session for Bo, from meter 11.000 kWh.");
    }

    @Test
    void stoppingAnIdleBayClosesAtOnceAsBefore() {
        update(snapshot(a1Open(BayState.PAUSED, 50), Optional.empty()));

        assertThat(threads.onUi(() -> model.closeSession("A1"))).isEmpty();

        assertThat(done).containsExactly("close A1");
        assertThat(model.messageProperty().get()).isEqualTo("Session on bay A1 closed: 10.000 kWh, 4.90 EUR.");
    }

    @Test
    void anOfflineBayIsStoppedAsBeforeSinceNobodyKnowsWhetherPowerFlows() {
        update(snapshot(a1Open(BayState.OFFLINE, 11_000), Optional.empty()));

        assertThat(threads.onUi(() -> model.closeSession("A1"))).isEmpty();
        assertThat(done).containsExactly("close A1");
    }

    @Test
    void aTimeOfUseSessionIsPricedFromItsEvidenceOffTheUiThread() {
        // Wednesday 3 June 2026, 19:30 to 20:30 in Berlin: across the 20:00 change from peak to off-peak.
        Instant start = Instant.parse("2026-06-03T17:30:00Z");
        Instant at = start.plus(Duration.ofHours(1));
        List<Instant> asked = new ArrayList<>();
        DashboardViewModel timeOfUse = model(session -> boundary -> {
            asked.add(boundary);
            return Energy.ofWattHours(4_000);
        });
        Session open = new Session(UUID.randomUUID(), "A1", "", start, Optional.empty(), Energy.ofWattHours(1_000),
                Energy.ofWattHours(11_000), Power.ofWatts(11_000), Duration.ofHours(1), at, false, ADA,
                Optional.empty(), List.of(), List.of());
        BaySnapshot a1 = new BaySnapshot(config.bays().get(0), BayState.CHARGING,
                Optional.of(new Reading("A1", at, Energy.ofWattHours(11_000), Power.ofWatts(11_000))),
                Optional.of(open), Optional.empty(), Optional.empty());

        threads.onUi(() -> timeOfUse.update(new SiteSnapshot(at, List.of(a1), 0, Optional.empty())));

        assertThat(asked).as("the register at 20:00, read from the evidence").isNotEmpty();
        assertThat(timeOfUse.tiles().get(0).costProperty().get()).as("4 kWh × 0.59 + 6 kWh × 0.39")
                .isEqualTo("4.70 EUR so far");
    }

    /** The console asks twice a second; the collector makes a new snapshot once a poll. */
    @Test
    void theSameSnapshotAgainIsNeitherPricedNorDrawnAgain() {
        SiteSnapshot once = snapshot(a1Open(BayState.CHARGING, 11_000), Optional.empty());
        update(once);
        long drawn = model.historyRevisionProperty().get();

        update(once);

        assertThat(pricings).hasValue(1);
        assertThat(model.historyRevisionProperty().get()).as("the chart is not redrawn").isEqualTo(drawn);
    }

    @Test
    void snapshotsThatArriveWhileOneIsPricedReplaceEachOtherAndOnlyTheNewestIsShown() {
        threads.holdBackground();
        Instant at = NOW;
        for (long watts : new long[] {3_000, 7_000, 11_000}) {
            update(at(at, snapshot(a1Open(BayState.CHARGING, watts), Optional.empty())));
            at = at.plus(DashboardViewModel.FIGURES_EVERY);
        }
        assertThat(model.tiles().get(0).powerProperty().get()).as("nothing shown before it is priced").isEqualTo("–");

        threads.releaseBackground();

        assertThat(pricings).as("one snapshot priced, not three").hasValue(1);
        assertThat(model.tiles().get(0).powerProperty().get()).isEqualTo("11.0 kW");
    }

    /** 40 tiles changing their figures every second cost more to paint than the console may spend. */
    @Test
    void figuresAreShownAnewEveryTwoSecondsAndAChangeOfStateAtOnce() {
        update(snapshot(a1Open(BayState.CHARGING, 11_000), Optional.empty()));
        assertThat(model.tiles().get(0).powerProperty().get()).isEqualTo("11.0 kW");

        update(at(NOW.plusSeconds(1), snapshot(a1Open(BayState.CHARGING, 7_000), Optional.empty())));
        assertThat(model.tiles().get(0).powerProperty().get()).as("a second later").isEqualTo("11.0 kW");
        update(at(NOW.plusSeconds(2), snapshot(a1Open(BayState.CHARGING, 7_000), Optional.empty())));
        assertThat(model.tiles().get(0).powerProperty().get()).as("two seconds later").isEqualTo("7.0 kW");

        update(at(NOW.plusSeconds(3), snapshot(a1Open(BayState.PAUSED, 400), Optional.empty())));
        assertThat(model.tiles().get(0).stateTextProperty().get()).as("a new state, a second later")
                .isEqualTo("Paused");
        assertThat(model.tiles().get(0).powerProperty().get()).isEqualTo("0.4 kW");
        update(at(NOW.plusSeconds(4), snapshot(a1Open(BayState.PAUSED, 400), Optional.of("disk full"))));
        assertThat(model.warningProperty().get()).as("recording failing, a second later").contains("disk full");
    }

    private static SiteSnapshot at(Instant at, SiteSnapshot snapshot) {
        return new SiteSnapshot(at, snapshot.bays(), snapshot.sessionsChanged(), snapshot.storeProblem(),
                snapshot.silentBuses());
    }

    @Test
    void aBayNeverShowsFreeWhilePowerFlows() {
        BaySnapshot rising = new BaySnapshot(config.bays().get(0), BayState.IDLE,
                Optional.of(new Reading("A1", NOW, Energy.ofWattHours(5), Power.ofWatts(11_000))), Optional.empty(),
                Optional.empty(), Optional.empty());
        update(snapshot(rising, Optional.empty()));

        assertThat(model.tiles().get(0).stateTextProperty().get()).isEqualTo("Starting");
        assertThat(model.tiles().get(1).stateTextProperty().get()).as("a free bay at 0 W").isEqualTo("Free");
        update(snapshot(a1Open(BayState.CHARGING, 11_000), Optional.empty()));
        assertThat(model.tiles().get(0).stateTextProperty().get()).isEqualTo("Charging");
    }

    private static Session session(Customer customer) {
        return new Session(UUID.randomUUID(), "A3", "", NOW, Optional.empty(), Energy.ZERO, Energy.ZERO, Power.ZERO,
                Duration.ZERO, NOW, true, customer, Optional.empty(), List.of(), List.of());
    }

    @Test
    void attendantActionsReportWhatHappenedOrWhy() {
        threads.onUi(() -> model.openSession("A3", SessionCustomer.typed(new Customer("Ada", "", ""))));
        assertThat(done).containsExactly("open A3 Ada");
        assertThat(model.messageProperty().get()).isEqualTo("Session opened on bay A3 for Ada.");
        threads.onUi(() -> model.closeSession("A3"));
        assertThat(model.messageProperty().get()).isEqualTo("Not done: Bay A3 has no open session to close.");
    }

    @Test
    void anOfflineBaySaysWhyAndShowsNoPower() {
        BaySnapshot a1 = new BaySnapshot(config.bays().get(0), BayState.OFFLINE,
                Optional.of(new Reading("A1", NOW.minusSeconds(60), Energy.ofWattHours(1), Power.ofWatts(7_000))),
                Optional.empty(), Optional.of(new PollFailure("A1", NOW, FaultKind.CRC, "bad CRC 0x1234")),
                Optional.empty());
        update(snapshot(a1, Optional.of("disk full")));
        BayTileModel tile = model.tiles().get(0);
        assertThat(tile.powerProperty().get()).isEqualTo("–");
        assertThat(tile.detailProperty().get()).isEqualTo("corrupted frame (CRC): bad CRC 0x1234");
        assertThat(model.warningProperty().get()).contains("Recording to the database is failing: disk full");
    }

    @Test
    void aMeterFaultShowsOnAWorkingBayUntilTheAttendantAcknowledgesIt() {
        Anomaly swap = new Anomaly(AnomalyCode.METER_CHANGED, NOW, Reason.of(AnomalyReason.METER_CHANGED, "1111", "2222"));
        BaySnapshot a1 = new BaySnapshot(config.bays().get(0), BayState.IDLE,
                Optional.of(new Reading("A1", NOW, Energy.ofWattHours(10), Power.ZERO)), Optional.empty(),
                Optional.empty(), Optional.of(swap));
        update(snapshot(a1, Optional.empty()));
        BayTileModel tile = model.tiles().get(0);
        assertThat(tile.faultProperty().get()).isTrue();
        assertThat(tile.detailProperty().get())
                .isEqualTo("FAULT: meter serial changed from 1111 to 2222 — check the meter, then acknowledge");
        assertThat(model.hasFault("A1")).isTrue();
        assertThat(model.hasFault("A2")).isFalse();
        threads.onUi(() -> model.acknowledgeFault("A1"));
        assertThat(done).containsExactly("acknowledge A1");
        assertThat(model.messageProperty().get()).isEqualTo("Fault on bay A1 acknowledged.");
    }

    @Test
    void aChangeTheDatabaseDidNotTakeIsReportedAsNotSavedNeverAsSaved() {
        String why = "Not saved: the database refused the session on bay A1 (Value too long for column "
                + "\"CUSTOMER_PLATE CHARACTER VARYING(32)\"). The bay goes on recording, and this change is kept "
                + "aside on this PC; correct it and save again.";
        BayActions refusing = new BayActions() {
            @Override
            public CompletionStage<Session> openSession(String bayId, Customer customer) {
                return CompletableFuture.failedFuture(new NotSavedException(why));
            }

            @Override
            public CompletionStage<Session> closeSession(String bayId) {
                return CompletableFuture.failedFuture(new NotSavedException(why));
            }

            @Override
            public CompletionStage<Handover> endAndContinue(String bayId, Customer customer) {
                return CompletableFuture.failedFuture(new NotSavedException(why));
            }

            @Override
            public CompletionStage<Session> annotate(String bayId, Customer customer) {
                // As the collector's future reaches a dependent stage: wrapped.
                return CompletableFuture.<Session>failedFuture(new NotSavedException(why)).thenApply(s -> s);
            }

            @Override
            public CompletionStage<Void> acknowledgeFault(String bayId) {
                return CompletableFuture.completedFuture(null);
            }
        };
        DashboardViewModel refused = threads.build(() -> new DashboardViewModel(config, new SessionPricer(
                () -> new TariffBook(config.tariffs()), Map.of(), config.site().zone(), SessionTraces.NONE),
                refusing, from -> List.of(), links, ENGLISH, threads.background(), threads.ui()));

        threads.onUi(() -> refused.annotate("A1", SessionCustomer.typed(new Customer("Ada", "X".repeat(32), ""))));
        assertThat(refused.messageProperty().get()).isEqualTo(why);
        threads.onUi(() -> refused.openSession("A1", SessionCustomer.typed(Customer.NONE)));
        assertThat(refused.messageProperty().get()).isEqualTo(why);
    }

    /** Every bay of the demo site at {@code watts}. */
    private SiteSnapshot allAt(Instant at, long watts) {
        return new SiteSnapshot(at, config.bays().stream().map(b -> new BaySnapshot(b, BayState.CHARGING,
                Optional.of(new Reading(b.id(), at, Energy.ofWattHours(5), Power.ofWatts(watts))), Optional.empty(),
                Optional.empty(), Optional.empty())).toList(), 0, Optional.empty());
    }

    @Test
    void theChartIsFedTheSitesTotalPowerAsTheGaugeShowsIt() {
        update(allAt(NOW, 9_000));
        update(allAt(NOW.plusSeconds(5), 1_000));

        assertThat(model.siteKwProperty().get()).isEqualTo(12.0);
        List<Double> drawn = new ArrayList<>();
        threads.onUi(() -> model.history().forEach((minutesAgo, kw) -> drawn.add(kw)));
        assertThat(drawn).as("the site's total at each step, not one bay's or a clipped value")
                .containsExactly(108.0, 12.0);
        assertThat(threads.onUi(() -> model.history().peakKw())).isEqualTo(108.0);
    }

    @Test
    void theBannerWarnsWhenTheSiteReachesTheAlarmBandOfItsGridLimit() {
        double limit = model.gridLimitKw();
        update(allAt(NOW, Math.round(limit * 1000 * 0.9 / config.bays().size())));
        assertThat(model.warningProperty().get()).as("90 %: the amber band, no banner").isEmpty();

        update(allAt(NOW.plus(DashboardViewModel.FIGURES_EVERY), Math.round(limit * 1000 * 0.96
                / config.bays().size())));
        assertThat(model.warningProperty().get()).isEqualTo("Site load is at 96 % of the grid limit");
    }

    /** At noon with cars charging, today's line counts them too: their energy and cost so far, as their tiles show. */
    @Test
    void todaysTotalsCountTheClosedSessionsAsBilledAndTheOpenOnesSoFar() {
        BaySnapshot charging = a1Open(BayState.CHARGING, 11_000);
        today.add(closed(ADA));
        today.add(charging.openSession().orElseThrow());

        update(snapshot(charging, Optional.empty()));

        assertThat(model.todaySummaryProperty().get()).as("10 kWh billed 4.90 plus 10 kWh at 4.90 so far")
                .isEqualTo("Today: 2 sessions, 1 still open · 20.000 kWh · 9.80 EUR so far");
        assertThat(model.onlineSummaryProperty().get()).isEqualTo("Meters online: 12 of 12");

        update(allAt(NOW.plusSeconds(60), 0));
        assertThat(model.todaySummaryProperty().get()).as("no session open in the newest snapshot")
                .isEqualTo("Today: 1 session, none open · 10.000 kWh · 4.90 EUR so far");
    }

    @Test
    void germanTilesSayItInGermanWithGermanNumbers() {
        DashboardViewModel german = threads.build(() -> new DashboardViewModel(config, new SessionPricer(
                () -> new TariffBook(config.tariffs()), Map.of(), config.site().zone(), SessionTraces.NONE),
                actions, from -> List.of(), links, Messages.of(Locale.GERMAN), threads.background(), threads.ui()));

        threads.onUi(() -> german.update(snapshot(a1Open(BayState.CHARGING, 10_950), Optional.empty())));

        BayTileModel tile = german.tiles().get(0);
        assertThat(tile.stateTextProperty().get()).isEqualTo("Lädt");
        assertThat(tile.powerProperty().get()).isEqualTo("11,0 kW");
        assertThat(tile.costProperty().get()).isEqualTo("4,90 EUR bisher");
        assertThat(tile.customerProperty().get()).isEqualTo("Ada · HH-AB 123");
        assertThat(german.tiles().get(1).stateTextProperty().get()).isEqualTo("Frei");
    }

    @Test
    void choosingARegisteredCustomerFillsNameAndPlateAndLinksTheStartedSession() {
        CustomerChoice choice = threads.onUi(() -> threads.watch(model.customerChoice(Customer.NONE)));
        threads.onUi(() -> choice.search("hh-jm"));
        assertThat(choice.suggestions()).containsExactly(JUERGEN);

        threads.onUi(() -> choice.choose(JUERGEN));
        threads.onUi(() -> choice.odometerProperty().set("123,456"));
        assertThat(choice.nameProperty().get()).isEqualTo("Jürgen Müller");
        assertThat(choice.plateProperty().get()).isEqualTo("HH-JM 4711");
        assertThat(choice.odometerProblem()).isEmpty();
        threads.onUi(() -> model.openSession("A3", choice.answer()));

        assertThat(done).containsExactly("open A3 Jürgen Müller");
        assertThat(links.linked()).containsExactly(new SessionLink(started.get(0).id(), OptionalLong.of(7),
                OptionalInt.of(123_456)));
        assertThat(model.messageProperty().get()).isEqualTo("Session opened on bay A3 for Jürgen Müller.");
    }

    @Test
    void searchingAgainDropsTheChosenCustomerAndAnOdometerAloneIsLinkedOnAnnotate() {
        CustomerChoice choice = threads.onUi(() -> threads.watch(model.customerChoice(ADA)));
        threads.onUi(() -> choice.choose(JUERGEN));
        threads.onUi(() -> choice.search("nobody"));
        assertThat(choice.suggestions()).isEmpty();
        threads.onUi(() -> choice.odometerProperty().set(" 42 "));
        threads.onUi(() -> model.annotate("A1", choice.answer()));

        assertThat(links.linked()).containsExactly(new SessionLink(started.get(0).id(), OptionalLong.empty(),
                OptionalInt.of(42)));
    }

    @Test
    void anOdometerOutOfRangeOrUnreadableIsRefusedNamingTheField() {
        CustomerChoice choice = threads.onUi(() -> model.customerChoice(Customer.NONE));
        threads.onUi(() -> choice.odometerProperty().set("10,000,000"));
        assertThat(choice.odometerProblem()).contains("Odometer: 10,000,000 km is out of range. Type the whole "
                + "kilometres the car shows, 0 to 9,999,999, or leave it empty.");
        threads.onUi(() -> choice.odometerProperty().set("-3"));
        assertThat(choice.odometerProblem()).hasValueSatisfying(p -> assertThat(p).startsWith("Odometer: -3 km"));
        threads.onUi(() -> choice.odometerProperty().set("12.5"));
        assertThat(choice.odometerProblem()).contains("Odometer: \"12.5\" is not a number of kilometres. Type the "
                + "whole kilometres the car shows, 0 to 9,999,999, or leave it empty.");
        threads.onUi(() -> choice.odometerProperty().set("a lot"));
        assertThat(choice.odometerProblem()).hasValueSatisfying(p -> assertThat(p).startsWith("Odometer: \"a lot\""));

        DashboardViewModel german = threads.build(() -> new DashboardViewModel(config, new SessionPricer(
                () -> new TariffBook(config.tariffs()), Map.of(), config.site().zone(), SessionTraces.NONE),
                actions, from -> List.of(), links, Messages.of(Locale.GERMAN), threads.background(), threads.ui()));
        CustomerChoice deutsch = threads.onUi(() -> german.customerChoice(Customer.NONE));
        threads.onUi(() -> deutsch.odometerProperty().set("123.456"));
        assertThat(deutsch.answer().odometerKm()).hasValue(123_456);
        threads.onUi(() -> deutsch.odometerProperty().set("12,5"));
        assertThat(deutsch.odometerProblem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("Kilometerstand: „12,5“ ist keine Kilometerzahl."));
    }

    @Test
    void nothingIsLinkedWithoutARegisteredCustomerOrAnOdometer() {
        CustomerChoice choice = threads.onUi(() -> model.customerChoice(Customer.NONE));
        threads.onUi(() -> choice.nameProperty().set("Bo"));
        threads.onUi(() -> model.openSession("A3", choice.answer()));
        threads.onUi(() -> model.annotate("A3", choice.answer()));

        assertThat(done).containsExactly("open A3 Bo", "annotate A3");
        assertThat(links.linked()).isEmpty();
    }

    @Test
    void annotatingOpensWithTheSessionsLinkSoSavingKeepsItAndRemovingItIsSaved() {
        BaySnapshot a1 = a1Open(BayState.CHARGING, 11_000);
        UUID open = a1.openSession().orElseThrow().id();
        links.link(new SessionLink(open, OptionalLong.of(7), OptionalInt.of(48_213)));
        update(snapshot(a1, Optional.empty()));

        CustomerChoice choice = threads.onUi(() -> threads.watch(model.annotateChoice("A1")));

        assertThat(choice.nameProperty().get()).isEqualTo("Ada");
        assertThat(choice.chosenProperty().get()).contains(JUERGEN);
        assertThat(choice.odometerProperty().get()).as("as the attendant writes it").isEqualTo("48,213");
        assertThat(choice.linkProblemProperty().get()).isEmpty();
        assertThat(choice.answer()).as("saved unchanged, the link stays")
                .isEqualTo(new SessionCustomer(ADA, OptionalLong.of(7), OptionalInt.of(48_213), true));

        threads.onUi(() -> {
            choice.unlink();
            choice.odometerProperty().set("");
        });
        threads.onUi(() -> model.annotate("A1", choice.answer()));

        assertThat(links.linked()).as("removing both is saved too, replacing the link").last()
                .isEqualTo(new SessionLink(started.get(0).id(), OptionalLong.empty(), OptionalInt.empty()));
    }

    @Test
    void aBayWhoseSessionHasNoLinkOpensEmptyAndSavesNoLink() {
        update(snapshot(a1Open(BayState.CHARGING, 11_000), Optional.empty()));

        CustomerChoice choice = threads.onUi(() -> model.annotateChoice("A1"));

        assertThat(choice.chosenProperty().get()).isEmpty();
        assertThat(choice.odometerProperty().get()).isEmpty();
        assertThat(choice.answer()).isEqualTo(SessionCustomer.typed(ADA));
    }
}
