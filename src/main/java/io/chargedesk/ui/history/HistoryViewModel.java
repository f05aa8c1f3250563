package io.chargedesk.ui.history;

import io.chargedesk.usecase.WholeFile;
import io.chargedesk.receipt.ChartReportPdf;
import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.text.CodeNames;
import io.chargedesk.text.Messages;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryRange;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managers' screen: a range (a preset or days chosen by hand), a bay filter and a comparison; the charts' data
 * for it, the findings, the anomalies; exports. Every read and write runs on the background executor, and only its
 * result changes the properties, on the ui thread.
 */
public final class HistoryViewModel {

    /** Reads the site's anomalies for a range of local days. */
    @FunctionalInterface
    public interface AnomalySource {
        List<SiteAnomaly> load(LocalDate from, LocalDate to) throws Exception;
    }

    /** A chart of the PDF report: its heading, its picture (made on the background) and text below it. */
    public record ReportChart(String heading, Callable<byte[]> png, List<String> lines) {}

    /** The site the history is of: what the charts need of its settings. */
    public record Site(String name, ZoneId zone, Currency currency, Power gridLimit, List<String> bays) {}

    private static final Logger LOG = LoggerFactory.getLogger(HistoryViewModel.class);

    private final HistoryFacts facts;
    private final AnomalySource anomalies;
    private final Site site;
    private final Messages text;
    private final HistoryCharts charts;
    private final Clock clock;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<RangePreset> preset = new SimpleObjectProperty<>(this, "preset",
            RangePreset.LAST_30_DAYS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    /** The bay shown, or null for all bays. */
    private final ObjectProperty<String> bay = new SimpleObjectProperty<>(this, "bay");
    private final ObjectProperty<Comparison> compare = new SimpleObjectProperty<>(this, "compare",
            Comparison.PREVIOUS_PERIOD);
    private final ObjectProperty<HistoryPage> page = new SimpleObjectProperty<>(this, "page");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<String> anomalyLines = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    /** Says how far history still loading in the background has got; empty when none is. */
    private final StringProperty backgroundNote = new SimpleStringProperty(this, "backgroundNote", "");
    /** Set while a preset moves the days, so that moving them is not taken for choosing them by hand. */
    private boolean applyingPreset;
    /** Counts loads: a slow older load must not replace a newer one's result. */
    private long generation;

    /** Starts on the last 30 days up to today in the site's time; call {@link #refresh()} to load. */
    public HistoryViewModel(HistoryFacts facts, AnomalySource anomalies, Site site, Locale locale, Clock clock,
                            Executor background, Executor ui) {
        this.facts = facts;
        this.anomalies = anomalies;
        this.site = site;
        this.text = Messages.of(locale);
        this.charts = new HistoryCharts(text, site.zone());
        this.clock = clock;
        this.background = background;
        this.ui = ui;
        applyPreset(preset.get(), Optional.empty());
        preset.addListener((o, was, now) -> {
            if (now != RangePreset.CUSTOM) {
                applyPreset(now, Optional.empty());
                refresh();
            }
        });
        from.addListener((o, was, now) -> choseDays());
        to.addListener((o, was, now) -> choseDays());
        bay.addListener((o, was, now) -> refresh());
        compare.addListener((o, was, now) -> refresh());
    }

    public ObjectProperty<RangePreset> presetProperty() {
        return preset;
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

    public ObjectProperty<Comparison> compareProperty() {
        return compare;
    }

    /** What the charts show, once loaded. */
    public ReadOnlyObjectProperty<HistoryPage> pageProperty() {
        return page;
    }

    public ObservableList<String> findings() {
        return findings;
    }

    public ObservableList<String> anomalyLines() {
        return anomalyLines;
    }

    /** "412 sessions · 9,821.5 kWh · €3,120.40 in 30 days". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** "Sample history is still loading: 120 of 365 days…", or empty. */
    public ReadOnlyStringProperty backgroundNoteProperty() {
        return backgroundNote;
    }

    /**
     * Shows how far {@code load} has got while it runs, and reads the range again once it is done, so the screen
     * then shows all of it without being asked.
     */
    public void follow(BackgroundHistory load) {
        Runnable update = () -> ui.execute(() -> {
            if (load.done()) {
                if (!backgroundNote.get().isEmpty()) {
                    backgroundNote.set("");
                    refresh();
                }
            } else {
                backgroundNote.set(text.get("history.sampleLoading", load.daysLoaded(), load.daysInAll()));
            }
        });
        backgroundNote.set(load.done() ? "" : text.get("history.sampleLoading", load.daysLoaded(), load.daysInAll()));
        load.onProgress(update);
        // It may have got further, or finished, before it was listened to.
        update.run();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** The bays the filter offers, in display order. */
    public List<String> bayIds() {
        return site.bays();
    }

    Messages text() {
        return text;
    }

    HistoryCharts charts() {
        return charts;
    }

    Site site() {
        return site;
    }

    /** Reads the range again: when the screen is opened, and when asked to. */
    public void refresh() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null || t.isBefore(f)) {
            message.set(text.get("history.badRange"));
            return;
        }
        HistoryRange chosen;
        try {
            chosen = new HistoryRange(f, t, bay.get() == null ? Set.of() : Set.of(bay.get()));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        RangePreset p = preset.get();
        Comparison c = compare.get();
        long asked = ++generation;
        message.set("");
        loading.set(true);
        background.execute(() -> {
            try {
                HistoryRange range = p == RangePreset.ALL ? allRecorded(chosen) : chosen;
                List<SiteAnomaly> list = anomalies.load(range.from(), range.to());
                HistoryPage loaded = HistoryPage.load(facts, range, c, site.gridLimit(), list, today());
                List<String> found = Findings.of(loaded, text, charts::when);
                List<String> lines = list.stream().map(this::line).toList();
                ui.execute(() -> {
                    if (asked == generation) {
                        show(loaded, found, lines);
                    }
                });
            } catch (Exception e) {
                LOG.warn("Could not load the history", e);
                ui.execute(() -> {
                    loading.set(false);
                    message.set(text.get("history.loadFailed", e.getMessage()));
                });
            }
        });
    }

    /**
     * Writes what {@code content} makes to {@code file}, both on the background executor, and says how it went.
     *
     * @param content the file's bytes: a chart's CSV or PNG, or the PDF report
     */
    public void save(Path file, Callable<byte[]> content) {
        background.execute(() -> {
            try {
                byte[] bytes = content.call();
                WholeFile.write(file, bytes);
                ui.execute(() -> message.set(text.get("history.saved", file)));
            } catch (Exception e) {
                LOG.warn("Could not save {}", file, e);
                ui.execute(() -> message.set(text.get("history.saveFailed", file, e.getMessage())));
            }
        });
    }

    /** Saves the whole screen as a PDF report for the range shown: the summary, the findings and every chart. */
    public void saveReport(Path file, List<ReportChart> charts) {
        HistoryPage shown = page.get();
        if (shown == null) {
            return;
        }
        String title = text.get("history.report.title", site.name(), day(shown.range().from()),
                day(shown.range().to()));
        List<String> intro = new ArrayList<>();
        intro.add(summary.get());
        intro.addAll(findings);
        List<String> anomalyList = List.copyOf(anomalyLines);
        save(file, () -> {
            List<ChartReportPdf.Section> sections = new ArrayList<>();
            for (ReportChart chart : charts) {
                sections.add(new ChartReportPdf.Section(chart.heading(), Optional.of(chart.png().call()),
                        chart.lines()));
            }
            sections.add(new ChartReportPdf.Section(text.get("history.tab.anomalies"), Optional.empty(),
                    anomalyList));
            return ChartReportPdf.render(title, intro, sections, clock.instant());
        });
    }

    /** "history-2026-10-30-2026-11-28.pdf". */
    public String reportFileName() {
        HistoryPage shown = page.get();
        return shown == null ? "history.pdf"
                : text.get("history.report.file", shown.range().from().toString(), shown.range().to().toString());
    }

    private HistoryRange allRecorded(HistoryRange chosen) throws Exception {
        HistoryRange all = RangePreset.ALL.range(today(),
                facts.recordedDays().map(HistoryFacts.RecordedDays::first)).orElseThrow();
        return new HistoryRange(all.from(), all.to(), chosen.bays());
    }

    private void show(HistoryPage loaded, List<String> found, List<String> lines) {
        loading.set(false);
        if (!loaded.range().from().equals(from.get()) || !loaded.range().to().equals(to.get())) {
            applyingPreset = true;
            from.set(loaded.range().from());
            to.set(loaded.range().to());
            applyingPreset = false;
        }
        page.set(loaded);
        findings.setAll(found);
        anomalyLines.setAll(lines.isEmpty() ? List.of(text.get("history.anomaly.none")) : lines);
        summary.set(summary(loaded));
    }

    private String summary(HistoryPage p) {
        NumberFormat kwh = NumberFormat.getNumberInstance(text.locale());
        kwh.setMaximumFractionDigits(1);
        kwh.setMinimumFractionDigits(1);
        NumberFormat money = NumberFormat.getCurrencyInstance(text.locale());
        money.setCurrency(site.currency());
        BigDecimal revenue = p.bays().stream().map(b -> b.revenue().amount()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return text.get("history.summary", p.totalSessions(), kwh.format(HistoryCharts.kwh(p.totalEnergy())),
                money.format(revenue), p.range().days());
    }

    private String line(SiteAnomaly a) {
        String where = a.bayId().map(b -> text.get("history.anomaly.bay", b)).orElse(text.get("history.anomaly.site"));
        String name = CodeNames.of(text.locale()).anomaly(a.anomaly().code().code());
        return charts.when(a.anomaly().at()) + "  " + where + "  " + name + ": " + text.reason(a.anomaly().reason(), site.zone());
    }

    /** The site's day now, in its time zone, across clock changes too. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), site.zone());
    }

    private String day(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(text.locale()).format(d);
    }

    private void applyPreset(RangePreset chosen, Optional<LocalDate> firstRecord) {
        chosen.range(today(), firstRecord).ifPresent(r -> {
            applyingPreset = true;
            from.set(r.from());
            to.set(r.to());
            applyingPreset = false;
        });
    }

    private void choseDays() {
        if (!applyingPreset) {
            preset.set(RangePreset.CUSTOM);
            refresh();
        }
    }
}
