package io.chargedesk.ui.history;

import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryFacts.AnomalyCount;
import io.chargedesk.usecase.port.HistoryFacts.BayFacts;
import io.chargedesk.usecase.port.HistoryFacts.DemandPeak;
import io.chargedesk.usecase.port.HistoryFacts.Distributions;
import io.chargedesk.usecase.port.HistoryFacts.Period;
import io.chargedesk.usecase.port.HistoryFacts.RecordedDays;
import io.chargedesk.usecase.port.HistoryFacts.TopPeak;
import io.chargedesk.usecase.port.HistoryFacts.WeekHour;
import io.chargedesk.usecase.port.HistoryRange;
import io.chargedesk.usecase.port.StoreException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the History screen shows for one range, read at once on the background executor.
 *
 * @param averaged the part of the range from the first to the last record: utilisation, load and occupancy are
 *     averaged over it, never over days nothing was recorded on; empty when the range holds no record
 * @param trend the bars of the energy, sessions and revenue charts (the first {@link #barsDrawn} drawn);
 *     {@code comparison} the same for the other period
 * @param today the site's day when the page was read: recorded only so far
 */
public record HistoryPage(HistoryRange range, Bucket bucket, Comparison compare, Optional<RecordedDays> recorded,
                          Optional<HistoryRange> averaged, List<Bar> trend, List<Bar> comparison,
                          List<DemandPeak> dailyPeaks, List<DemandPeak> monthlyPeaks, List<TopPeak> topPeaks,
                          List<WeekHour> weekHours, List<BayFacts> bays, Distributions distributions,
                          List<AnomalyCount> anomalies, List<SiteAnomaly> anomalyList, Power gridLimit,
                          LocalDate today) {

    /** Top peaks listed under the peak chart. */
    static final int TOP_PEAKS = 10;

    /**
     * One bar of the trend: a period starting on {@code start}, or one hour of it when the range is a single day.
     * Revenue is empty for hours: it is recorded per session's day only.
     */
    public record Bar(LocalDate start, Optional<Integer> hour, Energy energy, int sessions, Optional<Money> revenue) {}

    /** Reads the page; call on the background executor. */
    static HistoryPage load(HistoryFacts facts, HistoryRange range, Comparison compare, Power gridLimit,
                            List<SiteAnomaly> anomalyList, LocalDate today) throws StoreException {
        Optional<RecordedDays> recorded = facts.recordedDays();
        Optional<HistoryRange> averaged = recorded.flatMap(range::within);
        Bucket bucket = Bucket.forRange(range);
        HistoryRange other = compare.of(range);
        HistoryRange forAverages = averaged.orElse(range);
        Period anomaliesBy = bucket.period().orElse(Period.DAY);
        return new HistoryPage(range, bucket, compare, recorded, averaged, trend(facts, range, bucket),
                trend(facts, other, bucket), facts.peaks(range, Period.DAY), facts.peaks(range, Period.MONTH),
                facts.topPeaks(range, TOP_PEAKS), facts.weekHours(forAverages), facts.bays(forAverages),
                facts.distributions(range), facts.anomalies(range, anomaliesBy), anomalyList, gridLimit, today);
    }

    /**
     * How many of the trend's bars, from the first, its charts draw: by day, those up to yesterday, since today's so
     * far would read as a collapse at the right-hand end; all of them when none of the range's days is over yet. A
     * single day's hours, the totals and the charts' CSV keep every bar.
     */
    public int barsDrawn() {
        int over = (int) trend.stream().filter(b -> b.start().isBefore(today)).count();
        return bucket != Bucket.DAY || over == 0 ? trend.size() : over;
    }

    /** Days of the range that hold records: what averages are taken over. */
    public long recordedDays() {
        return averaged.map(HistoryRange::days).orElse(0L);
    }

    public Energy totalEnergy() {
        return trend.stream().map(Bar::energy).reduce(Energy.ZERO, Energy::plus);
    }

    public int totalSessions() {
        return trend.stream().mapToInt(Bar::sessions).sum();
    }

    private static List<Bar> trend(HistoryFacts facts, HistoryRange range, Bucket bucket) throws StoreException {
        if (bucket.period().isPresent()) {
            return facts.totals(range, bucket.period().get()).stream()
                    .map(t -> new Bar(t.start(), Optional.empty(), t.energy(), t.sessions(), Optional.of(t.revenue())))
                    .toList();
        }
        // One day: the day's weekday × hour cells are that day's hours (average load over 1 h is the hour's energy).
        List<WeekHour> hours = facts.weekHours(range);
        List<HistoryFacts.Bucket<Integer>> arrivals = facts.distributions(range).arrival();
        List<Bar> bars = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            int hour = h;
            Energy energy = hours.stream().filter(c -> c.weekday() == range.from().getDayOfWeek() && c.hour() == hour)
                    .findFirst().map(c -> c.averageLoad().over(Duration.ofHours(1))).orElse(Energy.ZERO);
            int sessions = arrivals.stream().filter(a -> a.from() == hour).mapToInt(HistoryFacts.Bucket::sessions)
                    .sum();
            bars.add(new Bar(range.from(), Optional.of(hour), energy, sessions, Optional.empty()));
        }
        return bars;
    }
}
