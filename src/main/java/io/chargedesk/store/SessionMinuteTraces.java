package io.chargedesk.store;

import io.chargedesk.session.EnergyTrace;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionTraces;
import io.chargedesk.units.Energy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Sessions' register readings from their per-minute evidence, which is kept forever: each minute row holds the
 * register as last read in that minute, so the register "at or before" a boundary is the row of the last whole
 * minute before it. Answers for boundaries well in the past never change, so they are remembered: the live tiles
 * price open sessions every second.
 */
public final class SessionMinuteTraces implements SessionTraces {

    /** Minute rows reach the database in the collector's next batch; until then an answer may still change. */
    private static final Duration SETTLED = Duration.ofMinutes(2);
    private static final int REMEMBERED = 10_000;

    private final Database db;
    private final Clock clock;
    private final Map<Key, Energy> settled = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Energy> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** @param clock the site's: a sped-up demo's minutes settle by its own time */
    public SessionMinuteTraces(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public EnergyTrace of(Session session) {
        return at -> {
            Key key = new Key(session.id(), at);
            Energy known = settled.get(key);
            if (known != null) {
                return known;
            }
            Energy read = read(session, at);
            if (at.isBefore(clock.instant().minus(SETTLED))) {
                settled.put(key, read);
            }
            return read;
        };
    }

    private Energy read(Session session, Instant at) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT register_wh FROM session_minute "
                     + "WHERE session_id = ? AND minute_utc < ? ORDER BY minute_utc DESC LIMIT 1")) {
            ps.setObject(1, session.id());
            Jdbc.setInstant(ps, 2, at.truncatedTo(ChronoUnit.MINUTES));
            try (ResultSet rs = ps.executeQuery()) {
                long start = session.startRegister().wattHours();
                return rs.next() ? Energy.ofWattHours(Math.max(0, rs.getLong(1) - start)) : Energy.ZERO;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the readings of session " + session.id() + ": "
                    + e.getMessage(), e);
        }
    }

    private record Key(UUID session, Instant at) {}
}
