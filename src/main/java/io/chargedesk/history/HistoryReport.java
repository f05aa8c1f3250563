package io.chargedesk.history;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What managers ask of the history for a range of local days: sessions and energy per day and month, the
 * average load by hour of day and its peak hours, utilisation per bay, and what that suggests.
 */
public final class HistoryReport {

    /** Above this share of time charging, a bay is busy enough that drivers start to wait. */
    private static final BigDecimal BUSY = new BigDecimal("0.50");

    private final LocalDate from;
    private final LocalDate to;
    private final Map<LocalDate, Energy> energyPerDay = new TreeMap<>();
    private final Map<LocalDate, Integer> sessionsPerDay = new TreeMap<>();
    private final Map<YearMonth, Energy> energyPerMonth = new TreeMap<>();
    private final Map<String, BigDecimal> utilisation = new LinkedHashMap<>();
    private final List<Power> loadByHour = new ArrayList<>();

    /**
     * @param bays the site's bays, in display order (bays without history count as unused)
     * @param intervals interval energy within the range
     */
    public HistoryReport(LocalDate from, LocalDate to, ZoneId zone, List<String> bays,
                         List<HistoryBatch.DayTotals> days, List<HistoryBatch.IntervalEnergy> intervals) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        this.from = from;
        this.to = to;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            energyPerDay.put(d, Energy.ZERO);
            sessionsPerDay.put(d, 0);
        }
        Map<String, Long> chargingSeconds = new LinkedHashMap<>();
        bays.forEach(b -> chargingSeconds.put(b, 0L));
        for (HistoryBatch.DayTotals d : days) {
            if (d.day().isBefore(from) || d.day().isAfter(to)) {
                continue;
            }
            energyPerDay.merge(d.day(), Energy.ofWattHours(d.energyWh()), Energy::plus);
            sessionsPerDay.merge(d.day(), d.sessions(), Integer::sum);
            energyPerMonth.merge(YearMonth.from(d.day()), Energy.ofWattHours(d.energyWh()), Energy::plus);
            chargingSeconds.merge(d.bayId(), d.chargingSeconds(), Long::sum);
        }
        long rangeSeconds = Duration.between(from.atStartOfDay(zone), to.plusDays(1).atStartOfDay(zone)).toSeconds();
        chargingSeconds.forEach((bay, s) -> utilisation.put(bay,
                BigDecimal.valueOf(s).divide(BigDecimal.valueOf(rangeSeconds), 4, RoundingMode.HALF_UP)));
        long[] whByHour = new long[24];
        for (HistoryBatch.IntervalEnergy i : intervals) {
            whByHour[i.intervalStart().atZone(zone).getHour()] += i.energyWh();
        }
        long dayCount = energyPerDay.size();
        for (long wh : whByHour) {
            // Average power in that hour of the day over the range: energy / (days × 1 h).
            loadByHour.add(Power.ofWatts(Math.round((double) wh / dayCount)));
        }
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Map<LocalDate, Energy> energyPerDay() {
        return energyPerDay;
    }

    public Map<LocalDate, Integer> sessionsPerDay() {
        return sessionsPerDay;
    }

    public Map<YearMonth, Energy> energyPerMonth() {
        return energyPerMonth;
    }

    /** Average site load for each hour of the day, 0 to 23, in the site's time. */
    public List<Power> loadByHour() {
        return loadByHour;
    }

    /** The three hours of the day with the highest average load, busiest first. */
    public List<Integer> peakHours() {
        List<Integer> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(h);
        }
        hours.sort(Comparator.comparing((Integer h) -> loadByHour.get(h)).reversed());
        return hours.subList(0, 3);
    }

    /** Share of the range each bay spent charging, 0 to 1. */
    public Map<String, BigDecimal> utilisation() {
        return utilisation;
    }

    public Energy totalEnergy() {
        return energyPerDay.values().stream().reduce(Energy.ZERO, Energy::plus);
    }

    public int totalSessions() {
        return sessionsPerDay.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Plain-language findings for deciding where to add bays. */
    public List<String> insights() {
        List<String> out = new ArrayList<>();
        if (totalSessions() == 0) {
            out.add("No sessions in this range yet.");
            return out;
        }
        BigDecimal mean = utilisation.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(Math.max(1, utilisation.size())), 4, RoundingMode.HALF_UP);
        List<String> peaks = peakHours().stream().map(h -> String.format("%02d:00", h)).toList();
        out.add("Bays charged " + percent(mean) + " of the time on average; the busiest hours start at "
                + String.join(", ", peaks.subList(0, 2)) + " and " + peaks.get(2) + ".");
        utilisation.forEach((bay, u) -> {
            if (u.compareTo(BUSY) >= 0) {
                out.add("Bay " + bay + " charged " + percent(u) + " of the time: drivers likely wait; "
                        + "a bay next to it would be used.");
            } else if (u.signum() == 0) {
                out.add("Bay " + bay + " was not used at all: check the charger, or move it where demand is.");
            }
        });
        if (mean.compareTo(BUSY) >= 0) {
            out.add("The site as a whole is busy: adding bays would add sessions.");
        }
        return out;
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
