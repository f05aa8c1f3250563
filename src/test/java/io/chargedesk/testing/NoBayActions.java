package io.chargedesk.testing;

import io.chargedesk.collector.BayActions;
import io.chargedesk.collector.Handover;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import java.util.concurrent.CompletionStage;

/** For screens a test only looks at: any action on a bay fails the test. */
public final class NoBayActions implements BayActions {

    @Override
    public CompletionStage<Session> openSession(String bayId, Customer customer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Session> closeSession(String bayId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Handover> endAndContinue(String bayId, Customer customer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Session> annotate(String bayId, Customer customer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Void> acknowledgeFault(String bayId) {
        throw new UnsupportedOperationException();
    }
}
