package io.chargedesk.customer;

import io.chargedesk.text.Reason;
import io.chargedesk.text.TextLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A fleet: a company's cars billed together. Its members are the customers who name it ({@link
 * CustomerAccount#fleetId}), the plates it lists, and whoever charges at a bay reserved for it.
 *
 * @param id 0 for a fleet not stored yet
 * @param plates normal plates, each once
 * @param bays the bays reserved for it, each from when
 */
public record Fleet(long id, String name, List<String> plates, List<Reservation> bays) {

    /** The most plates a fleet lists by itself (customers bring their own). */
    public static final int MAX_PLATES = 500;

    /** A bay reserved for the fleet: every session starting there from {@code since} on is the fleet's. */
    public record Reservation(String bayId, Instant since) {}

    /** @throws IllegalArgumentException naming the field that does not fit */
    public Fleet {
        name = name == null ? "" : name.strip();
        plates = CustomerAccount.distinct(plates);
        bays = List.copyOf(bays);
        List<String> problems = problems(name, plates);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
    }

    /** What keeps a fleet of this name and these plates from being made, one sentence each; empty if nothing. */
    public static List<String> problems(String name, List<String> plates) {
        return reasons(name, plates).stream().map(Reason::toString).toList();
    }

    /** {@link #problems} as codes, for the reader's language. */
    public static List<Reason> reasons(String name, List<String> plates) {
        List<Reason> problems = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            problems.add(Reason.of(RegisterProblem.FLEET_NAME_EMPTY));
        }
        TextLimit.FLEET_NAME.reason(n).ifPresent(p -> problems.add(Reason.of(RegisterProblem.FLEET_NAME, p)));
        List<String> kept = plates == null ? List.of() : plates;
        if (kept.size() > MAX_PLATES) {
            problems.add(Reason.of(RegisterProblem.TOO_MANY_FLEET_PLATES, kept.size(), MAX_PLATES));
        }
        kept.forEach(p -> Plate.reason(p).ifPresent(problems::add));
        return problems;
    }

    public boolean hasPlate(String plate) {
        String key = Plate.key(plate);
        return !key.isEmpty() && plates.stream().anyMatch(p -> Plate.key(p).equals(key));
    }

    /** Whether a session starting at {@code start} on {@code bayId} is the fleet's by a reserved bay. */
    public boolean reserves(String bayId, Instant start) {
        return bays.stream().anyMatch(r -> r.bayId().equals(bayId) && !start.isBefore(r.since()));
    }
}
