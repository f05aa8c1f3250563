package io.chargedesk.usecase.port;

import io.chargedesk.ledger.ReceiptDocument;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;

/** The issued receipts and credit notes: one gapless sequence of numbers, and documents that never change. */
public interface ReceiptLedger {

    /** Stores the document {@code build} makes for the next number, and returns it. */
    ReceiptDocument issue(LongFunction<ReceiptDocument> build) throws StoreException;

    Optional<ReceiptDocument> forSession(UUID sessionId, ReceiptDocument.Kind kind) throws StoreException;

    Optional<ReceiptDocument> byNumber(long number) throws StoreException;

    /** The credit note cancelling receipt {@code number}, if one was issued. */
    Optional<ReceiptDocument> creditFor(long number) throws StoreException;

    /** Every session that has a receipt (credited or not). */
    Set<UUID> sessionsWithReceipt() throws StoreException;

    /** When the last receipt priced with tariff {@code tariffId} was issued: new versions may not start before. */
    Optional<Instant> lastIssuedUsing(String tariffId) throws StoreException;
}
