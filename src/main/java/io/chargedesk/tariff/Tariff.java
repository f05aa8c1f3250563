package io.chargedesk.tariff;

import io.chargedesk.text.Decimals;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a tariff: gross (consumer) prices, valid for sessions that start at or after
 * {@code effectiveFrom} until the next version of the same id. Immutable once a receipt used it.
 *
 * @param energyPerKwh the price of energy at any hour; unused (zero) when the tariff has time-of-use windows
 * @param idleGrace idle minutes within this grace are free; the idle fee runs after it
 * @param vatPercent VAT included in the gross prices, e.g. 19
 * @param timeOfUse energy prices by weekday and time of day, in place of {@code energyPerKwh}
 */
public record Tariff(
        String id,
        String name,
        Instant effectiveFrom,
        Currency currency,
        Money energyPerKwh,
        Money perMinute,
        MinuteBasis minuteBasis,
        Money sessionFee,
        Money idlePerMinute,
        Duration idleGrace,
        Optional<Money> minimum,
        Optional<Money> maximum,
        BigDecimal vatPercent,
        Optional<TimeOfUse> timeOfUse) {

    public Tariff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(minuteBasis, "minuteBasis");
        Objects.requireNonNull(idleGrace, "idleGrace");
        Objects.requireNonNull(timeOfUse, "timeOfUse");
        name = name == null || name.isBlank() ? id : name;
        // 19, 19.0 and 19.000 (as a DECIMAL column returns it) are one rate: keep one form, so versions compare.
        vatPercent = vatPercent == null ? null : Decimals.plain(vatPercent);
        List<String> problems = new ArrayList<>();
        if (id.isBlank()) {
            problems.add("id is empty");
        }
        checkPrice("energy_per_kwh", energyPerKwh, currency, problems);
        checkPrice("per_minute", perMinute, currency, problems);
        checkPrice("session_fee", sessionFee, currency, problems);
        checkPrice("idle_per_minute", idlePerMinute, currency, problems);
        minimum.ifPresent(m -> checkPrice("minimum", m, currency, problems));
        maximum.ifPresent(m -> checkPrice("maximum", m, currency, problems));
        if (problems.isEmpty()) {
            minimumAboveMaximum(minimum, maximum).map(Reason::toString).ifPresent(problems::add);
        }
        timeOfUse.ifPresent(tou -> {
            if (energyPerKwh != null && !energyPerKwh.isZero()) {
                problems.add("give energy_per_kwh or time_of_use, not both");
            }
            tou.windows().stream().filter(w -> !w.perKwh().currency().equals(currency)).forEach(w -> problems.add(
                    "window " + w.name() + " is priced in " + w.perKwh().currency() + ", the tariff in " + currency));
        });
        if (idleGrace.isNegative()) {
            problems.add("idle_grace_min is negative");
        }
        if (vatPercent == null || vatPercent.signum() < 0 || vatPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            problems.add("vat_percent " + vatPercent + " is not a rate from 0 to below 100");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("tariff " + id + ": " + String.join("; ", problems));
        }
    }

    /** The price floor above the cap: no price could meet both; both in the tariff's currency. */
    static Optional<Reason> minimumAboveMaximum(Optional<Money> minimum, Optional<Money> maximum) {
        if (minimum.isEmpty() || maximum.isEmpty() || minimum.get().compareTo(maximum.get()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(TariffProblem.MIN_ABOVE_MAX, minimum.get().rounded().amount(),
                maximum.get().rounded().amount(), minimum.get().currency().getCurrencyCode()));
    }

    private static void checkPrice(String field, Money price, Currency currency, List<String> problems) {
        if (price == null) {
            problems.add(field + " is missing");
        } else if (!price.currency().equals(currency)) {
            problems.add(field + " is in " + price.currency() + ", the tariff in " + currency);
        } else if (price.isNegative()) {
            problems.add(field + " " + price.amount().toPlainString() + " is negative; prices must be 0 or more");
        }
    }

    /** A flat tariff: one price per kWh, nothing else. */
    public static Tariff perKwh(String id, Instant effectiveFrom, Money pricePerKwh, BigDecimal vatPercent) {
        Money zero = Money.zero(pricePerKwh.currency());
        return new Tariff(id, id, effectiveFrom, pricePerKwh.currency(), pricePerKwh, zero, MinuteBasis.CHARGING,
                zero, zero, Duration.ZERO, Optional.empty(), Optional.empty(), vatPercent, Optional.empty());
    }

    /** The same tariff with other energy prices: time-of-use windows instead of one price per kWh. */
    public Tariff withTimeOfUse(TimeOfUse schedule) {
        return new Tariff(id, name, effectiveFrom, currency, Money.zero(currency), perMinute, minuteBasis, sessionFee,
                idlePerMinute, idleGrace, minimum, maximum, vatPercent, Optional.of(schedule));
    }
}
