package io.chargedesk.ui.history;

import io.chargedesk.text.CodeNames;
import io.chargedesk.text.Messages;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryFacts.AnomalyCount;
import io.chargedesk.usecase.port.HistoryFacts.BayFacts;
import io.chargedesk.usecase.port.HistoryFacts.DemandPeak;
import io.chargedesk.usecase.port.HistoryFacts.TopPeak;
import io.chargedesk.usecase.port.HistoryFacts.WeekHour;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns a {@link HistoryPage} into the screen's charts: labels in the user's language and locale, values in kWh,
 * kW, sessions, percent or the site's currency, and for each chart the table its CSV export writes.
 */
final class HistoryCharts {

    private final Messages text;
    private final DateTimeFormatter dayLabel;
    private final DateTimeFormatter monthLabel;
    private final DateTimeFormatter dateTime;

    HistoryCharts(Messages text, ZoneId zone) {
        this.text = text;
        this.dayLabel = DateTimeFormatter.ofPattern("d MMM", text.locale());
        this.monthLabel = DateTimeFormatter.ofPattern("MMM yyyy", text.locale());
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(text.locale()).withZone(zone);
    }

    /** "3 Nov", "Nov 2026" or "14:00": a bar's label for its bucket. */
    String label(HistoryPage.Bar bar, Bucket bucket) {
        if (bar.hour().isPresent()) {
            return String.format("%02d:00", bar.hour().get());
        }
        return bucket == Bucket.MONTH ? monthLabel.format(bar.start()) : dayLabel.format(bar.start());
    }

    String when(Instant at) {
        return dateTime.format(at);
    }

    ChartData energy(HistoryPage p) {
        return trend(p, "energy", text.get("history.chart.energy"), text.get("history.axis.kwh"), false,
                b -> Optional.of(kwh(b.energy())));
    }

    ChartData sessions(HistoryPage p) {
        return trend(p, "sessions", text.get("history.chart.sessions"), text.get("history.axis.sessions"), false,
                b -> Optional.of((double) b.sessions()));
    }

    /** Empty for a single day: revenue is recorded per day, so an hourly chart would be one bar at midnight. */
    ChartData revenue(HistoryPage p, String currencyCode) {
        return trend(p, "revenue", text.get("history.chart.revenue"), text.get("history.axis.money", currencyCode),
                true, b -> b.revenue().map(m -> m.amount().doubleValue()));
    }

    private ChartData trend(HistoryPage p, String id, String title, String axis, boolean money,
                            Function<HistoryPage.Bar, Optional<Double>> value) {
        List<String> categories = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        List<Double> previous = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int drawn = p.barsDrawn();
        for (int i = 0; i < p.trend().size(); i++) {
            HistoryPage.Bar bar = p.trend().get(i);
            Optional<Double> v = value.apply(bar);
            if (v.isEmpty()) {
                continue;
            }
            Optional<HistoryPage.Bar> other = i < p.comparison().size() ? Optional.of(p.comparison().get(i))
                    : Optional.empty();
            Optional<Double> w = other.flatMap(value);
            if (i < drawn) {
                categories.add(label(bar, p.bucket()));
                current.add(v.get());
                previous.add(w.orElse(0.0));
            }
            rows.add(List.of(iso(bar), plain(v.get()), other.map(HistoryCharts::iso).orElse(""),
                    w.map(HistoryCharts::plain).orElse("")));
        }
        ChartTable table = new ChartTable(id, List.of("period_start", id, "comparison_start", "comparison_" + id),
                rows);
        return new ChartData(id, title, axis, money, categories, List.of(
                new ChartData.Series(text.get("history.series.current"), current),
                new ChartData.Series(text.get(p.compare().seriesKey()), previous)), table);
    }

    ChartData dailyPeaks(HistoryPage p) {
        return peaks(p, "peak-daily", text.get("history.chart.peakDaily"), p.dailyPeaks(), dayLabel);
    }

    ChartData monthlyPeaks(HistoryPage p) {
        return peaks(p, "peak-monthly", text.get("history.chart.peakMonthly"), p.monthlyPeaks(), monthLabel);
    }

    private ChartData peaks(HistoryPage p, String id, String title, List<DemandPeak> peaks, DateTimeFormatter label) {
        double limit = kw(p.gridLimit());
        List<String> categories = new ArrayList<>();
        List<Double> demand = new ArrayList<>();
        List<Double> limits = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (DemandPeak peak : peaks) {
            categories.add(label.format(peak.start()));
            demand.add(kw(peak.demand()));
            limits.add(limit);
            rows.add(List.of(peak.start().toString(), peak.at().toString(), plain(kw(peak.demand())),
                    plain(limit)));
        }
        List<ChartData.Series> series = new ArrayList<>();
        series.add(new ChartData.Series(text.get("history.series.peak"), demand));
        if (limit > 0) {
            series.add(new ChartData.Series(text.get("history.series.gridLimit"), limits));
        }
        return new ChartData(id, title, text.get("history.axis.kw"), false, categories, series,
                new ChartTable(id, List.of("period_start", "peak_at_utc", "peak_kw", "grid_limit_kw"), rows));
    }

    /** "Tue 3 Nov 2026, 18:15: 41.2 kW (92 %) · bays A1, A2". */
    List<String> topPeakLines(HistoryPage p) {
        NumberFormat kw = number(1);
        NumberFormat percent = NumberFormat.getPercentInstance(text.locale());
        double limit = kw(p.gridLimit());
        return p.topPeaks().stream().map(t -> text.get("history.peak.line", when(t.at()), kw.format(kw(t.demand())),
                limit > 0 ? percent.format(kw(t.demand()) / limit) : "–", bays(t))).toList();
    }

    ChartTable topPeakTable(HistoryPage p) {
        return new ChartTable("top-peaks", List.of("at_utc", "demand_kw", "bays"), p.topPeaks().stream()
                .map(t -> List.of(t.at().toString(), plain(kw(t.demand())), bays(t))).toList());
    }

    private static String bays(TopPeak t) {
        return String.join(", ", t.bays().stream().map(b -> b.bayId() + " " + plain(kw(b.demand())) + " kW")
                .toList());
    }

    /** Average kW by weekday (Monday first) and hour. */
    static double[][] load(HistoryPage p) {
        return cells(p, c -> kw(c.averageLoad()));
    }

    /** Percent of the bays' time occupied, by weekday (Monday first) and hour. */
    static double[][] occupancy(HistoryPage p) {
        return cells(p, c -> c.occupancy().doubleValue() * 100);
    }

    private static double[][] cells(HistoryPage p, Function<WeekHour, Double> value) {
        double[][] out = new double[7][24];
        for (WeekHour c : p.weekHours()) {
            out[c.weekday().ordinal()][c.hour()] = value.apply(c);
        }
        return out;
    }

    ChartTable weekHourTable(HistoryPage p) {
        return new ChartTable("week-hours", List.of("weekday", "hour", "average_load_kw", "occupancy_percent"),
                p.weekHours().stream().map(c -> List.of(c.weekday().toString(), Integer.toString(c.hour()),
                        plain(kw(c.averageLoad())), plain(c.occupancy().doubleValue() * 100))).toList());
    }

    ChartData bayShares(HistoryPage p) {
        return bays(p, "bay-share", text.get("history.chart.bayShare"), text.get("history.axis.percent"), false, List.of(
                new BayValue(text.get("history.series.charging"), "charging_percent",
                        b -> b.charging().doubleValue() * 100),
                new BayValue(text.get("history.series.occupied"), "occupied_percent",
                        b -> b.occupied().doubleValue() * 100)));
    }

    ChartData bayEnergy(HistoryPage p) {
        return bays(p, "bay-energy", text.get("history.chart.bayEnergy"), text.get("history.axis.kwh"), false,
                List.of(new BayValue(text.get("history.chart.energy"), "energy_kwh", b -> kwh(b.energy()))));
    }

    ChartData bayRevenue(HistoryPage p, String currencyCode) {
        return bays(p, "bay-revenue", text.get("history.chart.bayRevenue"), text.get("history.axis.money",
                currencyCode), true, List.of(new BayValue(text.get("history.chart.revenue"), "revenue",
                        b -> b.revenue().amount().doubleValue())));
    }

    /** One series of a per-bay chart: its legend name, its CSV column and its value. */
    private record BayValue(String name, String column, Function<BayFacts, Double> value) {}

    private ChartData bays(HistoryPage p, String id, String title, String axis, boolean money, List<BayValue> values) {
        List<String> header = new ArrayList<>(List.of("bay"));
        values.forEach(v -> header.add(v.column()));
        List<List<String>> rows = p.bays().stream().map(b -> {
            List<String> row = new ArrayList<>(List.of(b.bayId()));
            values.forEach(v -> row.add(plain(v.value().apply(b))));
            return row;
        }).toList();
        return new ChartData(id, title, axis, money, p.bays().stream().map(BayFacts::bayId).toList(),
                values.stream().map(v -> new ChartData.Series(v.name(), p.bays().stream().map(v.value()).toList()))
                        .toList(), new ChartTable(id, header, rows));
    }

    ChartData durations(HistoryPage p) {
        return distribution("duration", text.get("history.chart.duration"), p.distributions().duration(),
                d -> Long.toString(d.toMinutes()), d -> formatDuration(d));
    }

    ChartData sessionEnergy(HistoryPage p) {
        NumberFormat kwh = number(1);
        return distribution("session-energy", text.get("history.chart.sessionEnergy"), p.distributions().energy(),
                e -> e.kilowattHours().toPlainString(), e -> kwh.format(kwh(e)) + " kWh");
    }

    ChartData arrivals(HistoryPage p) {
        return distribution("arrival", text.get("history.chart.arrival"), p.distributions().arrival(),
                h -> Integer.toString(h), h -> String.format("%02d:00", h));
    }

    private <T> ChartData distribution(String id, String title, List<HistoryFacts.Bucket<T>> buckets,
                                       Function<T, String> plain, Function<T, String> shown) {
        List<String> categories = new ArrayList<>();
        List<Double> sessions = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (HistoryFacts.Bucket<T> b : buckets) {
            categories.add(b.to().map(to -> shown.apply(b.from()) + "–" + shown.apply(to))
                    .orElse("≥ " + shown.apply(b.from())));
            sessions.add((double) b.sessions());
            rows.add(List.of(plain.apply(b.from()), b.to().map(plain).orElse(""), Integer.toString(b.sessions())));
        }
        return new ChartData(id, title, text.get("history.axis.count"), false, categories,
                List.of(new ChartData.Series(text.get("history.series.sessions"), sessions)),
                new ChartTable(id, List.of("from", "to", "sessions"), rows));
    }

    /** Anomalies per period, one stacked series per code. */
    ChartData anomalies(HistoryPage p) {
        Bucket by = p.bucket() == Bucket.HOUR ? Bucket.DAY : p.bucket();
        TreeSet<LocalDate> periods = new TreeSet<>();
        TreeSet<String> codes = new TreeSet<>();
        p.anomalies().forEach(a -> {
            periods.add(a.start());
            codes.add(a.code());
        });
        List<LocalDate> starts = List.copyOf(periods);
        DateTimeFormatter label = by == Bucket.MONTH ? monthLabel : dayLabel;
        List<ChartData.Series> series = new ArrayList<>();
        CodeNames names = CodeNames.of(text.locale());
        for (String code : codes) {
            series.add(new ChartData.Series(names.anomaly(code), starts.stream().map(s -> (double) p.anomalies()
                    .stream().filter(a -> a.start().equals(s) && a.code().equals(code)).mapToInt(AnomalyCount::count)
                    .sum())
                    .toList()));
        }
        return new ChartData("anomalies", text.get("history.chart.anomalies", text.get(by.key())),
                text.get("history.axis.events"), false, starts.stream().map(label::format).toList(), series,
                new ChartTable("anomalies", List.of("period_start", "code", "count"), p.anomalies().stream()
                        .map(a -> List.of(a.start().toString(), a.code(), Integer.toString(a.count()))).toList()));
    }

    private String formatDuration(Duration d) {
        long minutes = d.toMinutes();
        return minutes < 60 ? minutes + " min" : String.format("%d:%02d h", minutes / 60, minutes % 60);
    }

    private NumberFormat number(int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(text.locale());
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(decimals);
        return f;
    }

    private static String iso(HistoryPage.Bar bar) {
        return bar.hour().map(h -> bar.start() + String.format("T%02d:00", h)).orElse(bar.start().toString());
    }

    static double kwh(Energy e) {
        return e.kilowattHours().doubleValue();
    }

    static double kw(Power p) {
        return p.kilowatts().doubleValue();
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
