package io.chargedesk.session;

import java.time.Instant;
import java.util.Objects;

/**
 * The tariff version a session is priced with, fixed when the session opens: a version added later, even one
 * that claims an earlier start, never reprices it.
 */
public record TariffVersionRef(String tariffId, Instant effectiveFrom) {

    public TariffVersionRef {
        Objects.requireNonNull(tariffId, "tariffId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
