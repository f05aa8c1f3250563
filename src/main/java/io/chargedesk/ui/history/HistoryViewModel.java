package io.chargedesk.ui.history;

import io.chargedesk.history.HistoryReport;
import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.text.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The managers' screen: usage over a range of days, and the anomalies worth a look. */
public final class HistoryViewModel {

    /** Reads the history for a range of local days (the database in the app). */
    @FunctionalInterface
    public interface HistorySource {
        HistoryReport load(LocalDate from, LocalDate to) throws Exception;
    }

    /** Reads the site's anomalies for a range of local days. */
    @FunctionalInterface
    public interface AnomalySource {
        List<SiteAnomaly> load(LocalDate from, LocalDate to) throws Exception;
    }

    private final HistorySource history;
    private final AnomalySource anomalies;
    private final ZoneId zone;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<HistoryReport> report = new SimpleObjectProperty<>(this, "report");
    private final ObservableList<String> insights = FXCollections.observableArrayList();
    private final ObservableList<String> anomalyLines = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    /** Starts on the last 30 days up to today in the site's time. */
    public HistoryViewModel(HistorySource history, AnomalySource anomalies, ZoneId zone, Clock clock,
                            Executor background, Executor ui) {
        this.history = history;
        this.anomalies = anomalies;
        this.zone = zone;
        this.background = background;
        this.ui = ui;
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        to.set(today);
        from.set(today.minusDays(29));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The report for the range, once loaded. */
    public ReadOnlyObjectProperty<HistoryReport> reportProperty() {
        return report;
    }

    public ObservableList<String> insights() {
        return insights;
    }

    public ObservableList<String> anomalyLines() {
        return anomalyLines;
    }

    /** "412 sessions · 9 821.450 kWh in 30 days". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public void refresh() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null || t.isBefore(f)) {
            message.set("Choose a start day and an end day on or after it.");
            return;
        }
        message.set("");
        background.execute(() -> {
            try {
                HistoryReport r = history.load(f, t);
                List<String> lines = anomalies.load(f, t).stream()
                        .map(a -> Formats.dateTime(a.anomaly().at(), zone) + "  "
                                + a.bayId().map(b -> "bay " + b + "  ").orElse("site  ")
                                + a.anomaly().code().code() + ": " + a.anomaly().reason())
                        .toList();
                ui.execute(() -> {
                    report.set(r);
                    insights.setAll(r.insights());
                    anomalyLines.setAll(lines.isEmpty() ? List.of("No site anomalies in this range.") : lines);
                    summary.set(r.totalSessions() + " sessions · " + r.totalEnergy().format() + " in "
                            + r.energyPerDay().size() + " days");
                });
            } catch (Exception e) {
                ui.execute(() -> message.set("Could not load the history: " + e.getMessage()));
            }
        });
    }
}
