package io.chargedesk.ui.dashboard;

import io.chargedesk.customer.SessionLink;
import io.chargedesk.session.Customer;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * What an attendant gives a session in the start or annotate dialog: the name, plate and note the collector keeps,
 * and, beside them, the registered customer chosen (if any) and the odometer reading (if any).
 *
 * @param replacesLink whether the session had a link when the dialog opened: then it is written even when both are
 *     removed, so removing them is saved
 */
public record SessionCustomer(Customer customer, OptionalLong customerId, OptionalInt odometerKm,
                              boolean replacesLink) {

    /** A customer typed in only: no registered customer, no odometer reading. */
    public static SessionCustomer typed(Customer customer) {
        return new SessionCustomer(customer, OptionalLong.empty(), OptionalInt.empty(), false);
    }

    /**
     * The link to write for the session; none when there is neither a registered customer nor a reading, nor a link
     * to replace.
     */
    Optional<SessionLink> linkFor(UUID sessionId) {
        return customerId.isEmpty() && odometerKm.isEmpty() && !replacesLink ? Optional.empty()
                : Optional.of(new SessionLink(sessionId, customerId, odometerKm));
    }
}
