package io.chargedesk.access;

import io.chargedesk.text.TextLimit;
import java.util.Objects;

/**
 * Who did something: a role and a name (the name typed at a manager's sign-in, the attendant's name typed where an
 * action asks for it, or the operating-system user).
 */
public record Actor(Role role, String name) {

    public Actor {
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name.strip();
        String field = "Name";
        TextLimit.ATTENDANT_NAME.problem(name).ifPresent(p -> {
            throw new IllegalArgumentException(field + ": " + p + ".");
        });
    }

    public boolean isManager() {
        return role == Role.MANAGER;
    }

    /** The same role under another name (an attendant who typed theirs to acknowledge an alert). */
    public Actor named(String other) {
        return new Actor(role, other);
    }
}
