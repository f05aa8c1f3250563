package io.chargedesk.session;

import java.time.Instant;
import java.util.Optional;

/**
 * Which tariff version a session that starts at an instant is priced with. The state machine asks when it opens a
 * session and keeps the answer; the tariffs themselves live outside it (in the database, in the app).
 */
@FunctionalInterface
public interface TariffChoice {

    /** No tariffs known: sessions are recorded unpriced, and priced by the version in force at their start. */
    TariffChoice NONE = start -> Optional.empty();

    Optional<TariffVersionRef> forSessionStartingAt(Instant start);
}
