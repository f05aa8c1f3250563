package io.chargedesk.testing;

import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.Customer;
import io.chargedesk.ui.sessions.ReceiptActions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Receipts for screens that only issue them: each request is recorded and answered with {@code pdf}, which is never
 * written; printing succeeds. Anything else a screen asks for fails the test.
 */
public final class IssuingReceipts implements ReceiptActions {

    /** One request for a session's receipt, in the format asked for. */
    public record Asked(UUID sessionId, ReceiptFormat format) {
    }

    private final Path pdf;
    private final List<Asked> asked = new ArrayList<>();
    private Map<UUID, ReceiptStatus> statuses = Map.of();

    public IssuingReceipts(Path pdf) {
        this.pdf = pdf;
    }

    /** Answers {@link #statuses} with {@code given}: sessions whose receipts were issued, credited or corrected. */
    public IssuingReceipts withStatuses(Map<UUID, ReceiptStatus> given) {
        statuses = Map.copyOf(given);
        return this;
    }

    public List<Asked> asked() {
        return asked;
    }

    @Override
    public Path issue(UUID sessionId, ReceiptFormat format) {
        asked.add(new Asked(sessionId, format));
        return pdf;
    }

    @Override
    public Path issueInto(UUID sessionId, Path folder, ReceiptFormat format) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Path saveAs(UUID sessionId, Path file, ReceiptFormat format) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Path credit(UUID sessionId, ReceiptFormat format) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Path correct(UUID sessionId, Customer onReceipt, ReceiptFormat format) {
        throw new UnsupportedOperationException();
    }

    /** None has a receipt yet, unless given {@link #withStatuses}. */
    @Override
    public Map<UUID, ReceiptStatus> statuses(Collection<UUID> sessionIds) {
        return statuses;
    }

    @Override
    public boolean print(Path printed) {
        return true;
    }

    @Override
    public String evidence(UUID sessionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<UUID> withReceipt() {
        return Set.of();
    }
}
