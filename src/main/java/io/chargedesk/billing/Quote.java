package io.chargedesk.billing;

import io.chargedesk.tariff.Tariff;
import io.chargedesk.units.Money;
import java.util.List;

/**
 * The price of a session under one tariff version. {@code total} is exactly the sum of the line
 * amounts; {@code net + vat == total}.
 *
 * @param energyParts under time-of-use prices, the session's energy stretch by stretch, to show how the energy
 *     lines were split; empty for a flat price
 */
public record Quote(Tariff tariff, List<QuoteLine> lines, List<EnergyPart> energyParts, Money total, Money net,
                    Money vat) {

    public Quote {
        lines = List.copyOf(lines);
        energyParts = List.copyOf(energyParts);
        Money sum = lines.stream().map(QuoteLine::amount).reduce(Money.zero(total.currency()), Money::plus);
        if (!sum.equals(total)) {
            throw new IllegalStateException("quote lines sum to " + sum + " but the total is " + total);
        }
        if (!net.plus(vat).equals(total)) {
            throw new IllegalStateException("net " + net + " + VAT " + vat + " is not the total " + total);
        }
    }
}
