package io.chargedesk.testing;

import io.chargedesk.app.SiteSource;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The demo site as a database holds it once it has recorded: its settings, tariffs, bays and closed sessions. */
public final class RecordedSite {

    private RecordedSite() {
    }

    /** The demo site's settings and bays, and its tariffs in force from {@code tariffsFrom}. */
    public static SiteConfig demo(Database db, Instant tariffsFrom) throws Exception {
        SiteConfig demo = SiteSource.demo().config();
        new SiteRepository(db).save(demo.site());
        new TariffRepository(db).addFromSiteFile(demo, tariffsFrom);
        new BayRepository(db).sync(demo.bays());
        return demo;
    }

    /** A closed session on bay A1: an hour from {@code start} at 11 kW, 10 kWh (4.90 EUR on the demo's tariff). */
    public static UUID closedSession(Database db, UUID id, Instant start) throws Exception {
        Instant end = start.plus(Duration.ofHours(1));
        new SessionRepository(db).save(new Session(id, "A1", "1", start, Optional.of(end), Energy.ofWattHours(0),
                Energy.ofWattHours(10_000), Power.ofWatts(11_000), Duration.ofHours(1), end, false, Customer.NONE,
                Optional.of(EndReason.TIMEOUT), List.of(), List.of()));
        return id;
    }

    /** The PDF stored with receipt {@code number}, exactly as it was handed out. */
    public static byte[] storedPdf(Database db, long number) throws SQLException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT pdf FROM receipt WHERE number = ?")) {
            ps.setLong(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no receipt " + number);
                }
                return rs.getBytes(1);
            }
        }
    }
}
