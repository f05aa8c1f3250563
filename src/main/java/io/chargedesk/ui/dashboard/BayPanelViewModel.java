package io.chargedesk.ui.dashboard;

import io.chargedesk.collector.BaySnapshot;
import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.meter.Quantity;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Session;
import io.chargedesk.text.Decimals;
import io.chargedesk.text.Formats;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.sessions.ReceiptActions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The panel of one bay, opened from its tile: its power over the last hour (kept per bay from the snapshots, in a
 * {@link PowerHistory}), its phase voltages and currents where the meter's poll reads them, the open session's
 * customer and plate, and the receipt of its last session. Snapshots come in on the ui thread; the last session is
 * loaded and its receipt issued on the background executor.
 */
public final class BayPanelViewModel {

    /** What the panel reads from storage; each call runs off the UI thread. */
    public interface LastSessions {

        /** The bay's most recent closed session, if it has one. */
        Optional<Session> lastClosed(String bayId) throws Exception;
    }

    /** Power on the chart: minutes before the snapshot (negative), kW. */
    public record Point(double minutes, double kw) {}

    private static final Quantity[][] PHASES = {
        {Quantity.VOLTAGE_L1, Quantity.CURRENT_L1},
        {Quantity.VOLTAGE_L2, Quantity.CURRENT_L2},
        {Quantity.VOLTAGE_L3, Quantity.CURRENT_L3}};

    private final Messages text;
    private final ZoneId zone;
    private final LastSessions sessions;
    private final ReceiptActions receipts;
    private final Supplier<Layout> layout;
    private final Function<String, Map<Quantity, BigDecimal>> meterValues;
    private final Executor background;
    private final Executor ui;
    private final Map<String, PowerHistory> power = new HashMap<>();
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty state = new SimpleStringProperty(this, "state", "");
    private final StringProperty powerNow = new SimpleStringProperty(this, "powerNow", "");
    private final StringProperty customer = new SimpleStringProperty(this, "customer", "");
    private final StringProperty plate = new SimpleStringProperty(this, "plate", "");
    private final StringProperty session = new SimpleStringProperty(this, "session", "");
    private final BooleanProperty sessionOpen = new SimpleBooleanProperty(this, "sessionOpen");
    private final StringProperty phasesNote = new SimpleStringProperty(this, "phasesNote", "");
    private final StringProperty lastSession = new SimpleStringProperty(this, "lastSession", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<String> phases = FXCollections.observableArrayList();
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    /** On the ui thread: the bay shown, its last closed session, and the snapshot's session count it was loaded at. */
    private Optional<String> shown = Optional.empty();
    private Optional<UUID> lastSessionId = Optional.empty();
    private long sessionsLoadedAt = -1;
    private double maxKw;

    /**
     * @param meterValues every value of the bay's last poll, by quantity; empty where no poll of this program reads
     *     the meter (the demo's simulated meters, a console that watches)
     * @param layout the paper receipts are issued on, as the sessions screen chose it
     */
    public BayPanelViewModel(Messages text, ZoneId zone, LastSessions sessions, ReceiptActions receipts,
                             Supplier<Layout> layout, Function<String, Map<Quantity, BigDecimal>> meterValues,
                             Executor background, Executor ui) {
        this.text = text;
        this.zone = zone;
        this.sessions = sessions;
        this.receipts = receipts;
        this.layout = layout;
        this.meterValues = meterValues;
        this.background = background;
        this.ui = ui;
    }

    /** Takes in a snapshot, on the ui thread: every bay's power for the chart, and the shown bay's panel. */
    public void update(SiteSnapshot snapshot) {
        for (BaySnapshot bay : snapshot.bays()) {
            double kw = bay.state() == BayState.OFFLINE ? 0
                    : bay.lastReading().map(r -> r.power().kilowatts().doubleValue()).orElse(0.0);
            power.computeIfAbsent(bay.bay().id(), b -> new PowerHistory()).add(snapshot.at(), kw);
        }
        shown.flatMap(id -> snapshot.bays().stream().filter(b -> b.bay().id().equals(id)).findFirst())
                .ifPresent(bay -> show(bay, snapshot));
    }

    /** Shows {@code bayId} in the panel from the snapshot, and loads its last session. */
    public void open(String bayId, SiteSnapshot snapshot) {
        shown = Optional.of(bayId);
        sessionsLoadedAt = -1;
        lastSession.set(text.get("baypanel.loading"));
        lastSessionId = Optional.empty();
        message.set("");
        update(snapshot);
    }

    /** The panel closed: nothing is shown until it opens again. */
    public void close() {
        shown = Optional.empty();
    }

    public Optional<String> shownBay() {
        return shown;
    }

    /** The bay's rating: the chart's full scale. */
    public double maxKw() {
        return maxKw;
    }

    private void show(BaySnapshot bay, SiteSnapshot snapshot) {
        maxKw = bay.bay().maxPower().kilowatts().doubleValue();
        title.set(text.get("baypanel.title", bay.bay().name(), bay.bay().id()));
        state.set(text.get("baypanel.state." + bay.state().name().toLowerCase(Locale.ROOT))
                + bay.fault().map(f -> " — " + text.reason(f, zone)).orElse(""));
        powerNow.set(bay.state() == BayState.OFFLINE ? "–" : bay.lastReading()
                .map(r -> Decimals.fixed(r.power().shownKilowatts(), text.locale()) + " kW").orElse("–"));
        Optional<Session> open = bay.openSession();
        sessionOpen.set(open.isPresent());
        customer.set(open.map(s -> s.customer().name()).filter(n -> !n.isEmpty()).orElse("–"));
        plate.set(open.map(s -> s.customer().plate()).filter(p -> !p.isEmpty()).orElse("–"));
        session.set(open.map(s -> text.get("baypanel.session", kwh(s),
                Formats.elapsed(s.duration(snapshot.at())), Formats.dateTime(s.start(), zone, text.locale())))
                .orElse(text.get("baypanel.noSession")));
        showPhases(bay.bay().id());
        List<Point> chart = new ArrayList<>();
        power.get(bay.bay().id()).forEach(snapshot.at(), (at, kw) -> chart.add(new Point(
                Duration.between(snapshot.at(), at).toSeconds() / 60.0, kw)));
        if (!chart.equals(points)) {
            points.setAll(chart);
        }
        if (snapshot.sessionsChanged() != sessionsLoadedAt) {
            sessionsLoadedAt = snapshot.sessionsChanged();
            loadLastSession(bay.bay().id());
        }
    }

    private void showPhases(String bayId) {
        Map<Quantity, BigDecimal> values = meterValues.apply(bayId);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < PHASES.length; i++) {
            BigDecimal volts = values.get(PHASES[i][0]);
            BigDecimal amps = values.get(PHASES[i][1]);
            if (volts != null || amps != null) {
                lines.add(text.get("baypanel.phase", i + 1, number(volts, 1, "V"), number(amps, 2, "A")));
            }
        }
        if (!lines.equals(phases)) {
            phases.setAll(lines);
        }
        phasesNote.set(lines.isEmpty() ? text.get("baypanel.noPhases") : "");
    }

    private static String number(BigDecimal value, int decimals, String unit) {
        return value == null ? "–" : value.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + " " + unit;
    }

    /** "12,345 kWh" in German: the session's energy as the reader writes numbers. */
    private String kwh(Session s) {
        return Decimals.fixed(s.energy().kilowattHours(), text.locale()) + " kWh";
    }

    private void loadLastSession(String bayId) {
        background.execute(() -> {
            Optional<Session> last;
            String shownText;
            try {
                last = sessions.lastClosed(bayId);
                shownText = last.map(s -> text.get("baypanel.lastSession", Formats.dateTime(s.end().orElseThrow(), zone,
                        text.locale()), kwh(s), s.customer().name().isEmpty() ? "–" : s.customer().name()))
                        .orElse(text.get("baypanel.noLastSession"));
            } catch (Exception e) {
                last = Optional.empty();
                shownText = text.get("baypanel.lastSessionFailed", e.getMessage());
            }
            Optional<UUID> id = last.map(Session::id);
            String done = shownText;
            ui.execute(() -> {
                if (shown.equals(Optional.of(bayId))) {
                    lastSessionId = id;
                    lastSession.set(done);
                }
            });
        });
    }

    /** Whether the bay has a closed session whose receipt can be opened or printed. */
    public boolean hasLastSession() {
        return lastSessionId.isPresent();
    }

    /** Issues the last session's receipt (or a copy) and hands its PDF to {@code open}. */
    public void openReceipt(Consumer<Path> open) {
        withLastSession(id -> {
            Path pdf = receipts.issue(id, ReceiptFormat.on(layout.get()));
            ui.execute(() -> open.accept(pdf));
            return text.get("baypanel.receiptSaved", pdf);
        });
    }

    /** Issues the last session's receipt (or a copy) and prints it through the system's print dialog. */
    public void printReceipt() {
        withLastSession(id -> {
            Path pdf = receipts.issue(id, ReceiptFormat.on(layout.get()));
            return receipts.print(pdf) ? text.get("baypanel.receiptPrinted", pdf.getFileName())
                    : text.get("baypanel.printCancelled", pdf);
        });
    }

    private interface ReceiptStep {
        String run(UUID sessionId) throws Exception;
    }

    private void withLastSession(ReceiptStep step) {
        Optional<UUID> id = lastSessionId;
        if (id.isEmpty()) {
            return;
        }
        message.set(text.get("baypanel.receiptWorking"));
        background.execute(() -> {
            String outcome;
            try {
                outcome = step.run(id.get());
            } catch (Exception e) {
                outcome = text.get("baypanel.receiptFailed", e.getMessage());
            }
            String shownOutcome = outcome;
            ui.execute(() -> message.set(shownOutcome));
        });
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty powerProperty() {
        return powerNow;
    }

    public ReadOnlyStringProperty customerProperty() {
        return customer;
    }

    public ReadOnlyStringProperty plateProperty() {
        return plate;
    }

    /** Whether a session is open on the bay: Stop and Customer then, Start otherwise. */
    public ReadOnlyBooleanProperty sessionOpenProperty() {
        return sessionOpen;
    }

    /** "12.345 kWh in 1:02:03 since 2026-05-04 10:00", or that no session is open. */
    public ReadOnlyStringProperty sessionProperty() {
        return session;
    }

    /** "L1: 230.4 V · 16.02 A", a line per phase the meter's poll reads. */
    public ObservableList<String> phases() {
        return phases;
    }

    /** Why no phase values show, when none do. */
    public ReadOnlyStringProperty phasesNoteProperty() {
        return phasesNote;
    }

    public ReadOnlyStringProperty lastSessionProperty() {
        return lastSession;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The last hour's power, oldest first. */
    public ObservableList<Point> points() {
        return points;
    }
}
