package io.chargedesk.session;

import java.time.Instant;

/** What a bay's state machine tells the rest of the system. */
public sealed interface SessionEvent {

    String bayId();

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
