package io.chargedesk.session;

import java.time.Instant;
import java.util.Optional;

/** What a bay's state machine tells the rest of the system. */
public sealed interface SessionEvent {

    String bayId();

    /** The session snapshot an event carries, if any. */
    static Optional<Session> carried(SessionEvent e) {
        if (e instanceof Started s) {
            return Optional.of(s.session());
        }
        if (e instanceof Updated s) {
            return Optional.of(s.session());
        }
        if (e instanceof Ended s) {
            return Optional.of(s.session());
        }
        return Optional.empty();
    }

    record Started(Session session) implements SessionEvent {
        public String bayId() {
            return session.bayId();
        }
    }

    record Updated(Session session) implements SessionEvent {
        public String bayId() {
            return session.bayId();
        }
    }

    record Ended(Session session) implements SessionEvent {
        public String bayId() {
            return session.bayId();
        }
    }

    record StateChanged(String bayId, BayState from, BayState to, Instant at, String reason) implements SessionEvent {}
}
