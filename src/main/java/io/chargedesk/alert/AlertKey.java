package io.chargedesk.alert;

import java.util.Objects;
import java.util.Optional;

/**
 * One condition an alert can be raised for: its kind, on one bay, one bus (a kind {@link AlertKind#onBus() on a bus}
 * keeps the bus's id as {@code bayId}, so the stored {@code bay_id} column holds it) or on the site as a whole.
 */
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

    public static AlertKey bus(AlertKind kind, String busId) {
        if (!kind.onBus()) {
            throw new IllegalArgumentException(kind + " is not about a bus");
        }
        return new AlertKey(kind, Optional.of(busId));
    }
}
