package io.chargedesk.ui.sessions;

import java.nio.file.Path;
import java.util.UUID;

/** Issues (or reprints) the receipt of a closed session and says where its PDF is. */
@FunctionalInterface
public interface ReceiptIssuer {

    Path issue(UUID sessionId) throws Exception;
}
