package io.chargedesk.ui.history;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.HistoryFacts;
import io.chargedesk.usecase.port.HistoryRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The history port in memory, with known data: every recorded day from {@code first} to {@code last} is the same
 * day: each bay charges {@code chargingShare} of it and is occupied twice as long, with one 10 kWh session arriving
 * at 18:00 that pays 4.00 EUR, and the site peaks at 18:00 with {@code peakKw} on the first bay. Shares are taken
 * over the days of the range asked for, as the port promises: a caller that asks for days before the first record
 * gets lower shares.
 */
public final class FakeHistoryFacts implements HistoryFacts {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Optional<RecordedDays> recorded;
    private final List<String> bays;
    private final double chargingShare;
    private final double peakKw;
    final List<String> asked = Collections.synchronizedList(new ArrayList<>());

    FakeHistoryFacts(Optional<RecordedDays> recorded, List<String> bays, double chargingShare, double peakKw) {
        this.recorded = recorded;
        this.bays = List.copyOf(bays);
        this.chargingShare = chargingShare;
        this.peakKw = peakKw;
    }

    public static FakeHistoryFacts recorded(LocalDate first, LocalDate last, double chargingShare) {
        return new FakeHistoryFacts(Optional.of(new RecordedDays(first, last)), List.of("A1", "A2"), chargingShare,
                30);
    }

    static FakeHistoryFacts nothing() {
        return new FakeHistoryFacts(Optional.empty(), List.of("A1", "A2"), 0, 0);
    }

    private boolean isRecorded(LocalDate d) {
        return recorded.isPresent() && !d.isBefore(recorded.get().first()) && !d.isAfter(recorded.get().last());
    }

    private long recordedIn(HistoryRange r) {
        return r.from().datesUntil(r.to().plusDays(1)).filter(this::isRecorded).count();
    }

    private int bayCount(HistoryRange r) {
        return r.allBays() ? bays.size() : r.bays().size();
    }

    @Override
    public Optional<RecordedDays> recordedDays() {
        return recorded;
    }

    @Override
    public List<PeriodTotals> totals(HistoryRange range, Period by) {
        asked.add("totals " + range.from() + " " + range.to() + " " + by);
        Map<LocalDate, Integer> sessions = new TreeMap<>();
        for (LocalDate p = by.start(range.from()); !p.isAfter(range.to()); p = by.next(p)) {
            sessions.put(p, 0);
        }
        range.from().datesUntil(range.to().plusDays(1)).filter(this::isRecorded)
                .forEach(d -> sessions.merge(by.start(d), bayCount(range), Integer::sum));
        return sessions.entrySet().stream().map(e -> new PeriodTotals(e.getKey(),
                Energy.ofWattHours(e.getValue() * 10_000L), e.getValue(),
                Money.of(BigDecimal.valueOf(e.getValue() * 4L), java.util.Currency.getInstance("EUR")))).toList();
    }

    @Override
    public List<DemandPeak> peaks(HistoryRange range, Period by) {
        Map<LocalDate, DemandPeak> out = new TreeMap<>();
        range.from().datesUntil(range.to().plusDays(1)).filter(this::isRecorded).forEach(d -> out.putIfAbsent(
                by.start(d), new DemandPeak(by.start(d), d.atTime(18, 0).atZone(BERLIN).toInstant(),
                        Power.ofKilowatts(peakKw))));
        return List.copyOf(out.values());
    }

    @Override
    public List<TopPeak> topPeaks(HistoryRange range, int count) {
        return peaks(range, Period.DAY).stream().sorted(Comparator.comparing(DemandPeak::at).reversed()).limit(count)
                .map(p -> new TopPeak(p.at(), p.demand(), List.of(new BayDemand(bays.get(0), p.demand())))).toList();
    }

    @Override
    public List<WeekHour> weekHours(HistoryRange range) {
        asked.add("weekHours " + range.from() + " " + range.to());
        double share = (double) recordedIn(range) / range.days();
        List<WeekHour> out = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            for (int h = 0; h < 24; h++) {
                double kw = h == 18 ? 10 * bayCount(range) * share : 0;
                out.add(new WeekHour(d, h, Power.ofKilowatts(kw), BigDecimal.valueOf(h >= 17 && h < 21 ? share : 0)));
            }
        }
        return out;
    }

    @Override
    public List<BayFacts> bays(HistoryRange range) {
        asked.add("bays " + range.from() + " " + range.to());
        long days = recordedIn(range);
        BigDecimal charging = BigDecimal.valueOf(chargingShare * days).divide(BigDecimal.valueOf(range.days()), 4,
                RoundingMode.HALF_UP);
        return bays.stream().filter(b -> range.allBays() || range.bays().contains(b)).map(b -> new BayFacts(b,
                Energy.ofWattHours(days * 10_000), (int) days, Money.of(BigDecimal.valueOf(days * 4),
                java.util.Currency.getInstance("EUR")), charging, charging.multiply(BigDecimal.valueOf(2)))).toList();
    }

    @Override
    public Distributions distributions(HistoryRange range) {
        int sessions = (int) recordedIn(range) * bayCount(range);
        List<Bucket<Integer>> arrival = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            arrival.add(new Bucket<>(h, Optional.of(h + 1), h == 18 ? sessions : 0));
        }
        return new Distributions(
                List.of(new Bucket<>(Duration.ZERO, Optional.of(Duration.ofHours(1)), 0),
                        new Bucket<>(Duration.ofHours(1), Optional.empty(), sessions)),
                List.of(new Bucket<>(Energy.ZERO, Optional.of(Energy.ofWattHours(20_000)), sessions),
                        new Bucket<>(Energy.ofWattHours(20_000), Optional.empty(), 0)), arrival);
    }

    @Override
    public List<AnomalyCount> anomalies(HistoryRange range, Period by) {
        return range.from().datesUntil(range.to().plusDays(1)).filter(this::isRecorded).findFirst()
                .map(d -> List.of(new AnomalyCount(by.start(d), "grid_limit", 2))).orElse(List.of());
    }
}
