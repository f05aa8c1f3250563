package io.chargedesk.usecase;

import io.chargedesk.meter.Reading;
import io.chargedesk.session.Session;
import io.chargedesk.store.Database;
import io.chargedesk.store.HistoryQueries;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.ui.sessions.SessionDetail;
import io.chargedesk.ui.sessions.SessionItem;
import io.chargedesk.ui.sessions.SessionsViewModel;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a session's evidence from the database: its per-minute profile, and the raw readings around its
 * start and end (the readings its energy is the difference of), while raw readings are still kept.
 */
public final class DisputeEvidence implements SessionsViewModel.EvidenceSource {

    private static final Duration AROUND = Duration.ofMinutes(2);

    private final HistoryQueries history;
    private final ReadingRepository readings;
    private final Clock clock;

    public DisputeEvidence(Database db, Clock clock) {
        this.history = new HistoryQueries(db);
        this.readings = new ReadingRepository(db);
        this.clock = clock;
    }

    @Override
    public SessionDetail load(SessionItem item) throws StoreException {
        Session s = item.session();
        Instant end = s.end().orElse(clock.instant());
        List<Reading> around = new ArrayList<>(readings.between(s.bayId(), s.start().minus(AROUND), s.start().plus(AROUND)));
        Instant endFrom = end.minus(AROUND).isAfter(s.start().plus(AROUND)) ? end.minus(AROUND) : s.start().plus(AROUND);
        around.addAll(readings.between(s.bayId(), endFrom.plusMillis(1), end.plus(AROUND)));
        return new SessionDetail(item, history.sessionMinutes(s.id()), around);
    }
}
