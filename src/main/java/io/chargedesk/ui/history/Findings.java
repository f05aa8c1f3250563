package io.chargedesk.ui.history;

import io.chargedesk.text.Messages;
import java.text.NumberFormat;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryRange;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The findings in plain language, honest about how much data they rest on: nothing is advised from fewer than
 * {@value #MIN_DAYS} recorded days, and days before the first record neither count nor pass for idle days.
 */
final class Findings {

    /** Fewer recorded days than this say nothing about a bay's or the site's typical week. */
    static final long MIN_DAYS = 14;
    /** Above this share of time charging, a bay is busy enough that drivers start to wait. */
    private static final double BUSY = 0.50;
    /** A peak at this share of the grid limit or more leaves no room for more bays without load management. */
    private static final double NEAR_LIMIT = 0.90;

    private Findings() {
    }

    /** @param when how a peak's time reads ("3 Nov 2026, 18:15") */
    static List<String> of(HistoryPage p, Messages text, Function<Instant, String> when) {
        List<String> out = new ArrayList<>();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(text.locale());
        NumberFormat percent = NumberFormat.getPercentInstance(text.locale());
        HistoryRange range = p.range();
        p.recorded().map(HistoryFacts.RecordedDays::first)
                .filter(first -> first.isAfter(range.from()) && !first.isAfter(range.to()))
                .ifPresent(first -> out.add(text.get("history.findings.beforeFirstRecord", day.format(first),
                        ChronoUnit.DAYS.between(range.from(), first), p.recordedDays())));
        if (p.totalSessions() == 0) {
            out.add(text.get("history.findings.none"));
            return out;
        }
        if (p.recordedDays() < MIN_DAYS) {
            out.add(text.get("history.findings.tooLittle", p.recordedDays(), MIN_DAYS));
            return out;
        }
        double mean = p.bays().stream().mapToDouble(b -> b.charging().doubleValue()).average().orElse(0);
        List<String> hours = busiestHours(p).stream().map(h -> String.format("%02d:00", h)).toList();
        out.add(text.get("history.findings.utilisation", percent.format(mean), String.join(", ", hours)));
        for (HistoryFacts.BayFacts bay : p.bays()) {
            double share = bay.charging().doubleValue();
            if (share >= BUSY) {
                out.add(text.get("history.findings.busyBay", bay.bayId(), percent.format(share)));
            } else if (bay.sessions() == 0 && share == 0) {
                out.add(text.get("history.findings.unusedBay", bay.bayId()));
            }
        }
        if (mean >= BUSY) {
            out.add(text.get("history.findings.busySite"));
        }
        double limit = HistoryCharts.kw(p.gridLimit());
        p.dailyPeaks().stream().max(Comparator.comparing(HistoryFacts.DemandPeak::demand)).filter(x -> limit > 0)
                .ifPresent(peak -> {
            double share = HistoryCharts.kw(peak.demand()) / limit;
            NumberFormat kw = NumberFormat.getNumberInstance(text.locale());
            kw.setMaximumFractionDigits(1);
            out.add(text.get("history.findings.peak", kw.format(HistoryCharts.kw(peak.demand())),
                    when.apply(peak.at()), percent.format(share), kw.format(limit)));
            if (share >= NEAR_LIMIT) {
                out.add(text.get("history.findings.nearLimit"));
            }
        });
        return out;
    }

    /** The (up to) three hours of the day with the highest load over the week, busiest first. */
    private static List<Integer> busiestHours(HistoryPage p) {
        double[] byHour = new double[24];
        p.weekHours().forEach(c -> byHour[c.hour()] += c.averageLoad().watts());
        return IntStream.range(0, 24).filter(h -> byHour[h] > 0).boxed()
                .sorted(Comparator.comparingDouble((Integer h) -> -byHour[h])).limit(3).toList();
    }
}
