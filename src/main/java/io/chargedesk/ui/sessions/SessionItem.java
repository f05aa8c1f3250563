package io.chargedesk.ui.sessions;

import io.chargedesk.billing.Quote;
import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.session.Session;
import io.chargedesk.units.Money;
import java.time.Duration;
import java.util.Optional;

/**
 * A row of the sessions table: the session, its price from the one cost engine, its duration (up to the moment of
 * loading while it is still open), and where it stands with its receipts.
 */
public record SessionItem(Session session, Optional<Quote> quote, Duration duration, ReceiptStatus receipt) {

    /**
     * What the session counts for in the list's totals: its standing receipt's total (a corrected receipt's after a
     * correction), nothing once its receipt is credited, and its price while it has no receipt.
     */
    public Optional<Money> billed() {
        return switch (receipt.state()) {
            case NONE -> quote.map(Quote::total);
            case ISSUED, CORRECTED -> quote.map(q -> Money.of(receipt.billed().orElseThrow(), q.total().currency()));
            case CREDITED -> quote.map(q -> Money.zero(q.total().currency()));
        };
    }
}
