package io.chargedesk.alert;

import java.util.Objects;
import java.util.Optional;

/** One condition an alert can be raised for: its kind, on one bay or on the site as a whole. */
public record AlertKey(AlertKind kind, Optional<String> bayId) {

    public AlertKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bayId, "bayId");
    }

    public static AlertKey site(AlertKind kind) {
        return new AlertKey(kind, Optional.empty());
    }

    public static AlertKey bay(AlertKind kind, String bayId) {
        return new AlertKey(kind, Optional.of(bayId));
    }
}
