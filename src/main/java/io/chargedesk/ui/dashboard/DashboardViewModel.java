package io.chargedesk.ui.dashboard;

import io.chargedesk.billing.Quote;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.collector.BayActions;
import io.chargedesk.collector.BaySnapshot;
import io.chargedesk.collector.Handover;
import io.chargedesk.collector.NotSavedException;
import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.text.Messages;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live dashboard: one tile model per bay, the site's load against its grid limit, its last hour and today's
 * totals. Open sessions are priced and today's sessions read on the background executor (a time-of-use price reads
 * the session's evidence from the database); what the screen shows is set on the UI executor.
 */
public final class DashboardViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardViewModel.class);

    /** The customer register the start and annotate dialog searches, and where a session's link is written. */
    public interface CustomerLinks {

        /** Registered customers whose name, company or plate contains {@code text}; called off the UI thread. */
        List<CustomerAccount> search(String text) throws Exception;

        /** Gives a session its registered customer and odometer reading; called off the UI thread. */
        void link(SessionLink link) throws Exception;

        /** The session's registered customer and odometer reading, if it was given any; called off the UI thread. */
        Optional<SessionLink> linkOf(UUID sessionId) throws Exception;

        /** The registered customer {@code id}, if stored; called off the UI thread. */
        Optional<CustomerAccount> customer(long id) throws Exception;
    }

    /** Site load from which the gauge shows amber, and from which it shows red and the banner warns. */
    public static final double WARNING_SHARE = 0.8;
    public static final double ALARM_SHARE = 0.95;
    /**
     * The tiles' figures (power, energy, cost, the site's load) are shown anew at most this often, in the snapshots'
     * time. The meters are read once a second and on a busy 50-bay site about 40 tiles change their figures each
     * second; shown every second, laying them out and painting them was a core's 1.7 % in software rendering, which
     * the console's budget above its collector (3 %) cannot carry. A change of a bay's state (a car arriving, a fault,
     * a meter offline) or of the recording's health is shown at once.
     */
    static final Duration FIGURES_EVERY = Duration.ofSeconds(2);

    private final List<BayTileModel> tiles;
    private final SessionPricer pricer;
    private final TodaysSessions todaysSessions;
    private final Messages text;
    private final ZoneId zone;
    private final Currency currency;
    private final double gridLimitKw;
    private final DoubleProperty siteKw = new SimpleDoubleProperty(this, "siteKw");
    private final StringProperty chargingSummary = new SimpleStringProperty(this, "chargingSummary", "");
    private final StringProperty onlineSummary = new SimpleStringProperty(this, "onlineSummary", "");
    private final StringProperty todaySummary = new SimpleStringProperty(this, "todaySummary", "");
    private final StringProperty warning = new SimpleStringProperty(this, "warning", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    /** Moves each time the site's last hour gains a point; the chart redraws then. */
    private final LongProperty historyRevision = new SimpleLongProperty(this, "historyRevision");
    private final SitePowerHistory history = new SitePowerHistory();
    private final BayActions actions;
    private final CustomerLinks links;
    private final Executor background;
    private final Executor ui;
    /** The newest snapshot not yet priced; snapshots arriving while one is priced replace it here. */
    private final AtomicReference<SiteSnapshot> unpriced = new AtomicReference<>();
    /** The newest snapshot, for the attendant's actions; on the UI thread only. */
    private SiteSnapshot last;
    /** When the newest snapshot handed on to be shown was taken, and what of it is shown at once when it changes. */
    private Instant handedOnAt;
    private AtOnce handedOnAtOnce;
    /** Today's totals are read again when sessions start or end, or the day changes; on the UI thread only. */
    private String todayLoadedFor = "";
    private final TodayLine todayLine;

    /**
     * @param todaysSessions where today's totals come from, read on {@code background}
     * @param links the customer register, searched and written on {@code background}
     * @param background where sessions are priced, for the tiles and for the outcome of a stop
     * @param ui where the tiles and the results of attendant actions are shown (the FX thread in the app)
     */
    public DashboardViewModel(SiteConfig config, SessionPricer pricer, BayActions actions,
                              TodaysSessions todaysSessions, CustomerLinks links, Messages text, Executor background,
                              Executor ui) {
        this.pricer = pricer;
        this.actions = actions;
        this.links = links;
        this.todaysSessions = todaysSessions;
        this.text = text;
        this.background = background;
        this.ui = ui;
        this.zone = config.site().zone();
        this.currency = config.site().currency();
        this.gridLimitKw = config.site().gridLimit().kilowatts().doubleValue();
        this.todayLine = new TodayLine(text, this::money);
        this.tiles = config.bays().stream()
                .map(b -> new BayTileModel(b.id(), b.name(), b.busId(), b.area(), b.maxPower().kilowatts().doubleValue(),
                        text.get("dashboard.state.offline")))
                .toList();
    }

    public List<BayTileModel> tiles() {
        return tiles;
    }

    public double gridLimitKw() {
        return gridLimitKw;
    }

    public Messages text() {
        return text;
    }

    /** The site's total power now: what the gauge shows and the chart's newest point. */
    public ReadOnlyDoubleProperty siteKwProperty() {
        return siteKw;
    }

    /** "3 of 6 bays charging". */
    public ReadOnlyStringProperty chargingSummaryProperty() {
        return chargingSummary;
    }

    /** "Meters online: 5 of 6". */
    public ReadOnlyStringProperty onlineSummaryProperty() {
        return onlineSummary;
    }

    /** "Today: 12 sessions · 154.200 kWh · 75.40 EUR billed". */
    public ReadOnlyStringProperty todaySummaryProperty() {
        return todaySummary;
    }

    public ReadOnlyLongProperty historyRevisionProperty() {
        return historyRevision;
    }

    /** The site's total power in the last hour; read on the UI thread, when {@link #historyRevisionProperty} moves. */
    SitePowerHistory history() {
        return history;
    }

    /** Something wrong with the site as a whole: recording failing, grid limit near. */
    public ReadOnlyStringProperty warningProperty() {
        return warning;
    }

    /** The outcome of the last attendant action, or what went wrong and what to do. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Whether the bay has an open session now, so the view offers Stop rather than Start. */
    public boolean hasOpenSession(String bayId) {
        return bay(bayId).flatMap(BaySnapshot::openSession).isPresent();
    }

    /** Whether the bay shows a meter fault waiting for an attendant. */
    public boolean hasFault(String bayId) {
        return bay(bayId).filter(BaySnapshot::faulty).isPresent();
    }

    public void acknowledgeFault(String bayId) {
        actions.acknowledgeFault(bayId).whenComplete((v, error) -> ui.execute(() -> message.set(error == null
                ? text.get("dashboard.done.acknowledged", bayId) : text.get("dashboard.notDone", rootMessage(error)))));
    }

    /** The customer of the bay's open session, for editing. */
    public Customer customerOf(String bayId) {
        return bay(bayId).flatMap(BaySnapshot::openSession).map(Session::customer).orElse(Customer.NONE);
    }

    /** What the start dialog edits, starting from {@code current}. */
    public CustomerChoice customerChoice(Customer current) {
        return new CustomerChoice(text, current, links, background, ui);
    }

    /**
     * What the annotate dialog edits: the customer of the bay's open session, and the registered customer and
     * odometer reading it is linked to (read on the background executor), so saving keeps them unless changed.
     */
    public CustomerChoice annotateChoice(String bayId) {
        CustomerChoice choice = customerChoice(customerOf(bayId));
        bay(bayId).flatMap(BaySnapshot::openSession).map(Session::id).ifPresent(choice::loadLink);
        return choice;
    }

    public void openSession(String bayId, SessionCustomer chosen) {
        run(actions.openSession(bayId, chosen.customer()), s -> s, chosen, s -> s.customer().name().isEmpty()
                ? text.get("dashboard.done.opened", bayId)
                : text.get("dashboard.done.openedFor", bayId, s.customer().name()));
    }

    /**
     * The attendant's choice a stop needs first: the car still draws power, so ending the session would leave the
     * rest of the charge to nobody.
     *
     * @param customer the customer of the session now, for the new session unless the attendant names another
     */
    public record StillDrawing(String bayId, String title, String question, Customer customer) {}

    /**
     * Stops the bay's session at once when no power flows. While the car still draws power (the meter answers and
     * its latest power is at or above the bay's start threshold), nothing is done yet: the attendant is asked, with
     * the question returned, to end here and go on in a new session ({@link #endAndContinue}) or to cancel.
     */
    public Optional<StillDrawing> closeSession(String bayId) {
        Optional<Power> drawing = bay(bayId).filter(b -> b.state() != BayState.OFFLINE).flatMap(b -> b.lastReading()
                .map(Reading::power).filter(p -> p.isAtLeast(b.bay().rules().startThreshold())));
        if (drawing.isPresent()) {
            return Optional.of(new StillDrawing(bayId, text.get("dashboard.drawing.title", bayId,
                    power(drawing.get())), text.get("dashboard.drawing.question"), customerOf(bayId)));
        }
        run(actions.closeSession(bayId), s -> text.get("dashboard.done.closed", bayId, billed(s)));
        return Optional.empty();
    }

    /** Ends the bay's session here and records the rest of the charge in a new session for {@code customer}. */
    public void endAndContinue(String bayId, SessionCustomer chosen) {
        Customer customer = chosen.customer();
        run(actions.endAndContinue(bayId, customer), Handover::continued, chosen, h -> customer.name().isEmpty()
                ? text.get("dashboard.done.continued", bayId, billed(h.ended()), energy(h.continued().startRegister()))
                : text.get("dashboard.done.continuedFor", bayId, billed(h.ended()), customer.name(),
                energy(h.continued().startRegister())));
    }

    /** "12.345 kWh, 6.05 EUR": the energy and price of a closed session. */
    private String billed(Session closed) {
        String price;
        try {
            price = total(closed, closed.end().orElseThrow()).orElse(text.get("dashboard.noTariff"));
        } catch (RuntimeException e) {
            price = text.get("dashboard.priceUnknown", e.getMessage());
        }
        return text.get("dashboard.billed", energy(closed.energy()), price);
    }

    /** The session's price so far, or final; may read the session's evidence from the database. */
    private Optional<String> total(Session session, Instant at) {
        return pricer.price(session, at).map(q -> money(q.total()));
    }

    public void annotate(String bayId, SessionCustomer chosen) {
        run(actions.annotate(bayId, chosen.customer()), s -> s, chosen, s -> text.get("dashboard.done.saved", bayId));
    }

    /**
     * Runs an attendant's action, then links the session it opened or annotated ({@code session}) to the chosen
     * customer and odometer reading: only then is the session's id known.
     */
    private <T> void run(CompletionStage<T> action, Function<T, Session> session, SessionCustomer chosen,
                         Function<T, String> success) {
        run(action, done -> {
            String outcome = success.apply(done);
            Optional<SessionLink> link = chosen.linkFor(session.apply(done).id());
            if (link.isPresent()) {
                try {
                    links.link(link.get());
                } catch (Exception e) {
                    // The session itself is recorded; only its link is missing, and the attendant can annotate again.
                    LOG.warn("Session {} could not be linked to its customer: {}", link.get().sessionId(),
                            e.toString());
                    return text.get("dashboard.linkFailed", outcome, rootMessage(e));
                }
            }
            return outcome;
        });
    }

    private <T> void run(CompletionStage<T> action, Function<T, String> success) {
        // The outcome of a stop names its price and a link is written, so both are done on the background executor.
        action.whenCompleteAsync((s, error) -> {
            String outcome = error == null ? success.apply(s)
                    : root(error) instanceof NotSavedException notSaved ? notSaved.getMessage()
                    : text.get("dashboard.notDone", rootMessage(error));
            ui.execute(() -> message.set(outcome));
        }, background);
    }

    private static String rootMessage(Throwable e) {
        return root(e).getMessage();
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private Optional<BaySnapshot> bay(String bayId) {
        return Optional.ofNullable(last).flatMap(s -> s.bays().stream().filter(b -> b.bay().id().equals(bayId))
                .findFirst());
    }

    /**
     * Takes in a new snapshot; call on the UI thread. The tiles show it once its open sessions are priced on the
     * background executor. Only one snapshot is priced at a time, and those arriving meanwhile replace each other:
     * a slow database delays the tiles, but work never queues up behind it and an older snapshot is never shown
     * after a newer one. A snapshot that changes only figures, within {@link #FIGURES_EVERY} of the last one shown,
     * is not shown: the next one will be.
     */
    public void update(SiteSnapshot snapshot) {
        // The console asks twice a second and the collector makes a new snapshot once a poll: the same one again
        // would be priced and shown to no change.
        if (snapshot == last) {
            return;
        }
        last = snapshot;
        AtOnce atOnce = AtOnce.of(snapshot);
        if (handedOnAt == null || !snapshot.at().isBefore(handedOnAt.plus(FIGURES_EVERY))
                || !atOnce.equals(handedOnAtOnce)) {
            handedOnAt = snapshot.at();
            handedOnAtOnce = atOnce;
            if (unpriced.getAndSet(snapshot) == null) {
                background.execute(this::showNewest);
            }
        }
        String today = snapshot.at().atZone(zone).toLocalDate() + "/" + snapshot.sessionsChanged();
        if (!today.equals(todayLoadedFor)) {
            todayLoadedFor = today;
            if (todaySummary.get().isEmpty()) {
                todaySummary.set(text.get("dashboard.summary.todayLoading"));
            }
            Instant from = dayStart(snapshot.at());
            background.execute(() -> {
                readClosedToday(from, snapshot.at());
                todayLine.text().ifPresent(line -> ui.execute(() -> todaySummary.set(line)));
            });
        }
    }

    /** What of a snapshot is shown as soon as it changes: each bay's state, and the recording's problem. */
    private record AtOnce(List<BayState> states, Optional<String> storeProblem) {
        static AtOnce of(SiteSnapshot snapshot) {
            return new AtOnce(snapshot.bays().stream().map(BaySnapshot::state).toList(), snapshot.storeProblem());
        }
    }

    private Instant dayStart(Instant at) {
        return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /** Today's closed sessions and what they were billed, for today's line; reads the database. */
    private void readClosedToday(Instant from, Instant at) {
        try {
            todayLine.closedRead(from, todaysSessions.since(from),
                    s -> pricer.price(s, s.end().orElseThrow()).map(Quote::total).orElse(Money.zero(currency)),
                    Money.zero(currency));
        } catch (Exception e) {
            // Today's totals are a summary: the tiles go on without them, and the next change of sessions retries.
            LOG.warn("Today's sessions could not be read at {}: {}", at, e.toString());
            todayLine.closedUnreadable(from, rootMessage(e));
        }
    }

    private void showNewest() {
        SiteSnapshot snapshot;
        do {
            snapshot = unpriced.get();
            SiteView view = view(snapshot);
            ui.execute(() -> show(view));
        } while (!unpriced.compareAndSet(snapshot, null));
    }

    /** What the dashboard shows of a snapshot, priced; worked out off the UI thread. */
    private record SiteView(Instant at, Map<String, TileText> tiles, double siteKw, String charging, String online,
                            String warning, Optional<String> today) {}

    /** @param soFar the open session's cost so far, for today's line */
    private record TileText(BayState state, String stateText, double kw, String power, String energy, String elapsed,
                            String cost, String customer, String detail, boolean fault, Optional<Money> soFar) {}

    private SiteView view(SiteSnapshot snapshot) {
        Map<String, TileText> texts = snapshot.bays().stream()
                .collect(Collectors.toMap(b -> b.bay().id(), b -> tileText(b, snapshot.at()), (a, b) -> a));
        double total = snapshot.totalPower().kilowatts().doubleValue();
        long charging = snapshot.bays().stream().filter(b -> b.state() == BayState.CHARGING).count();
        long online = snapshot.bays().stream().filter(b -> b.state() != BayState.OFFLINE).count();
        int bays = snapshot.bays().size();
        String warningText = snapshot.storeProblem().map(p -> text.get("dashboard.warning.recording", p))
                .orElse(gridLimitKw > 0 && total >= ALARM_SHARE * gridLimitKw
                        ? text.get("dashboard.warning.gridLimit", Math.round(100 * total / gridLimitKw)) : "");
        Instant day = dayStart(snapshot.at());
        List<TodayLine.OpenSession> openToday = new ArrayList<>();
        for (BaySnapshot b : snapshot.bays()) {
            b.openSession().filter(s -> !s.start().isBefore(day)).ifPresent(s -> openToday.add(
                    new TodayLine.OpenSession(s.id(), s.energy(), texts.get(b.bay().id()).soFar()
                            .orElse(Money.zero(currency)))));
        }
        todayLine.openNow(day, openToday);
        return new SiteView(snapshot.at(), texts, total, text.get("dashboard.summary.charging", charging, bays),
                text.get("dashboard.summary.online", online, bays), warningText, todayLine.text());
    }

    private void show(SiteView view) {
        for (BayTileModel tile : tiles) {
            TileText t = view.tiles().get(tile.bayId());
            if (t != null) {
                tile.set(t.state(), t.stateText(), t.kw(), t.power(), t.energy(), t.elapsed(), t.cost(), t.customer(),
                        t.detail(), t.fault());
            }
        }
        siteKw.set(view.siteKw());
        // The chart redraws only when its curve changed: a new step, or a new peak within the newest.
        if (history.add(view.at(), view.siteKw())) {
            historyRevision.set(historyRevision.get() + 1);
        }
        chargingSummary.set(view.charging());
        onlineSummary.set(view.online());
        warning.set(view.warning());
        view.today().ifPresent(todaySummary::set);
    }

    private TileText tileText(BaySnapshot bay, Instant at) {
        Optional<Power> power = bay.lastReading().map(r -> r.power());
        boolean offline = bay.state() == BayState.OFFLINE;
        double kw = offline ? 0 : power.map(p -> p.kilowatts().doubleValue()).orElse(0.0);
        String noPower = text.get("dashboard.noPower");
        String powerText = offline ? noPower : power.map(this::tilePower).orElse(noPower);
        Optional<Session> open = bay.openSession();
        // A free bay shows its meter's register: what an attendant reads off the meter to check us.
        String energy = open.map(s -> tileEnergy(s.energy())).or(() -> bay.lastReading()
                .map(r -> text.get("dashboard.meter", r.importRegister().kilowattHours()))).orElse("");
        String elapsed = open.map(s -> tileElapsed(s.duration(at))).orElse("");
        String cost;
        Optional<Money> soFar = Optional.empty();
        try {
            soFar = open.flatMap(s -> pricer.price(s, at)).map(Quote::total);
            cost = soFar.map(m -> text.get("dashboard.costSoFar", money(m))).orElse("");
        } catch (RuntimeException e) {
            // One session's evidence that cannot be read leaves its own cost out, not the other tiles.
            cost = text.get("dashboard.costUnknown");
        }
        return new TileText(bay.state(), stateText(bay), kw, powerText, energy, elapsed, cost,
                open.map(s -> customer(s.customer())).orElse(""), detail(bay, open), bay.faulty(), soFar);
    }

    /** "Ada Lovelace · HH-AB 123", or whichever of the two is known. */
    private String customer(Customer c) {
        if (c.name().isEmpty() || c.plate().isEmpty()) {
            return c.name() + c.plate();
        }
        return text.get("dashboard.customer", c.name(), c.plate());
    }

    /*
     * A tile is read at a glance, so it shows no digit that flickers without meaning: power to 0.1 kW (a meter's
     * reading wanders by a percent from second to second), energy to 0.01 kWh and the time to the minute. Fewer
     * digits changing also means fewer tiles to lay out and paint each second. The session list, the bay panel and
     * the receipt show the exact figures.
     */
    private String tilePower(Power p) {
        return text.get("dashboard.tile.power", p.kilowatts());
    }

    private String tileEnergy(Energy e) {
        return text.get("dashboard.tile.energy", e.kilowattHours());
    }

    private String tileElapsed(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes < 60 ? text.get("dashboard.tile.minutes", minutes)
                : text.get("dashboard.tile.hours", minutes / 60, minutes % 60);
    }

    private String power(Power p) {
        return text.get("dashboard.power", p.kilowatts());
    }

    private String energy(Energy e) {
        return text.get("dashboard.energy", e.kilowattHours());
    }

    private String money(Money m) {
        return text.get("dashboard.money", m.rounded().amount(), m.currency().getCurrencyCode());
    }

    /** The state in a word; never "Free" while power flows, though a session opens only once it has held. */
    private String stateText(BaySnapshot bay) {
        return text.get(switch (bay.state()) {
            case OFFLINE -> "dashboard.state.offline";
            case IDLE -> bay.lastReading().filter(r -> r.power().isAtLeast(bay.bay().rules().startThreshold()))
                    .isPresent() ? "dashboard.state.starting" : "dashboard.state.free";
            case CHARGING -> "dashboard.state.charging";
            case PAUSED -> "dashboard.state.paused";
        });
    }

    /** A fault or an anomaly: what the attendant should notice, shown in the warning colour. */
    private String detail(BaySnapshot bay, Optional<Session> open) {
        return text.reasons(bay.fault().map(List::of).orElseGet(
                () -> open.stream().flatMap(s -> s.anomalies().stream()).map(Anomaly::reason).toList()), zone);
    }
}
