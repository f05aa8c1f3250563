package io.chargedesk.app;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.SiteAnomaly;
import io.chargedesk.store.HistoryQueries;
import io.chargedesk.store.SiteAnomalyRepository;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryRange;
import io.chargedesk.usecase.port.StoreException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The History screen's questions answered from the tables the console has today ({@code bay_day},
 * {@code bay_interval}, {@code site_anomaly}), until the rollup tables answer them: it reads every interval of the
 * range, so it is slow on years of data. It knows no revenue, occupancy or session distributions (zero and empty).
 */
final class HistoryQueriesFacts implements HistoryFacts {

    /** Before any site could have been recorded, after any it will be: "all days". */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 1, 1);

    private final HistoryQueries history;
    private final SiteAnomalyRepository anomalies;
    private final ZoneId zone;
    private final Currency currency;
    private final List<String> bayIds;

    HistoryQueriesFacts(HistoryQueries history, SiteAnomalyRepository anomalies, ZoneId zone, Currency currency,
                        List<String> bayIds) {
        this.history = history;
        this.anomalies = anomalies;
        this.zone = zone;
        this.currency = currency;
        this.bayIds = List.copyOf(bayIds);
    }

    @Override
    public Optional<RecordedDays> recordedDays() throws StoreException {
        List<HistoryBatch.DayTotals> days = history.days(EARLIEST, LATEST);
        return days.isEmpty() ? Optional.empty()
                : Optional.of(new RecordedDays(days.get(0).day(), days.get(days.size() - 1).day()));
    }

    @Override
    public List<PeriodTotals> totals(HistoryRange range, Period by) throws StoreException {
        Map<LocalDate, List<HistoryBatch.DayTotals>> byPeriod = days(range).stream()
                .collect(Collectors.groupingBy(d -> by.start(d.day())));
        List<PeriodTotals> out = new ArrayList<>();
        for (LocalDate p = by.start(range.from()); !p.isAfter(range.to()); p = by.next(p)) {
            List<HistoryBatch.DayTotals> in = byPeriod.getOrDefault(p, List.of());
            out.add(new PeriodTotals(p, Energy.ofWattHours(in.stream().mapToLong(HistoryBatch.DayTotals::energyWh)
                    .sum()), in.stream().mapToInt(HistoryBatch.DayTotals::sessions).sum(), Money.zero(currency)));
        }
        return out;
    }

    @Override
    public List<DemandPeak> peaks(HistoryRange range, Period by) throws StoreException {
        Map<LocalDate, Map.Entry<Instant, Long>> highest = new TreeMap<>();
        siteIntervals(HistoryRange.of(range.from(), range.to())).forEach((at, wh) -> highest.merge(
                by.start(LocalDate.ofInstant(at, zone)), Map.entry(at, wh),
                (a, b) -> b.getValue() > a.getValue() ? b : a));
        return highest.entrySet().stream().map(e -> new DemandPeak(e.getKey(), e.getValue().getKey(),
                quarterHourPower(e.getValue().getValue()))).toList();
    }

    @Override
    public List<TopPeak> topPeaks(HistoryRange range, int count) throws StoreException {
        List<HistoryBatch.IntervalEnergy> intervals = intervals(HistoryRange.of(range.from(), range.to()));
        List<DemandPeak> daily = new ArrayList<>(peaks(range, Period.DAY));
        daily.sort(Comparator.comparing(DemandPeak::demand).reversed());
        return daily.stream().limit(count).map(p -> new TopPeak(p.at(), p.demand(), intervals.stream()
                .filter(i -> i.intervalStart().equals(p.at()) && i.energyWh() > 0)
                .map(i -> new BayDemand(i.bayId(), quarterHourPower(i.energyWh()))).toList())).toList();
    }

    @Override
    public List<WeekHour> weekHours(HistoryRange range) throws StoreException {
        long[][] wh = new long[7][24];
        for (HistoryBatch.IntervalEnergy i : intervals(range)) {
            ZonedDateTime at = i.intervalStart().atZone(zone);
            wh[at.getDayOfWeek().ordinal()][at.getHour()] += i.energyWh();
        }
        int[] weekdays = new int[7];
        range.from().datesUntil(range.to().plusDays(1)).forEach(d -> weekdays[d.getDayOfWeek().ordinal()]++);
        List<WeekHour> out = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            for (int h = 0; h < 24; h++) {
                long days = Math.max(1, weekdays[d.ordinal()]);
                out.add(new WeekHour(d, h, Power.ofWatts(wh[d.ordinal()][h] / days), BigDecimal.ZERO));
            }
        }
        return out;
    }

    @Override
    public List<BayFacts> bays(HistoryRange range) throws StoreException {
        List<HistoryBatch.DayTotals> days = days(range);
        long seconds = Duration.between(range.from().atStartOfDay(zone), range.to().plusDays(1).atStartOfDay(zone))
                .toSeconds();
        return bayIds.stream().filter(b -> range.allBays() || range.bays().contains(b)).sorted().map(b -> {
            List<HistoryBatch.DayTotals> of = days.stream().filter(d -> d.bayId().equals(b)).toList();
            BigDecimal charging = BigDecimal.valueOf(of.stream().mapToLong(HistoryBatch.DayTotals::chargingSeconds)
                    .sum()).divide(BigDecimal.valueOf(seconds), 4, RoundingMode.HALF_UP);
            return new BayFacts(b, Energy.ofWattHours(of.stream().mapToLong(HistoryBatch.DayTotals::energyWh).sum()),
                    of.stream().mapToInt(HistoryBatch.DayTotals::sessions).sum(), Money.zero(currency), charging,
                    charging);
        }).toList();
    }

    @Override
    public Distributions distributions(HistoryRange range) {
        return new Distributions(List.of(), List.of(), List.of());
    }

    @Override
    public List<AnomalyCount> anomalies(HistoryRange range, Period by) throws StoreException {
        Map<LocalDate, Map<String, Long>> counts = new TreeMap<>();
        for (SiteAnomaly a : anomalies.between(range.from().atStartOfDay(zone).toInstant(),
                range.to().plusDays(1).atStartOfDay(zone).toInstant())) {
            counts.computeIfAbsent(by.start(LocalDate.ofInstant(a.anomaly().at(), zone)), d -> new TreeMap<>())
                    .merge(a.anomaly().code().code(), 1L, Long::sum);
        }
        List<AnomalyCount> out = new ArrayList<>();
        counts.forEach((day, codes) -> codes.forEach((code, n) -> out.add(new AnomalyCount(day, code, n.intValue()))));
        return out;
    }

    private List<HistoryBatch.DayTotals> days(HistoryRange range) throws StoreException {
        return history.days(range.from(), range.to()).stream()
                .filter(d -> range.allBays() || range.bays().contains(d.bayId())).toList();
    }

    private List<HistoryBatch.IntervalEnergy> intervals(HistoryRange range) throws StoreException {
        return history.intervals(range.from().atStartOfDay(zone).toInstant(),
                range.to().plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .filter(i -> range.allBays() || range.bays().contains(i.bayId())).toList();
    }

    /** The site's energy per 15-minute interval. */
    private Map<Instant, Long> siteIntervals(HistoryRange range) throws StoreException {
        return intervals(range).stream().collect(Collectors.groupingBy(HistoryBatch.IntervalEnergy::intervalStart,
                TreeMap::new, Collectors.summingLong(HistoryBatch.IntervalEnergy::energyWh)));
    }

    /** Energy in 15 minutes as the average power over them. */
    private static Power quarterHourPower(long wattHours) {
        return Power.ofWatts(wattHours * 4);
    }
}
