package io.chargedesk.store;

import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A receipt as the receipt service would have left it, for tests of rules that look at issued receipts. */
final class IssuedReceipts {

    private IssuedReceipts() {
    }

    /** Stores a closed session on bay A1 and receipt number {@code number} for it, priced with the given version. */
    static void issue(Database db, int number, String tariffId, Instant tariffFrom, Instant issued) throws Exception {
        UUID sessionId = UUID.randomUUID();
        Instant start = issued.minus(Duration.ofHours(2));
        new SessionRepository(db).save(new Session(sessionId, "A1", "1", start, Optional.of(start.plusSeconds(600)),
                Energy.ofWattHours(0), Energy.ofWattHours(1_000), Power.ofWatts(6_000), Duration.ofMinutes(10), start,
                false, Customer.NONE, Optional.of(EndReason.MANUAL), List.of(), List.of()));
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO receipt (number, "
                + "kind, session_id, issued_utc, tariff_id, tariff_from_utc, currency, total_minor, evidence_sha256, "
                + "document_json) VALUES (?, 'receipt', ?, ?, ?, ?, 'EUR', 45, ?, '{}')")) {
            ps.setInt(1, number);
            ps.setObject(2, sessionId);
            Jdbc.setInstant(ps, 3, issued);
            ps.setString(4, tariffId);
            Jdbc.setInstant(ps, 5, tariffFrom);
            ps.setString(6, "0".repeat(64));
            ps.executeUpdate();
        }
    }
}
