package io.chargedesk.billing;

import io.chargedesk.tariff.MinuteBasis;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The one cost engine: the live tiles, the sessions list, receipts and exports all price here, so
 * they can never disagree.
 *
 * <p>Rounding rule (docs/decisions/0003-rounding.md): each line is quantity × gross unit price,
 * rounded half-up to the currency's minor unit; the total is the sum of the rounded lines; a minimum
 * or maximum price adds an adjustment line; VAT is derived from the gross total, rounded half-up, and
 * net = total − VAT. Time is billed in whole minutes, rounded down: a started minute is free.
 */
public final class PricingEngine {

    public Quote price(SessionUsage usage, Tariff tariff) {
        List<QuoteLine> lines = new ArrayList<>();
        Money zero = Money.zero(tariff.currency());
        if (!tariff.sessionFee().isZero()) {
            lines.add(line("Session fee", BigDecimal.ONE, "session", tariff.sessionFee()));
        }
        lines.add(line("Energy", usage.energy().kilowattHours(), "kWh", tariff.energyPerKwh()));
        if (!tariff.perMinute().isZero()) {
            Duration time = tariff.minuteBasis() == MinuteBasis.CHARGING ? usage.chargingTime() : usage.connectedTime();
            String what = tariff.minuteBasis() == MinuteBasis.CHARGING ? "Charging time" : "Connected time";
            lines.add(line(what, wholeMinutes(time), "min", tariff.perMinute()));
        }
        if (!tariff.idlePerMinute().isZero()) {
            Duration billable = usage.idleTime().minus(tariff.idleGrace());
            if (billable.isNegative()) {
                billable = Duration.ZERO;
            }
            lines.add(line("Idle after " + tariff.idleGrace().toMinutes() + " min grace", wholeMinutes(billable),
                    "min", tariff.idlePerMinute()));
        }
        Money subtotal = sum(lines, zero);
        if (tariff.minimum().isPresent() && subtotal.compareTo(tariff.minimum().get()) < 0) {
            lines.add(adjustment("Minimum session price " + tariff.minimum().get().format(),
                    tariff.minimum().get().rounded().minus(subtotal)));
        }
        if (tariff.maximum().isPresent() && subtotal.compareTo(tariff.maximum().get()) > 0) {
            lines.add(adjustment("Maximum session price " + tariff.maximum().get().format(),
                    tariff.maximum().get().rounded().minus(subtotal)));
        }
        Money total = sum(lines, zero);
        BigDecimal rate = tariff.vatPercent();
        Money vat = total.times(rate).times(BigDecimal.ONE.divide(rate.add(BigDecimal.valueOf(100)), 20,
                RoundingMode.HALF_EVEN)).rounded();
        return new Quote(tariff, lines, total, total.minus(vat), vat);
    }

    private static QuoteLine line(String description, BigDecimal quantity, String unit, Money unitPrice) {
        return new QuoteLine(description, quantity, unit, unitPrice, unitPrice.times(quantity).rounded());
    }

    private static QuoteLine adjustment(String description, Money amount) {
        return new QuoteLine(description, BigDecimal.ONE, "adjustment", amount, amount);
    }

    private static Money sum(List<QuoteLine> lines, Money zero) {
        return lines.stream().map(QuoteLine::amount).reduce(zero, Money::plus);
    }

    private static BigDecimal wholeMinutes(Duration d) {
        return BigDecimal.valueOf(d.toMinutes());
    }
}
