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

    /** What the session counts for in the list's totals; see {@link ReceiptStatus#counted}. */
    public Optional<Money> billed() {
        return quote.flatMap(q -> receipt.counted(Optional.of(q.total().amount()))
                .map(amount -> Money.of(amount, q.total().currency())));
    }
}
