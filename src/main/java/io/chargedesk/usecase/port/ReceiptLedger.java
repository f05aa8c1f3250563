package io.chargedesk.usecase.port;

import io.chargedesk.audit.AuditRecord;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.ReceiptStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The issued receipts and credit notes: one gapless sequence of numbers, and documents that never change. */
public interface ReceiptLedger {

    /**
     * A document made for its number, ready to store: what it says, its PDF as handed out, and on a receipt the
     * canonical evidence text whose SHA-256 it prints (null on a credit note).
     */
    record Prepared(ReceiptDocument document, byte[] pdf, String evidenceText) {}

    /** Makes the document for a number, rendering its PDF; whatever it throws leaves the number unused. */
    @FunctionalInterface
    interface Preparation {
        Prepared prepare(long number) throws IOException;
    }

    /**
     * Prepares the document for the next number and stores it, with its PDF and evidence, in the transaction
     * that takes the number: a document whose preparation (rendering) fails is never stored, and its number is
     * the next one's.
     */
    Prepared issue(Preparation preparation) throws StoreException, IOException;

    /**
     * As {@link #issue(Preparation)}, and appends what {@code audit} makes of the document to the audit trail in the
     * same transaction: a document is never issued without its entry, nor an entry written for one not issued.
     */
    Prepared issue(Preparation preparation, Function<ReceiptDocument, AuditRecord> audit)
            throws StoreException, IOException;

    /** The evidence text stored with the session's receipt, if it has one issued since receipts store it. */
    Optional<String> evidenceOf(UUID sessionId) throws StoreException;

    /** The session's latest document of that kind: after a correction, the corrected receipt. */
    Optional<ReceiptDocument> forSession(UUID sessionId, ReceiptDocument.Kind kind) throws StoreException;

    /** Each listed session's receipt status; a session without any document is left out. */
    Map<UUID, ReceiptStatus> statuses(Collection<UUID> sessionIds) throws StoreException;

    /** How many receipts and credit notes were issued in {@code [from, to)}, and their totals (credits negative). */
    record IssuedTotals(int receipts, BigDecimal receiptsTotal, int credits, BigDecimal creditsTotal) {}

    IssuedTotals issuedBetween(Instant from, Instant to) throws StoreException;

    Optional<ReceiptDocument> byNumber(long number) throws StoreException;

    /** The credit note cancelling receipt {@code number}, if one was issued. */
    Optional<ReceiptDocument> creditFor(long number) throws StoreException;

    /** Every session that has a receipt (credited or not). */
    Set<UUID> sessionsWithReceipt() throws StoreException;

    /** When the last receipt priced with tariff {@code tariffId} was issued: new versions may not start before. */
    Optional<Instant> lastIssuedUsing(String tariffId) throws StoreException;
}
