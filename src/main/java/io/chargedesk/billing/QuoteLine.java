package io.chargedesk.billing;

import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * One line of a price: {@code quantity × unitPrice = amount}, the amount rounded to the currency's
 * minor unit, so a customer can redo the sum.
 *
 * @param unit what the quantity counts: "kWh", "min", "session"
 * @param kind what the line charges for, so a receipt can name it in its own language
 * @param detail what the kind's name needs: the time-of-use window's name, the idle grace in minutes, the
 *     minimum's or maximum's amount; empty otherwise
 */
public record QuoteLine(String description, BigDecimal quantity, String unit, Money unitPrice, Money amount,
                        Kind kind, String detail) {

    /** What a line charges for; its code is what documents store. */
    public enum Kind {
        SESSION_FEE, ENERGY, CHARGING_TIME, CONNECTED_TIME, IDLE, MINIMUM, MAXIMUM;

        /** "session_fee": how stored documents and the bundles' keys name it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** "12.345 kWh × 0.49 EUR". */
    public String computation() {
        return quantity.toPlainString() + " " + unit + " × " + unitPrice.amount().toPlainString() + " "
                + unitPrice.currency().getCurrencyCode();
    }
}
