package io.chargedesk.billing;

import io.chargedesk.tariff.MinuteBasis;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TimeOfUse;
import io.chargedesk.tariff.TimeOfUseWindow;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one cost engine: the live tiles, the sessions list, receipts and exports all price here, so
 * they can never disagree.
 *
 * <p>Rounding rule (docs/decisions/0003-rounding.md): each line is quantity × gross unit price,
 * rounded half-up to the currency's minor unit; the total is the sum of the rounded lines; a minimum
 * or maximum price adds an adjustment line; VAT is derived from the gross total, rounded half-up, and
 * net = total − VAT. Time is billed in whole minutes, rounded down: a started minute is free. Energy
 * under time-of-use prices is split by the register as read at each window boundary, one line per window.
 */
public final class PricingEngine {

    private final ZoneId zone;

    /** @param zone the site's time zone, the clock time-of-use windows are read on */
    public PricingEngine(ZoneId zone) {
        this.zone = zone;
    }

    public Quote price(SessionUsage usage, Tariff tariff) {
        List<QuoteLine> lines = new ArrayList<>();
        Money zero = Money.zero(tariff.currency());
        if (!tariff.sessionFee().isZero()) {
            lines.add(line("Session fee", QuoteLine.Kind.SESSION_FEE, "", BigDecimal.ONE, "session",
                    tariff.sessionFee()));
        }
        List<EnergyPart> parts = List.of();
        if (tariff.timeOfUse().isPresent()) {
            parts = split(usage, tariff.timeOfUse().get());
            lines.addAll(energyByWindow(parts, tariff.timeOfUse().get()));
        } else {
            lines.add(line("Energy", QuoteLine.Kind.ENERGY, "", usage.energy().kilowattHours(), "kWh",
                    tariff.energyPerKwh()));
        }
        if (!tariff.perMinute().isZero()) {
            Duration time = tariff.minuteBasis() == MinuteBasis.CHARGING ? usage.chargingTime() : usage.connectedTime();
            boolean charging = tariff.minuteBasis() == MinuteBasis.CHARGING;
            lines.add(line(charging ? "Charging time" : "Connected time", charging ? QuoteLine.Kind.CHARGING_TIME
                    : QuoteLine.Kind.CONNECTED_TIME, "", wholeMinutes(time), "min", tariff.perMinute()));
        }
        if (!tariff.idlePerMinute().isZero()) {
            Duration billable = usage.idleTime().minus(tariff.idleGrace());
            if (billable.isNegative()) {
                billable = Duration.ZERO;
            }
            long grace = tariff.idleGrace().toMinutes();
            lines.add(line("Idle after " + grace + " min grace", QuoteLine.Kind.IDLE, Long.toString(grace),
                    wholeMinutes(billable), "min", tariff.idlePerMinute()));
        }
        Money subtotal = sum(lines, zero);
        if (tariff.minimum().isPresent() && subtotal.compareTo(tariff.minimum().get()) < 0) {
            lines.add(adjustment("Minimum session price " + tariff.minimum().get().format(), QuoteLine.Kind.MINIMUM,
                    tariff.minimum().get(), tariff.minimum().get().rounded().minus(subtotal)));
        }
        if (tariff.maximum().isPresent() && subtotal.compareTo(tariff.maximum().get()) > 0) {
            lines.add(adjustment("Maximum session price " + tariff.maximum().get().format(), QuoteLine.Kind.MAXIMUM,
                    tariff.maximum().get(), tariff.maximum().get().rounded().minus(subtotal)));
        }
        Money total = sum(lines, zero);
        BigDecimal rate = tariff.vatPercent();
        Money vat = total.times(rate).times(BigDecimal.ONE.divide(rate.add(BigDecimal.valueOf(100)), 20,
                RoundingMode.HALF_EVEN)).rounded();
        return new Quote(tariff, lines, parts, total, total.minus(vat), vat);
    }

    /**
     * The session's energy in each stretch between window boundaries: the register difference between the
     * boundaries, so the parts add up to the session's energy to the watt-hour.
     */
    private List<EnergyPart> split(SessionUsage usage, TimeOfUse schedule) {
        List<EnergyPart> parts = new ArrayList<>();
        long before = 0;
        List<TimeOfUse.Part> stretches = schedule.split(usage.start(), usage.end(), zone);
        for (int i = 0; i < stretches.size(); i++) {
            TimeOfUse.Part p = stretches.get(i);
            long upTo = i == stretches.size() - 1 ? usage.energy().wattHours() : readBy(usage, p.to(), before);
            parts.add(new EnergyPart(p.from(), p.to(), p.window().name(), Energy.ofWattHours(upTo - before)));
            before = upTo;
        }
        return parts;
    }

    /** The trace at a boundary, kept between what was already counted and the session's energy. */
    private static long readBy(SessionUsage usage, Instant at, long alreadyCounted) {
        long read = usage.trace().readBy(at).wattHours();
        return Math.min(Math.max(read, alreadyCounted), usage.energy().wattHours());
    }

    /** One line per window the session used, in the order first used; windows of the same name and price share it. */
    private static List<QuoteLine> energyByWindow(List<EnergyPart> parts, TimeOfUse schedule) {
        Map<String, TimeOfUseWindow> windowByName = new LinkedHashMap<>();
        schedule.windows().forEach(w -> windowByName.putIfAbsent(w.name(), w));
        Map<String, Long> whByWindow = new LinkedHashMap<>();
        parts.forEach(p -> whByWindow.merge(p.window(), p.energy().wattHours(), Long::sum));
        List<QuoteLine> lines = new ArrayList<>();
        whByWindow.forEach((name, wh) -> lines.add(line("Energy, " + name, QuoteLine.Kind.ENERGY, name,
                Energy.ofWattHours(wh).kilowattHours(), "kWh", windowByName.get(name).perKwh())));
        return lines;
    }

    private static QuoteLine line(String description, QuoteLine.Kind kind, String detail, BigDecimal quantity,
                                  String unit, Money unitPrice) {
        return new QuoteLine(description, quantity, unit, unitPrice, unitPrice.times(quantity).rounded(), kind,
                detail);
    }

    /** A minimum or maximum price: its detail is the limit, written plainly ("5.00"), each receipt formats it. */
    private static QuoteLine adjustment(String description, QuoteLine.Kind kind, Money limit, Money amount) {
        return new QuoteLine(description, BigDecimal.ONE, "adjustment", amount, amount, kind,
                limit.amount().toPlainString());
    }

    private static Money sum(List<QuoteLine> lines, Money zero) {
        return lines.stream().map(QuoteLine::amount).reduce(zero, Money::plus);
    }

    private static BigDecimal wholeMinutes(Duration d) {
        return BigDecimal.valueOf(d.toMinutes());
    }
}
