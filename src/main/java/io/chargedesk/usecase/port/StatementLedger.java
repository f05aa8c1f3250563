package io.chargedesk.usecase.port;

import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.StatementDocument;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issued statements: a gapless series of numbers a year, and their PDF and CSV exactly as handed out. */
public interface StatementLedger {

    /** A statement made for its number, with its PDF and CSV; {@code subjectId} is its customer's or fleet's. */
    record Prepared(StatementDocument document, long subjectId, byte[] pdf, byte[] csv) {}

    /** Makes the statement for a number ("ST-2026-0007"); whatever it throws leaves the number unused. */
    @FunctionalInterface
    interface Preparation {
        Prepared prepare(String number) throws IOException;
    }

    /** A stored statement: its bytes as issued, and what its list shows. */
    record Stored(String number, String subjectKind, long subjectId, String language, byte[] pdf, byte[] csv,
                  String pdfSha256) {}

    /**
     * Takes the next number of {@code year}'s series and stores what {@code preparation} makes for it, in one
     * transaction: a statement that cannot be made uses no number.
     */
    Prepared issue(int year, Preparation preparation) throws StoreException, IOException;

    Optional<Stored> byNumber(String number) throws StoreException;

    /** Every receipt and credit note issued for these sessions, in number order. */
    List<ReceiptDocument> documentsOf(Collection<UUID> sessionIds) throws StoreException;
}
