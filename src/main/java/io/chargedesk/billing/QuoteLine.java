package io.chargedesk.billing;

import io.chargedesk.units.Money;
import java.math.BigDecimal;

/**
 * One line of a price: {@code quantity × unitPrice = amount}, the amount rounded to the currency's
 * minor unit, so a customer can redo the sum.
 *
 * @param unit what the quantity counts: "kWh", "min", "session"
 */
public record QuoteLine(String description, BigDecimal quantity, String unit, Money unitPrice, Money amount) {

    /** "12.345 kWh × 0.49 EUR". */
    public String computation() {
        return quantity.toPlainString() + " " + unit + " × " + unitPrice.amount().toPlainString() + " "
                + unitPrice.currency().getCurrencyCode();
    }
}
