package io.chargedesk.ui.sessions;

import io.chargedesk.billing.Quote;
import io.chargedesk.billing.QuoteLine;
import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.Gap;
import io.chargedesk.session.Session;
import io.chargedesk.text.Formats;
import io.chargedesk.units.Energy;
import java.time.Duration;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dispute view of one session: its power curve, the meter readings that bound its energy, gaps, faults,
 * anomalies, and how its price was computed.
 */
final class SessionDetailView {

    private final ZoneId zone;
    private final Label heading = new Label("Select a session to see its evidence.");
    private final LineChart<Number, Number> curve;
    private final TextArea facts = new TextArea();
    private final ScrollPane root;

    SessionDetailView(SessionsViewModel model) {
        this.zone = model.zone();
        NumberAxis minutes = new NumberAxis();
        minutes.setLabel("minutes since start");
        NumberAxis kw = new NumberAxis();
        kw.setLabel("kW");
        curve = new LineChart<>(minutes, kw);
        curve.setCreateSymbols(false);
        curve.setLegendVisible(false);
        curve.setAnimated(false);
        curve.setPrefHeight(240);
        curve.getStyleClass().add("power-curve");
        facts.setEditable(false);
        facts.setWrapText(false);
        facts.setPrefRowCount(12);
        facts.getStyleClass().add("evidence");
        facts.setId("session-evidence");
        heading.getStyleClass().add("detail-heading");
        VBox left = new VBox(6, heading, curve);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(facts, Priority.ALWAYS);
        HBox content = new HBox(12, left, facts);
        content.setPadding(new Insets(8));
        content.getStyleClass().add("session-detail");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        model.detailProperty().addListener((o, was, now) -> show(now));
    }

    Parent node() {
        return root;
    }

    private void show(SessionDetail detail) {
        curve.getData().clear();
        if (detail == null) {
            facts.clear();
            return;
        }
        Session s = detail.item().session();
        heading.setText("Bay " + s.bayId() + " · " + Formats.dateTime(s.start(), zone) + " · " + s.energy().format());
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (HistoryBatch.SessionMinute m : detail.minutes()) {
            double minute = Duration.between(s.start(), m.minute()).toSeconds() / 60.0;
            series.getData().add(new XYChart.Data<>(minute, m.powerSumW() / 1000.0 / Math.max(1, m.readings())));
        }
        curve.getData().add(series);
        facts.setText(evidenceText(detail));
        facts.positionCaret(0);
    }

    /** The evidence in plain words, as an operator would read it out to a customer. */
    private String evidenceText(SessionDetail detail) {
        Session s = detail.item().session();
        StringBuilder t = new StringBuilder();
        t.append("Session ").append(s.id()).append('\n');
        t.append("Meter serial ").append(s.meterSerial().isEmpty() ? "(not reported)" : s.meterSerial()).append('\n');
        t.append("Start ").append(Formats.dateTime(s.start(), zone)).append("   meter ").append(s.startRegister())
                .append('\n');
        t.append("End   ").append(s.end().map(e -> Formats.dateTime(e, zone)).orElse("still open"))
                .append("   meter ").append(s.endRegister()).append('\n');
        t.append("Energy ").append(s.endRegister()).append(" − ").append(s.startRegister()).append(" = ")
                .append(s.energy()).append('\n');
        t.append("Charging ").append(Formats.elapsed(s.chargingTime())).append(", connected ")
                .append(Formats.elapsed(detail.item().duration())).append(", peak ").append(s.peakPower()).append('\n');
        if (!s.customer().isNone()) {
            t.append("Customer ").append(s.customer().name()).append(' ').append(s.customer().plate()).append(' ')
                    .append(s.customer().note()).append('\n');
        }
        detail.item().quote().ifPresent(q -> appendPrice(t, q, zone));
        t.append('\n').append(s.gaps().isEmpty() ? "No gaps in the readings." : "Gaps in the readings:").append('\n');
        for (Gap g : s.gaps()) {
            t.append("  ").append(Formats.dateTime(g.from(), zone)).append(" – ").append(Formats.dateTime(g.to(), zone))
                    .append(" (").append(Formats.elapsed(g.length())).append(")\n");
        }
        t.append(s.faults().isEmpty() ? "No failed polls." : "Failed polls:").append('\n');
        s.faults().forEach((kind, polls) -> t.append("  ").append(kind.label()).append(": ").append(polls).append('\n'));
        t.append(s.anomalies().isEmpty() ? "No anomalies." : "Anomalies:").append('\n');
        for (Anomaly a : s.anomalies()) {
            t.append("  ").append(a.code().code()).append(" at ").append(Formats.dateTime(a.at(), zone)).append(": ")
                    .append(a.reason()).append('\n');
        }
        t.append('\n').append(detail.readings().isEmpty()
                ? "Raw readings are no longer kept; the per-minute registers are the evidence:"
                : "Meter readings around the session:").append('\n');
        if (detail.readings().isEmpty()) {
            for (HistoryBatch.SessionMinute m : detail.minutes()) {
                t.append("  ").append(Formats.dateTime(m.minute(), zone)).append("  ")
                        .append(Energy.ofWattHours(m.registerWh())).append('\n');
            }
        } else {
            for (Reading r : detail.readings()) {
                t.append("  ").append(Formats.timeWithSeconds(r.at(), zone)).append("  ").append(r.importRegister())
                        .append("  ").append(r.power()).append('\n');
            }
        }
        return t.toString();
    }

    private static void appendPrice(StringBuilder t, Quote q, ZoneId zone) {
        t.append("\nTariff ").append(q.tariff().name()).append(" (version from ")
                .append(Formats.dateTime(q.tariff().effectiveFrom(), zone)).append(")\n");
        for (QuoteLine line : q.lines()) {
            t.append("  ").append(line.description()).append(": ").append(line.computation()).append(" = ")
                    .append(line.amount().format()).append('\n');
        }
        t.append("  Total ").append(q.total().format()).append(" (net ").append(q.net().format()).append(", VAT ")
                .append(q.vat().format()).append(")\n");
    }
}
