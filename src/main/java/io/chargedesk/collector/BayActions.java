package io.chargedesk.collector;

import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import java.util.concurrent.CompletionStage;

/** What an attendant can do to a bay; the collector does it on its own thread. */
public interface BayActions {

    CompletionStage<Session> openSession(String bayId, Customer customer);

    /** Refused while the car still draws power: then {@link #endAndContinue} ends the session. */
    CompletionStage<Session> closeSession(String bayId);

    /**
     * Ends the open session at the latest reading and goes on recording the charge, without a break, in a new
     * session for {@code customer}: one step, so no reading falls between the two.
     */
    CompletionStage<Handover> endAndContinue(String bayId, Customer customer);

    CompletionStage<Session> annotate(String bayId, Customer customer);

    /** The attendant has checked the meter after a fault (swap, reset, impossible jump); the bay shows normal again. */
    CompletionStage<Void> acknowledgeFault(String bayId);
}
