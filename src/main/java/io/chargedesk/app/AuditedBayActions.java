package io.chargedesk.app;

import io.chargedesk.audit.AuditAction;
import io.chargedesk.collector.BayActions;
import io.chargedesk.collector.Handover;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.usecase.AuditLog;
import io.chargedesk.usecase.port.StoreException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attendants' commands, with a manual stop and a fault acknowledgement recorded in the audit trail once the
 * collector has done them. The entry is written on {@code background}, never on the collector's thread.
 */
final class AuditedBayActions implements BayActions {

    private static final Logger LOG = LoggerFactory.getLogger(AuditedBayActions.class);

    private final BayActions actions;
    private final AuditLog audit;
    private final Executor background;

    AuditedBayActions(BayActions actions, AuditLog audit, Executor background) {
        this.actions = actions;
        this.audit = audit;
        this.background = background;
    }

    @Override
    public CompletionStage<Session> openSession(String bayId, Customer customer) {
        return actions.openSession(bayId, customer);
    }

    @Override
    public CompletionStage<Session> closeSession(String bayId) {
        return actions.closeSession(bayId).thenApplyAsync(s -> stopped(s, "stopped at the console"), background);
    }

    @Override
    public CompletionStage<Handover> endAndContinue(String bayId, Customer customer) {
        return actions.endAndContinue(bayId, customer).thenApplyAsync(h -> {
            stopped(h.ended(), "ended at the console; continued as session " + h.continued().id());
            return h;
        }, background);
    }

    @Override
    public CompletionStage<Session> annotate(String bayId, Customer customer) {
        return actions.annotate(bayId, customer);
    }

    @Override
    public CompletionStage<Void> acknowledgeFault(String bayId) {
        return actions.acknowledgeFault(bayId).thenRunAsync(() -> record(AuditAction.FAULT_ACKNOWLEDGED,
                "bay " + bayId, "meter checked after the fault"), background);
    }

    private Session stopped(Session s, String how) {
        record(AuditAction.SESSION_STOPPED, s.id().toString(), "bay " + s.bayId() + ", " + s.energy().wattHours()
                + " Wh; " + how);
        return s;
    }

    /** The stop or acknowledgement happened whatever the trail says: a failure to record it is logged, not shown. */
    private void record(AuditAction action, String subject, String details) {
        try {
            audit.record(action, subject, "", details);
        } catch (StoreException | RuntimeException e) {
            LOG.error("The audit trail did not take {} of {}: {}", action.code(), subject, e.getMessage(), e);
        }
    }
}
