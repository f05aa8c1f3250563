package io.chargedesk.testing;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A closed session of whole minutes at a steady 11 kW on a meter with serial "777", and its per-minute evidence, as
 * the collector records them: for tests of what pruning and ageing must leave alone.
 */
public record RecordedSession(Session session, List<HistoryBatch.SessionMinute> minutes) {

    /** {@code minutes} minutes from {@code start}, the register rising from {@code startWh} by {@code whPerMinute}. */
    public static RecordedSession closed(String bay, Instant start, long startWh, int minutes, long whPerMinute) {
        Instant end = start.plus(Duration.ofMinutes(minutes));
        Session session = new Session(UUID.randomUUID(), bay, "777", start, Optional.of(end),
                Energy.ofWattHours(startWh), Energy.ofWattHours(startWh + minutes * whPerMinute), Power.ofWatts(11_000),
                Duration.ofMinutes(minutes), end, false, Customer.NONE, Optional.of(EndReason.TIMEOUT), List.of(),
                List.of());
        return new RecordedSession(session, IntStream.range(0, minutes).mapToObj(i -> new HistoryBatch.SessionMinute(
                session.id(), start.plus(Duration.ofMinutes(i)), startWh + (i + 1) * whPerMinute, 11_000, 66_000, 6))
                .toList());
    }

    /** The minutes as the collector stores them with its readings. */
    public HistoryBatch batch() {
        return new HistoryBatch(List.of(), List.of(), minutes);
    }
}
