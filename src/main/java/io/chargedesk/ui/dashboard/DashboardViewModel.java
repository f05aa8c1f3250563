package io.chargedesk.ui.dashboard;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.collector.BayActions;
import io.chargedesk.collector.BaySnapshot;
import io.chargedesk.collector.NotSavedException;
import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.text.Formats;
import io.chargedesk.units.Power;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The live dashboard: one tile model per bay and the site's load against its grid limit. Open sessions are priced on
 * the background executor (a time-of-use price reads the session's evidence from the database); what the tiles show
 * is set on the UI executor.
 */
public final class DashboardViewModel {

    private final List<BayTileModel> tiles;
    private final SessionPricer pricer;
    private final double gridLimitKw;
    private final DoubleProperty siteKw = new SimpleDoubleProperty(this, "siteKw");
    private final StringProperty siteSummary = new SimpleStringProperty(this, "siteSummary", "");
    private final StringProperty warning = new SimpleStringProperty(this, "warning", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BayActions actions;
    private final Executor background;
    private final Executor ui;
    /** The newest snapshot not yet priced; snapshots arriving while one is priced replace it here. */
    private final AtomicReference<SiteSnapshot> unpriced = new AtomicReference<>();
    /** The newest snapshot, for the attendant's actions; on the UI thread only. */
    private SiteSnapshot last;

    /**
     * @param background where sessions are priced, for the tiles and for the outcome of a stop
     * @param ui where the tiles and the results of attendant actions are shown (the FX thread in the app)
     */
    public DashboardViewModel(SiteConfig config, SessionPricer pricer, BayActions actions, Executor background,
                              Executor ui) {
        this.pricer = pricer;
        this.actions = actions;
        this.background = background;
        this.ui = ui;
        this.gridLimitKw = config.site().gridLimit().kilowatts().doubleValue();
        this.tiles = config.bays().stream()
                .map(b -> new BayTileModel(b.id(), b.name(), b.maxPower().kilowatts().doubleValue()))
                .toList();
    }

    public List<BayTileModel> tiles() {
        return tiles;
    }

    public double gridLimitKw() {
        return gridLimitKw;
    }

    public ReadOnlyDoubleProperty siteKwProperty() {
        return siteKw;
    }

    /** "3 of 6 bays charging · 41.2 kW of 60 kW". */
    public ReadOnlyStringProperty siteSummaryProperty() {
        return siteSummary;
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
                ? "Fault on bay " + bayId + " acknowledged." : "Not done: " + rootMessage(error))));
    }

    /** The customer of the bay's open session, for editing. */
    public Customer customerOf(String bayId) {
        return bay(bayId).flatMap(BaySnapshot::openSession).map(Session::customer).orElse(Customer.NONE);
    }

    public void openSession(String bayId, Customer customer) {
        run(actions.openSession(bayId, customer), s -> "Session opened on bay " + bayId
                + (s.customer().name().isEmpty() ? "" : " for " + s.customer().name()) + ".");
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
            return Optional.of(new StillDrawing(bayId, "Bay " + bayId + " is still drawing " + drawing.get().format(),
                    "The car is still charging. End this session here and record the rest of the charge in a new "
                            + "session that starts from the same meter reading, for this customer or another; or "
                            + "cancel, and the session goes on.", customerOf(bayId)));
        }
        run(actions.closeSession(bayId), s -> "Session on bay " + bayId + " closed: " + billed(s) + ".");
        return Optional.empty();
    }

    /** Ends the bay's session here and records the rest of the charge in a new session for {@code customer}. */
    public void endAndContinue(String bayId, Customer customer) {
        run(actions.endAndContinue(bayId, customer), h -> "Session on bay " + bayId + " ended: " + billed(h.ended())
                + ". The charge goes on in a new session" + (customer.name().isEmpty() ? "" : " for "
                + customer.name()) + ", from meter " + h.continued().startRegister().format() + ".");
    }

    /** "12.345 kWh, 6.05 EUR": the energy and price of a closed session. */
    private String billed(Session closed) {
        String price;
        try {
            price = total(closed, closed.end().orElseThrow()).orElse("no tariff");
        } catch (RuntimeException e) {
            price = "price not known yet (" + e.getMessage() + ")";
        }
        return closed.energy().format() + ", " + price;
    }

    /** The session's price so far, or final; may read the session's evidence from the database. */
    private Optional<String> total(Session session, Instant at) {
        return pricer.price(session, at).map(q -> q.total().format());
    }

    public void annotate(String bayId, Customer customer) {
        run(actions.annotate(bayId, customer), s -> "Customer of bay " + bayId + " saved.");
    }

    private <T> void run(CompletionStage<T> action, Function<T, String> success) {
        // The outcome of a stop names its price, so it is worked out on the background executor.
        action.whenCompleteAsync((s, error) -> {
            String outcome = error == null ? success.apply(s)
                    : root(error) instanceof NotSavedException notSaved ? notSaved.getMessage()
                    : "Not done: " + rootMessage(error);
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
     * after a newer one.
     */
    public void update(SiteSnapshot snapshot) {
        last = snapshot;
        if (unpriced.getAndSet(snapshot) == null) {
            background.execute(this::showNewest);
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
    private record SiteView(Map<String, TileText> tiles, double siteKw, String summary, String warning) {}

    private record TileText(BayState state, String stateText, double kw, String power, String energy, String elapsed,
                            String cost, String detail, boolean fault) {}

    private SiteView view(SiteSnapshot snapshot) {
        Map<String, TileText> texts = snapshot.bays().stream()
                .collect(Collectors.toMap(b -> b.bay().id(), b -> tileText(b, snapshot.at()), (a, b) -> a));
        Power total = snapshot.totalPower();
        long charging = snapshot.bays().stream().filter(b -> b.state() == BayState.CHARGING).count();
        String summary = charging + " of " + snapshot.bays().size() + " bays charging · " + total.format()
                + (gridLimitKw > 0 ? " of " + Power.ofKilowatts(gridLimitKw).format() + " grid limit" : "");
        String warningText = snapshot.storeProblem().map(p -> "Recording to the database is failing: " + p)
                .orElse(gridLimitKw > 0 && total.kilowatts().doubleValue() >= 0.9 * gridLimitKw
                        ? "Site load is at " + Math.round(100 * total.kilowatts().doubleValue() / gridLimitKw)
                        + " % of the grid limit" : "");
        return new SiteView(texts, total.kilowatts().doubleValue(), summary, warningText);
    }

    private void show(SiteView view) {
        for (BayTileModel tile : tiles) {
            TileText t = view.tiles().get(tile.bayId());
            if (t != null) {
                tile.set(t.state(), t.stateText(), t.kw(), t.power(), t.energy(), t.elapsed(), t.cost(), t.detail(),
                        t.fault());
            }
        }
        siteKw.set(view.siteKw());
        siteSummary.set(view.summary());
        warning.set(view.warning());
    }

    private TileText tileText(BaySnapshot bay, Instant at) {
        Optional<Power> power = bay.lastReading().map(r -> r.power());
        double kw = bay.state() == BayState.OFFLINE ? 0 : power.map(p -> p.kilowatts().doubleValue()).orElse(0.0);
        String powerText = bay.state() == BayState.OFFLINE ? "–" : power.map(Power::format).orElse("–");
        Optional<Session> open = bay.openSession();
        // A free bay shows its meter's register: what an attendant reads off the meter to check us.
        String energy = open.map(s -> s.energy().format())
                .or(() -> bay.lastReading().map(r -> "Meter " + r.importRegister().format())).orElse("");
        String elapsed = open.map(s -> Formats.elapsed(s.duration(at))).orElse("");
        String cost;
        try {
            cost = open.flatMap(s -> total(s, at)).map(m -> m + " so far").orElse("");
        } catch (RuntimeException e) {
            // One session's evidence that cannot be read leaves its own cost out, not the other tiles.
            cost = "cost not known now";
        }
        return new TileText(bay.state(), stateText(bay), kw, powerText, energy, elapsed, cost, detail(bay, open),
                bay.faulty());
    }

    /** The state in a word; never "Free" while power flows, though a session opens only once it has held. */
    private static String stateText(BaySnapshot bay) {
        return switch (bay.state()) {
            case OFFLINE -> "OFFLINE";
            case IDLE -> bay.lastReading().filter(r -> r.power().isAtLeast(bay.bay().rules().startThreshold()))
                    .isPresent() ? "Starting" : "Free";
            case CHARGING -> "Charging";
            case PAUSED -> "Paused";
        };
    }

    private static String detail(BaySnapshot bay, Optional<Session> open) {
        if (!bay.fault().isEmpty()) {
            return bay.fault();
        }
        String anomalies = open.map(s -> s.anomalies().stream().map(Anomaly::reason)
                .collect(Collectors.joining("; "))).orElse("");
        if (!anomalies.isEmpty()) {
            return anomalies;
        }
        return open.map(s -> s.customer().name()).orElse("");
    }
}
