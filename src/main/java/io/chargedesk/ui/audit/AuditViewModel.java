package io.chargedesk.ui.audit;

import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditEntry;
import io.chargedesk.audit.AuditRecord;
import io.chargedesk.export.AuditExport;
import io.chargedesk.text.Formats;
import io.chargedesk.text.Messages;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Audit screen: the audit trail between two days (in the site's time zone) and of one action or all, newest
 * first, exported as CSV. Reads and writes on the background executor, shows on the ui executor.
 */
public final class AuditViewModel {

    /** What the screen reads; each call may take a while and runs off the UI thread. */
    public interface AuditSource {
        /** Newest first, {@code to} exclusive. */
        List<AuditEntry> list(Optional<Instant> from, Optional<Instant> to, Optional<AuditAction> action)
                throws Exception;
    }

    /** One entry as the list shows it, in the user's language and the site's time zone. */
    public record AuditRow(long seq, String when, String who, String action, String subject, String why,
                           String details) {}

    private final AuditSource source;
    private final Messages text;
    private final ZoneId zone;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    /** Null for every action. */
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>(this, "action");
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final SimpleStringProperty message = new SimpleStringProperty(this, "message", "");
    /** The entries listed, for the export; on the ui thread only. */
    private List<AuditEntry> shown = List.of();

    public AuditViewModel(AuditSource source, Messages text, ZoneId zone, Executor background, Executor ui) {
        this.source = source;
        this.text = text;
        this.zone = zone;
        this.background = background;
        this.ui = ui;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The name of an action in the user's language; "All actions" for null. */
    public String actionName(AuditAction a) {
        return a == null ? text.get("audit.action.all") : text.get("audit.action." + a.code());
    }

    /** Says in the status line that a date typed could not be read, with an example of one that can. */
    public void dateNotRead(String typed, String example) {
        message.set(text.get("audit.dateNotRead", typed, example));
    }

    /** Reads the entries of the range and action chosen. */
    public void refresh() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && last.isBefore(first)) {
            message.set(text.get("audit.rangeBackwards"));
            return;
        }
        Optional<Instant> start = Optional.ofNullable(first).map(d -> d.atStartOfDay(zone).toInstant());
        Optional<Instant> end = Optional.ofNullable(last).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
        Optional<AuditAction> chosen = Optional.ofNullable(action.get());
        background.execute(() -> {
            try {
                List<AuditEntry> entries = source.list(start, end, chosen);
                List<AuditRow> loaded = entries.stream().map(this::row).toList();
                ui.execute(() -> {
                    shown = entries;
                    rows.setAll(loaded);
                    message.set(text.get("audit.count", loaded.size()));
                });
            } catch (Exception e) {
                ui.execute(() -> message.set(text.get("audit.loadFailed", e.getMessage())));
            }
        });
    }

    /** Writes the entries listed to {@code file} as CSV (every field as stored, and the hashes). */
    public void exportCsv(Path file) {
        List<AuditEntry> entries = shown;
        background.execute(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                AuditExport.writeCsv(entries, out);
                ui.execute(() -> message.set(text.get("audit.exported", entries.size(), file.toString())));
            } catch (Exception e) {
                ui.execute(() -> message.set(text.get("audit.exportFailed", file.toString(), e.getMessage())));
            }
        });
    }

    private AuditRow row(AuditEntry e) {
        AuditRecord r = e.record();
        String role = text.get("access.role." + r.who().role().code());
        String who = r.who().name().isEmpty() ? role : text.get("audit.who", role, r.who().name());
        return new AuditRow(e.seq(), Formats.dateTime(r.at(), zone, text.locale()), who, actionName(r.action()),
                r.subject(), r.why(), r.details());
    }
}
