package io.chargedesk.meter;

import java.time.Instant;

/** What one poll of one bay's meter produced: a reading or a failure. */
public sealed interface PollResult permits Reading, PollFailure {

    String bayId();

    Instant at();
}
