package io.chargedesk.ui.alerts;

import io.chargedesk.alert.Alert;
import io.chargedesk.text.Messages;
import io.chargedesk.text.TextLimit;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The alert list, read from the database the collector stores alerts in (so it survives a restart, and a console
 * that only watches shows the same): loads on the background executor, shows on the ui executor. Each alert a reload
 * finds new, and at the first load each one active and not acknowledged, is handed to {@link #setOnRaised the
 * listener} for a notification.
 */
public final class AlertsViewModel {

    /** What the list needs from the alerts' store; each call may take a while and runs off the UI thread. */
    public interface AlertStore {

        /** Those not acknowledged first, then the rest; newest first within each. */
        List<Alert> list() throws Exception;

        /**
         * @return false if someone acknowledged it already
         * @throws IllegalArgumentException the name cannot be stored; the message says why
         */
        boolean acknowledge(long alertId, String name) throws Exception;
    }

    /** One alert as the list shows it, every text formatted for the user's locale and the site's time zone. */
    public record AlertRow(long id, String raised, String bay, String kind, String reason, String status,
                           String acknowledgedBy, boolean active, boolean acknowledged) {}

    private final AlertStore store;
    private final Messages text;
    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<AlertRow> rows = FXCollections.observableArrayList();
    private final SimpleIntegerProperty unacknowledged = new SimpleIntegerProperty(this, "unacknowledged");
    private final SimpleStringProperty title = new SimpleStringProperty(this, "title");
    private final SimpleStringProperty message = new SimpleStringProperty(this, "message", "");
    private final AtomicBoolean loading = new AtomicBoolean();
    private Consumer<AlertRow> onRaised = row -> { };
    /** The highest alert id shown so far; on the ui thread only. Before the first load, none. */
    private long newestShown = -1;

    public AlertsViewModel(AlertStore store, Messages text, ZoneId zone, Executor background, Executor ui) {
        this.store = store;
        this.text = text;
        this.zone = zone;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(text.locale()).withZone(zone);
        this.background = background;
        this.ui = ui;
        title.set(text.get("alerts.tab"));
    }

    public ObservableList<AlertRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty unacknowledgedProperty() {
        return unacknowledged;
    }

    /** "Alerts", or "Alerts (3)" while three wait for an attendant. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** The outcome of the last acknowledgement, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /**
     * Called on the ui thread with each alert not acknowledged yet that was raised since the list was last loaded, or
     * at the first load, is still active.
     */
    public void setOnRaised(Consumer<AlertRow> onRaised) {
        this.onRaised = onRaised;
    }

    /** Reloads the list; a reload asked for while one runs is skipped, as the next one comes soon. */
    public void refresh() {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            try {
                List<AlertRow> loaded = store.list().stream().map(this::row).toList();
                ui.execute(() -> show(loaded));
            } catch (Exception e) {
                ui.execute(() -> message.set(text.get("alerts.loadFailed", e.getMessage())));
            } finally {
                loading.set(false);
            }
        });
    }

    private void show(List<AlertRow> loaded) {
        rows.setAll(loaded);
        long waiting = loaded.stream().filter(r -> !r.acknowledged()).count();
        unacknowledged.set((int) waiting);
        title.set(waiting == 0 ? text.get("alerts.tab") : text.get("alerts.tabWaiting", waiting));
        long seen = newestShown;
        // At the first load, what is wrong now and nobody has checked; after it, what is new. Oldest first.
        loaded.stream().filter(r -> !r.acknowledged() && (seen < 0 ? r.active() : r.id() > seen))
                .sorted((a, b) -> Long.compare(a.id(), b.id())).forEach(onRaised);
        newestShown = Math.max(seen, loaded.stream().mapToLong(AlertRow::id).max().orElse(0));
    }

    private AlertRow row(Alert a) {
        String bay = a.key().bayId().map(id -> a.key().kind().onBus() ? text.get("alerts.bus", id) : id)
                .orElse(text.get("alerts.wholeSite"));
        String status = a.clearedAt().map(t -> text.get("alerts.clearedAt", time.format(t)))
                .orElse(text.get("alerts.active"));
        String acknowledged = a.acknowledged().map(ack -> text.get("alerts.acknowledgedBy", ack.by(),
                time.format(ack.at()))).orElse("");
        return new AlertRow(a.id(), time.format(a.raisedAt()), bay, text.get("alerts.kind." + a.key().kind().code()),
                text.reasons(a.reasons(), zone), status, acknowledged, a.clearedAt().isEmpty(), a.isAcknowledged());
    }

    /** What keeps {@code name} from being stored, in a sentence that names the field; empty when it can be. */
    public Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(text.get("alerts.nameMissing"));
        }
        return TextLimit.ATTENDANT_NAME.reason(name.strip())
                .map(p -> text.get("alerts.nameProblem", text.reason(p, zone)));
    }

    /** Stores that {@code name} acknowledged the alert now, then reloads the list. */
    public void acknowledge(AlertRow row, String name) {
        Optional<String> problem = nameProblem(name);
        if (problem.isPresent()) {
            message.set(problem.get());
            return;
        }
        background.execute(() -> {
            String outcome;
            try {
                outcome = store.acknowledge(row.id(), name) ? text.get("alerts.acknowledged", row.kind(), row.bay())
                        : text.get("alerts.alreadyAcknowledged");
            } catch (IllegalArgumentException e) {
                outcome = e.getMessage();
            } catch (Exception e) {
                outcome = text.get("alerts.notStored", e.getMessage());
            }
            String shown = outcome;
            ui.execute(() -> {
                message.set(shown);
                refresh();
            });
        });
    }
}
