package io.chargedesk.usecase.port;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * The recorded history as a manager's charts ask for it, answered from rollup tables the collector keeps in the same
 * transaction as the readings (docs/design.md, "History rollups"): each call costs about the same for a week as for
 * three years, and nothing is read row by row.
 *
 * <p>Days are local days in the site's zone. Averages and shares ("% of time charging") are taken over the days of
 * the range that lie within {@link #recordedDays()}, never over days before the first record. Revenue is each closed
 * session's gross total as priced by the one cost engine when it closed, counted on the local day it started, in the
 * site's currency. Sessions count on the local day they started; energy in the 15 minutes it was metered.
 */
public interface HistoryFacts {

    /** The first and last local day with any recorded energy or session; empty when nothing is recorded yet. */
    Optional<RecordedDays> recordedDays() throws StoreException;

    /**
     * Energy, sessions and revenue per period ({@code by}) of the range, oldest first, one entry for every period
     * the range touches (zero when nothing was recorded). For a comparison line ask again with
     * {@link HistoryRange#previousPeriod()} or {@link HistoryRange#sameTimeLastYear()}.
     */
    List<PeriodTotals> totals(HistoryRange range, Period by) throws StoreException;

    /**
     * The highest 15-minute site demand (all bays, the grid connection's view; the range's bay filter is ignored) of
     * each period, oldest first; periods without energy are left out.
     */
    List<DemandPeak> peaks(HistoryRange range, Period by) throws StoreException;

    /**
     * The {@code count} highest daily 15-minute site demand peaks of the range (at most one per day), highest first,
     * each with the bays that drew power in it. {@code count} is 1 to 100.
     */
    List<TopPeak> topPeaks(HistoryRange range, int count) throws StoreException;

    /** Average load and occupancy for each weekday and local hour (7 × 24 cells, Monday 0:00 first). */
    List<WeekHour> weekHours(HistoryRange range) throws StoreException;

    /** Per bay of the range's filter (all bays when empty), in bay id order, including bays without data. */
    List<BayFacts> bays(HistoryRange range) throws StoreException;

    /** How long sessions stayed, how much they took and when they arrived, for sessions started in the range. */
    Distributions distributions(HistoryRange range) throws StoreException;

    /** Anomalies (of sessions and of the site) per period and code, oldest first; periods without any left out. */
    List<AnomalyCount> anomalies(HistoryRange range, Period by) throws StoreException;

    /** The first and last local day with recorded data. */
    record RecordedDays(LocalDate first, LocalDate last) {
        public long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    /** The length of a chart's bars. */
    enum Period {
        DAY, WEEK, MONTH;

        /** Day bars up to two months, week bars up to a year and a half, month bars beyond. */
        public static Period forDays(long days) {
            return days <= 62 ? DAY : days <= 550 ? WEEK : MONTH;
        }

        /** The first day of the period {@code day} lies in (weeks start on Monday, ISO). */
        public LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        /** The first day of the period after the one starting on {@code start}. */
        public LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }
    }

    /** One bar of the energy, sessions and revenue charts: the period starting on {@code start}. */
    record PeriodTotals(LocalDate start, Energy energy, int sessions, Money revenue) {}

    /** The highest 15-minute site demand of the period starting on {@code start}, and when it was. */
    record DemandPeak(LocalDate start, Instant at, Power demand) {}

    /** A high peak: the 15 minutes from {@code at}, the site's average power in them, and each bay's share. */
    record TopPeak(Instant at, Power demand, List<BayDemand> bays) {
        public TopPeak {
            bays = List.copyOf(bays);
        }
    }

    /** A bay's average power in a peak's 15 minutes. */
    record BayDemand(String bayId, Power demand) {}

    /**
     * One cell of the weekday × hour heatmap: the average site (or filtered bays') power in that hour, and the share
     * of the bays' time a car was plugged in (0 to 1).
     */
    record WeekHour(DayOfWeek weekday, int hour, Power averageLoad, BigDecimal occupancy) {}

    /**
     * A bay over the range: energy metered, sessions started and their revenue, and the share of its time (0 to 1)
     * it was charging (power flowing) and occupied (a car plugged in).
     */
    record BayFacts(String bayId, Energy energy, int sessions, Money revenue, BigDecimal charging,
                    BigDecimal occupied) {}

    /** Sessions per bucket of duration (plugged in), energy, and arrival hour (0 to 23, local time). */
    record Distributions(List<Bucket<Duration>> duration, List<Bucket<Energy>> energy, List<Bucket<Integer>> arrival) {
        public Distributions {
            duration = List.copyOf(duration);
            energy = List.copyOf(energy);
            arrival = List.copyOf(arrival);
        }
    }

    /** Sessions from {@code from} (inclusive) to {@code to} (exclusive; empty for the open last bucket). */
    record Bucket<T>(T from, Optional<T> to, int sessions) {}

    /** How many anomalies with {@code code} happened in the period starting on {@code start}. */
    record AnomalyCount(LocalDate start, String code, int count) {}
}
