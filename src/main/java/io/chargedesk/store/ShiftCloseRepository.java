package io.chargedesk.store;

import io.chargedesk.ledger.ShiftReport;
import io.chargedesk.usecase.port.ShiftCloses;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Optional;

/** The shifts attendants closed, with the figures each report printed. */
public final class ShiftCloseRepository implements ShiftCloses {

    private final Database db;

    public ShiftCloseRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<ShiftReport> last() throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT from_utc, closed_utc, "
                + "attendant, sessions, energy_wh, revenue, currency, receipts_issued, receipts_total, credits_issued, "
                + "credits_total, open_sessions FROM shift_close ORDER BY closed_utc DESC, id DESC");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            int places = Currency.getInstance(rs.getString("currency")).getDefaultFractionDigits();
            return Optional.of(new ShiftReport(Jdbc.getInstant(rs, "from_utc"), Jdbc.getInstant(rs, "closed_utc"),
                    rs.getString("attendant"), rs.getInt("sessions"), rs.getLong("energy_wh"),
                    rs.getBigDecimal("revenue").setScale(places), Currency.getInstance(rs.getString("currency")),
                    rs.getInt("receipts_issued"), rs.getBigDecimal("receipts_total").setScale(places),
                    rs.getInt("credits_issued"), rs.getBigDecimal("credits_total").setScale(places),
                    rs.getInt("open_sessions")));
        } catch (SQLException e) {
            throw new StoreException("Could not read the shift closes: " + e.getMessage(), e);
        }
    }

    @Override
    public void record(ShiftReport r) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO shift_close "
                + "(from_utc, closed_utc, attendant, sessions, energy_wh, revenue, currency, receipts_issued, "
                + "receipts_total, credits_issued, credits_total, open_sessions) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.setInstant(ps, 1, r.from());
            Jdbc.setInstant(ps, 2, r.to());
            ps.setString(3, r.attendant());
            ps.setInt(4, r.sessions());
            ps.setLong(5, r.energyWh());
            ps.setBigDecimal(6, r.revenue());
            ps.setString(7, r.currency().getCurrencyCode());
            ps.setInt(8, r.receiptsIssued());
            ps.setBigDecimal(9, r.receiptsTotal());
            ps.setInt(10, r.creditsIssued());
            ps.setBigDecimal(11, r.creditsTotal());
            ps.setInt(12, r.openSessions());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not store the shift close: " + Database.rootMessage(e), e);
        }
    }
}
