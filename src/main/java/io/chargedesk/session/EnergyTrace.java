package io.chargedesk.session;

import io.chargedesk.units.Energy;
import java.time.Instant;

/**
 * What the meter's import register showed during a session, as energy since the session's start: the last
 * reading at or before an instant. Time-of-use prices split a session's energy here, at window boundaries, so
 * energy between two readings belongs to the window in which the later reading was taken.
 */
@FunctionalInterface
public interface EnergyTrace {

    /** Nothing known between the start and end readings: all the energy shows at the end. */
    EnergyTrace ENDS_ONLY = at -> Energy.ZERO;

    /** Energy since the start as last read at or before {@code at}; the engine clamps it to the session's energy. */
    Energy readBy(Instant at);
}
