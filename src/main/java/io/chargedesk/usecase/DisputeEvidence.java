package io.chargedesk.usecase;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Session;
import io.chargedesk.usecase.port.ReadingRecords;
import io.chargedesk.usecase.port.SessionMinuteRecords;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads what an operator checks when a customer disputes a bill: the session's per-minute profile, and the raw
 * readings around its start and end (the readings its energy is the difference of), while raw readings are still kept.
 */
public final class DisputeEvidence {

    /** @param readings the raw readings around the start and the end, in time order */
    public record Evidence(List<HistoryBatch.SessionMinute> minutes, List<Reading> readings) {}

    private static final Duration AROUND = Duration.ofMinutes(2);

    private final SessionMinuteRecords history;
    private final ReadingRecords readings;
    private final Clock clock;

    public DisputeEvidence(SessionMinuteRecords history, ReadingRecords readings, Clock clock) {
        this.history = history;
        this.readings = readings;
        this.clock = clock;
    }

    public Evidence load(Session s) throws StoreException {
        Instant end = s.end().orElse(clock.instant());
        List<Reading> around = new ArrayList<>(readings.between(s.bayId(), s.start().minus(AROUND), s.start().plus(AROUND)));
        Instant endFrom = end.minus(AROUND).isAfter(s.start().plus(AROUND)) ? end.minus(AROUND) : s.start().plus(AROUND);
        around.addAll(readings.between(s.bayId(), endFrom.plusMillis(1), end.plus(AROUND)));
        return new Evidence(history.sessionMinutes(s.id()), around);
    }
}
