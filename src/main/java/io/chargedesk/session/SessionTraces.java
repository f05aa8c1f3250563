package io.chargedesk.session;

/** Where the register readings of a session are kept, for splitting its energy at time-of-use boundaries. */
@FunctionalInterface
public interface SessionTraces {

    /** No readings kept: all energy shows at the end of the session. */
    SessionTraces NONE = session -> EnergyTrace.ENDS_ONLY;

    EnergyTrace of(Session session);
}
