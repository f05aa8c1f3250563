package io.chargedesk.ledger;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a session stands with its receipts: none yet, issued, credited (its latest receipt cancelled and not yet
 * replaced), or corrected (a receipt that replaces a credited one). What counts as billed: the latest receipt's total,
 * nothing once it is credited.
 *
 * @param number the latest receipt's number; empty when there is none
 * @param billed the latest receipt's total while it stands; empty with no receipt or when it is credited
 */
public record ReceiptStatus(State state, OptionalLong number, Optional<BigDecimal> billed) {

    public static final ReceiptStatus NONE = new ReceiptStatus(State.NONE, OptionalLong.empty(), Optional.empty());

    public enum State { NONE, ISSUED, CREDITED, CORRECTED }

    /**
     * One stored document of a session, as much as its status needs.
     *
     * @param replaces the receipt a corrected receipt replaces; empty otherwise
     * @param credits the receipt a credit note cancels; empty on a receipt
     */
    public record Entry(long number, ReceiptDocument.Kind kind, OptionalLong replaces, OptionalLong credits,
                        BigDecimal total) {}

    /** The status a session's documents give it; the latest receipt is the one with the highest number. */
    public static ReceiptStatus of(List<Entry> documents) {
        Optional<Entry> latest = documents.stream().filter(d -> d.kind() == ReceiptDocument.Kind.RECEIPT)
                .max(Comparator.comparingLong(Entry::number));
        if (latest.isEmpty()) {
            return NONE;
        }
        Entry receipt = latest.get();
        OptionalLong number = OptionalLong.of(receipt.number());
        boolean credited = documents.stream().anyMatch(d -> d.credits().equals(number));
        if (credited) {
            return new ReceiptStatus(State.CREDITED, number, Optional.empty());
        }
        return new ReceiptStatus(receipt.replaces().isPresent() ? State.CORRECTED : State.ISSUED, number,
                Optional.of(receipt.total()));
    }

    /**
     * What the session counts for in totals, given its {@code price} now: its standing receipt's total (a corrected
     * receipt's after a correction), nothing once its receipt is credited, and the price while it has no receipt.
     */
    public Optional<BigDecimal> counted(Optional<BigDecimal> price) {
        return switch (state) {
            case NONE -> price;
            case ISSUED, CORRECTED -> billed;
            case CREDITED -> Optional.of(BigDecimal.ZERO);
        };
    }
}
