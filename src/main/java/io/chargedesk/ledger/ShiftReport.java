package io.chargedesk.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * What happened on a shift, {@code from} until {@code to}: the sessions that started in it, their energy and what
 * they count for (the standing receipts' totals, nothing for a credited one, the price from the one cost engine for
 * one without a receipt), the receipts and credit notes issued in it, and the sessions still open at its end.
 *
 * @param attendant who closed the shift; empty on a report of a period nobody closed
 * @param creditsTotal the credit notes' total, negative
 */
public record ShiftReport(Instant from, Instant to, String attendant, int sessions, long energyWh,
                          BigDecimal revenue, Currency currency, int receiptsIssued, BigDecimal receiptsTotal,
                          int creditsIssued, BigDecimal creditsTotal, int openSessions) {

    public ShiftReport {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A shift cannot end (" + to + ") before it starts (" + from + ").");
        }
    }
}
