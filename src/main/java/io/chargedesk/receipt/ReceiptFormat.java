package io.chargedesk.receipt;

import java.util.Locale;
import java.util.Optional;

/**
 * How a receipt or credit note is made: its paper, and its language when one is chosen for it. Without one, a
 * receipt is written in the site's language and a credit note in that of the receipt it cancels; a copy is
 * always in the language it was issued in.
 */
public record ReceiptFormat(Layout layout, Optional<Locale> language) {

    /** On {@code layout}, in the default language. */
    public static ReceiptFormat on(Layout layout) {
        return new ReceiptFormat(layout, Optional.empty());
    }
}
