package io.chargedesk.ui.sessions;

import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.Customer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the sessions screen can do with receipts; each call may take a while and runs off the UI thread. */
public interface ReceiptActions {

    /** Issues the session's receipt (or a COPY of the one issued before) and says where its PDF is. */
    Path issue(UUID sessionId, ReceiptFormat format) throws Exception;

    /** Issues the session's receipt (or a copy) into {@code folder}, for batch exports; says where. */
    Path issueInto(UUID sessionId, Path folder, ReceiptFormat format) throws Exception;

    /** Issues the session's receipt (or a copy) as {@code file}, where the operator chose; says where. */
    Path saveAs(UUID sessionId, Path file, ReceiptFormat format) throws Exception;

    /** Cancels the session's receipt with a credit note and says where its PDF is. */
    Path credit(UUID sessionId, ReceiptFormat format) throws Exception;

    /**
     * Issues a corrected receipt, with a new number, for a session whose receipt was credited, naming
     * {@code onReceipt}; says where its PDF is.
     */
    Path correct(UUID sessionId, Customer onReceipt, ReceiptFormat format) throws Exception;

    /** Each listed session's receipt status; sessions without any receipt are left out. */
    Map<UUID, ReceiptStatus> statuses(Collection<UUID> sessionIds) throws Exception;

    /** Prints a PDF through the system's print dialog; false when the user cancels. */
    boolean print(Path pdf) throws Exception;

    /** The session's evidence as the canonical text whose SHA-256 its receipt prints. */
    String evidence(UUID sessionId) throws Exception;

    /** The sessions that have a receipt already: asking again gives a copy, not a new number. */
    Set<UUID> withReceipt() throws Exception;
}
