package io.chargedesk.meter;

import io.chargedesk.text.Reason;
import io.chargedesk.text.ReasonCode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether no meter on one bus answers any more: the cable, the A/B wiring, the meters' power or the bus's settings,
 * not one meter. The bus is silent once every one of its bays had a poll time out since any meter last answered: a
 * whole cycle, as a bus asks each meter once per cycle. Counting meters rather than seconds keeps a dead row of meters
 * on a healthy bus from looking like a dead bus, however long asking them takes.
 * Any answer ends the silence, even a corrupted one or a refusal: something on the bus talks. A gone port neither
 * starts nor ends one: no meter is heard, but the adapter is the thing to check, and its bays' failures say so.
 *
 * <p>Pure: fed the results of the bus's polls in the order they came; one thread.
 */
public final class BusSilence {

    private final String busId;
    private final Set<String> bays;
    private final Set<String> unanswered = new HashSet<>();
    private Instant quietSince;
    private PollFailure lastFailure;
    private boolean silent;

    /** @param bays the ids of the bays whose meters are on the bus */
    public BusSilence(String busId, Set<String> bays) {
        this.busId = busId;
        this.bays = Set.copyOf(bays);
    }

    public String busId() {
        return busId;
    }

    /**
     * Takes one poll of a bay on this bus (others are ignored).
     *
     * @return whether the bus fell silent or answered again with it
     */
    public boolean accept(PollResult result) {
        if (!bays.contains(result.bayId())) {
            return false;
        }
        if (result instanceof PollFailure f && f.kind() == FaultKind.PORT_GONE) {
            return false;
        }
        boolean was = silent;
        if (result instanceof PollFailure f && f.kind() == FaultKind.TIMEOUT) {
            if (unanswered.isEmpty()) {
                quietSince = f.at();
            }
            unanswered.add(f.bayId());
            lastFailure = f;
            silent = unanswered.containsAll(bays);
        } else {
            unanswered.clear();
            silent = false;
        }
        return silent != was;
    }

    public boolean silent() {
        return silent;
    }

    /** Why the bus counts as silent, with what to check; empty while a meter answers. */
    public Optional<Reason> reason() {
        return silent ? Optional.of(Reason.of(Why.NO_METER_ANSWERS, busId, bays.size(), quietSince,
                lastFailure.reason())) : Optional.empty();
    }

    /** Why a bus is silent (keys {@code reason.bus.*}). */
    public enum Why implements ReasonCode {
        /** Bus id, its meters, since when, the last failed poll's reason. */
        NO_METER_ANSWERS;

        @Override
        public String family() {
            return "reason.bus";
        }
    }
}
