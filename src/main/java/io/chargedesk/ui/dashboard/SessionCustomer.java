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
 */
public record SessionCustomer(Customer customer, OptionalLong customerId, OptionalInt odometerKm) {

    /** A customer typed in only: no registered customer, no odometer reading. */
    public static SessionCustomer typed(Customer customer) {
        return new SessionCustomer(customer, OptionalLong.empty(), OptionalInt.empty());
    }

    /** The link to write for the session; none when there is neither a registered customer nor a reading. */
    Optional<SessionLink> linkFor(UUID sessionId) {
        return customerId.isEmpty() && odometerKm.isEmpty() ? Optional.empty()
                : Optional.of(new SessionLink(sessionId, customerId, odometerKm));
    }
}
