package io.chargedesk.ui.sessions;

import io.chargedesk.billing.Quote;
import io.chargedesk.billing.QuoteLine;
import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.Gap;
import io.chargedesk.session.Session;
import io.chargedesk.text.CodeNames;
import io.chargedesk.text.Decimals;
import io.chargedesk.text.Formats;
import io.chargedesk.text.Messages;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
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
    private final Messages t;
    private final Locale locale;
    private final CodeNames names;
    private final Label heading = new Label();
    private final LineChart<Number, Number> curve;
    private final TextArea facts = new TextArea();
    private final ScrollPane root;

    SessionDetailView(SessionsViewModel model, Messages texts) {
        this.zone = model.zone();
        this.t = texts;
        this.locale = texts.locale();
        this.names = CodeNames.of(locale);
        heading.setText(t.get("sessions.detail.select"));
        NumberAxis minutes = new NumberAxis();
        minutes.setLabel(t.get("sessions.detail.minutes"));
        NumberAxis kw = new NumberAxis();
        kw.setLabel(t.get("sessions.detail.kw"));
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
        heading.setText(t.get("sessions.detail.heading", s.bayId(), when(s.start()), kwh(s.energy())));
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
        StringBuilder b = new StringBuilder();
        line(b, "sessions.detail.session", s.id().toString());
        line(b, "sessions.detail.serial", s.meterSerial().isEmpty() ? t.get("sessions.detail.noSerial")
                : s.meterSerial());
        line(b, "sessions.detail.start", when(s.start()), kwh(s.startRegister()));
        line(b, "sessions.detail.end", s.end().map(this::when).orElse(t.get("sessions.detail.stillOpen")),
                kwh(s.endRegister()));
        line(b, "sessions.detail.energy", kwh(s.endRegister()), kwh(s.startRegister()), kwh(s.energy()));
        line(b, "sessions.detail.times", Formats.elapsed(s.chargingTime()), Formats.elapsed(detail.item().duration()),
                Decimals.fixed(s.peakPower().kilowatts(), locale));
        if (!s.customer().isNone()) {
            line(b, "sessions.detail.customer", s.customer().name(), s.customer().plate(), s.customer().note());
        }
        detail.item().quote().ifPresent(q -> appendPrice(b, q));
        b.append('\n');
        line(b, s.gaps().isEmpty() ? "sessions.detail.noGaps" : "sessions.detail.gaps");
        for (Gap g : s.gaps()) {
            b.append("  ").append(when(g.from())).append(" – ").append(when(g.to()))
                    .append(" (").append(Formats.elapsed(g.length())).append(")\n");
        }
        line(b, s.faults().isEmpty() ? "sessions.detail.noFaults" : "sessions.detail.faults");
        s.faults().forEach((kind, polls) -> b.append("  ").append(names.fault(kind.name())).append(": ").append(polls)
                .append('\n'));
        line(b, s.anomalies().isEmpty() ? "sessions.detail.noAnomalies" : "sessions.detail.anomalies");
        for (Anomaly a : s.anomalies()) {
            b.append("  ");
            line(b, "sessions.detail.anomaly", names.anomaly(a.code().code()), when(a.at()), t.reason(a.reason(), zone));
        }
        b.append('\n');
        line(b, detail.readings().isEmpty() ? "sessions.detail.minuteRegisters" : "sessions.detail.readings");
        if (detail.readings().isEmpty()) {
            for (HistoryBatch.SessionMinute m : detail.minutes()) {
                b.append("  ").append(when(m.minute())).append("  ").append(kwh(Energy.ofWattHours(m.registerWh())))
                        .append(" kWh\n");
            }
        } else {
            for (Reading r : detail.readings()) {
                b.append("  ").append(Formats.timeWithSeconds(r.at(), zone, locale)).append("  ")
                        .append(kwh(r.importRegister())).append(" kWh  ")
                        .append(Decimals.fixed(r.power().kilowatts(), locale)).append(" kW\n");
            }
        }
        return b.toString();
    }

    private void appendPrice(StringBuilder b, Quote q) {
        b.append('\n');
        line(b, "sessions.detail.tariff", q.tariff().name(), when(q.tariff().effectiveFrom()));
        for (QuoteLine line : q.lines()) {
            b.append("  ").append(line.description()).append(": ").append(line.computation()).append(" = ")
                    .append(money(line.amount())).append('\n');
        }
        b.append("  ");
        line(b, "sessions.detail.total", money(q.total()), money(q.net()), money(q.vat()));
    }

    private void line(StringBuilder b, String key, Object... args) {
        b.append(t.get(key, args)).append('\n');
    }

    private String when(Instant at) {
        return Formats.dateTime(at, zone, locale);
    }

    private String kwh(Energy e) {
        return Decimals.fixed(e.kilowattHours(), locale);
    }

    private String money(Money m) {
        return Decimals.fixed(m.amount(), locale) + " " + m.currency().getCurrencyCode();
    }
}
