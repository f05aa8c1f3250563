package io.chargedesk.ui.sessions;

import io.chargedesk.billing.Quote;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.session.Session;
import io.chargedesk.store.SessionFilter;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recorded sessions, filtered by day range and bay, with totals; issues receipts. Loads and
 * receipts run on the background executor, results land on the UI executor.
 */
public final class SessionsViewModel {

    /** Reads sessions for a filter (the database in the app, a list in tests). */
    @FunctionalInterface
    public interface SessionSource {
        List<Session> load(SessionFilter filter) throws Exception;
    }

    public static final String ALL_BAYS = "All bays";

    private final SessionSource source;
    private final SessionPricer pricer;
    private final ReceiptIssuer receipts;
    private final ZoneId zone;
    private final Clock clock;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<SessionItem> items = FXCollections.observableArrayList();
    private final ObservableList<String> bays = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<String> bay = new SimpleObjectProperty<>(this, "bay", ALL_BAYS);
    private final ObjectProperty<SessionItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty totals = new SimpleStringProperty(this, "totals", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanBinding receiptPossible;

    public SessionsViewModel(SessionSource source, SessionPricer pricer, ReceiptIssuer receipts, List<String> bayIds,
                             ZoneId zone, Clock clock, Executor background, Executor ui) {
        this.source = source;
        this.pricer = pricer;
        this.receipts = receipts;
        this.zone = zone;
        this.clock = clock;
        this.background = background;
        this.ui = ui;
        bays.add(ALL_BAYS);
        bays.addAll(bayIds);
        receiptPossible = Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().session().isOpen(), selected);
    }

    public ObservableList<SessionItem> items() {
        return items;
    }

    public ObservableList<String> bays() {
        return bays;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<String> bayProperty() {
        return bay;
    }

    public ObjectProperty<SessionItem> selectedProperty() {
        return selected;
    }

    /** "12 sessions · 184.210 kWh · 92.31 EUR". */
    public ReadOnlyStringProperty totalsProperty() {
        return totals;
    }

    /** The outcome of the last action, or why it failed and what to do. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public BooleanBinding receiptPossibleProperty() {
        return receiptPossible;
    }

    public ZoneId zone() {
        return zone;
    }

    public SessionFilter filter() {
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        Optional<String> bayId = Optional.ofNullable(bay.get()).filter(b -> !ALL_BAYS.equals(b));
        return new SessionFilter(Optional.ofNullable(start), Optional.ofNullable(end), bayId, Optional.empty());
    }

    /** Reloads the list for the current filter, keeping the selection where the session is still listed. */
    public void refresh() {
        SessionFilter filter = filter();
        background.execute(() -> {
            try {
                Instant now = clock.instant();
                List<SessionItem> loaded = source.load(filter).stream()
                        .map(s -> new SessionItem(s, pricer.price(s, now), s.duration(now)))
                        .toList();
                ui.execute(() -> show(loaded));
            } catch (Exception e) {
                ui.execute(() -> status.set("Could not load sessions: " + e.getMessage()));
            }
        });
    }

    private void show(List<SessionItem> loaded) {
        Optional<UUID> keep = Optional.ofNullable(selected.get()).map(i -> i.session().id());
        items.setAll(loaded);
        keep.flatMap(id -> loaded.stream().filter(i -> i.session().id().equals(id)).findFirst())
                .ifPresent(selected::set);
        totals.set(totalsText(loaded));
    }

    private static String totalsText(List<SessionItem> loaded) {
        Energy energy = loaded.stream().map(i -> i.session().energy()).reduce(Energy.ZERO, Energy::plus);
        String money = loaded.stream().map(SessionItem::quote).flatMap(Optional::stream).map(Quote::total)
                .reduce(Money::plus).map(Money::format).orElse("");
        return loaded.size() + (loaded.size() == 1 ? " session" : " sessions") + " · " + energy.format()
                + (money.isEmpty() ? "" : " · " + money);
    }

    /** Issues the selected session's receipt and hands the PDF to {@code open}. */
    public void issueReceipt(Consumer<Path> open) {
        SessionItem item = selected.get();
        if (item == null || item.session().isOpen()) {
            status.set("Select a closed session to issue its receipt.");
            return;
        }
        status.set("Issuing the receipt…");
        background.execute(() -> {
            try {
                Path pdf = receipts.issue(item.session().id());
                ui.execute(() -> {
                    status.set("Receipt saved to " + pdf);
                    open.accept(pdf);
                });
            } catch (Exception e) {
                ui.execute(() -> status.set("Could not issue the receipt: " + e.getMessage()));
            }
        });
    }
}
