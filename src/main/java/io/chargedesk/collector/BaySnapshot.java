package io.chargedesk.collector;

import io.chargedesk.meter.PollFailure;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Session;
import io.chargedesk.site.BayConfig;
import io.chargedesk.text.Reason;
import java.util.Optional;

/**
 * One bay as the collector sees it at one moment; immutable, safe to hand to the UI thread.
 *
 * @param offlineReason why the bay counts as offline when no failed poll says so: a console that watches the
 *     database sees readings stop coming, not why
 */
public record BaySnapshot(BayConfig bay, BayState state, Optional<Reading> lastReading,
                          Optional<Session> openSession, Optional<PollFailure> lastFailure,
                          Optional<Anomaly> meterFault, Optional<Reason> offlineReason) {

    /** A bay as the collector polling it sees it: every offline bay has a failed poll, or no reading yet. */
    public BaySnapshot(BayConfig bay, BayState state, Optional<Reading> lastReading, Optional<Session> openSession,
                       Optional<PollFailure> lastFailure, Optional<Anomaly> meterFault) {
        this(bay, state, lastReading, openSession, lastFailure, meterFault, Optional.empty());
    }

    /** Why the bay is offline or faulty, for an attendant; empty when all is well. */
    public Optional<Reason> fault() {
        if (state == BayState.OFFLINE) {
            return Optional.of(lastFailure.map(PollFailure::reason).or(() -> offlineReason)
                    .orElse(Reason.of(BayReason.WAITING_FOR_FIRST_READING)));
        }
        return meterFault.map(f -> Reason.of(BayReason.FAULT, f.reason()));
    }

    /** A meter fault waits for an attendant, even while the bay charges again on a new meter. */
    public boolean faulty() {
        return state != BayState.OFFLINE && meterFault.isPresent();
    }
}
