package io.chargedesk.meter;

import java.time.Duration;

/** Told about every poll a {@link BusPoller} makes, for diagnostics; called on the poller's thread. */
@FunctionalInterface
public interface PollObserver {

    PollObserver NONE = (result, roundTrip) -> { };

    /** @param roundTrip how long the read took, retries included */
    void polled(PollResult result, Duration roundTrip);
}
