package io.chargedesk.ui.dashboard;

import io.chargedesk.session.Session;
import java.time.Instant;
import java.util.List;

/** Where the dashboard reads today's sessions for its totals: the database, so only off the FX thread. */
@FunctionalInterface
public interface TodaysSessions {

    /** The sessions started at or after {@code from}, open or closed. */
    List<Session> since(Instant from) throws Exception;
}
