package io.chargedesk.store;

import io.chargedesk.tariff.MinuteBasis;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Tariff versions, so every stored session can be priced later exactly as it was when it ran. */
public final class TariffRepository {

    private final Database db;

    public TariffRepository(Database db) {
        this.db = db;
    }

    /** Adds versions not yet stored; a stored version (same id and effective-from) is never changed here. */
    public void addMissing(List<Tariff> tariffs) throws StoreException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            for (Tariff t : tariffs) {
                if (!exists(c, t)) {
                    insert(c, t);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not store the tariffs: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, Tariff t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM tariff WHERE id = ? AND effective_from_utc = ?")) {
            ps.setString(1, t.id());
            Jdbc.setInstant(ps, 2, t.effectiveFrom());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insert(Connection c, Tariff t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tariff (id, effective_from_utc, name, currency, "
                + "energy_per_kwh, per_minute, minute_basis, session_fee, idle_per_minute, idle_grace_s, min_price, "
                + "max_price, vat_percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, t.id());
            Jdbc.setInstant(ps, 2, t.effectiveFrom());
            ps.setString(3, t.name());
            ps.setString(4, t.currency().getCurrencyCode());
            ps.setBigDecimal(5, t.energyPerKwh().amount());
            ps.setBigDecimal(6, t.perMinute().amount());
            ps.setString(7, t.minuteBasis().name());
            ps.setBigDecimal(8, t.sessionFee().amount());
            ps.setBigDecimal(9, t.idlePerMinute().amount());
            ps.setLong(10, t.idleGrace().toSeconds());
            ps.setBigDecimal(11, t.minimum().map(Money::amount).orElse(null));
            ps.setBigDecimal(12, t.maximum().map(Money::amount).orElse(null));
            ps.setBigDecimal(13, t.vatPercent());
            ps.executeUpdate();
        }
    }

    public List<Tariff> all() throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM tariff ORDER BY effective_from_utc, id");
             ResultSet rs = ps.executeQuery()) {
            List<Tariff> out = new ArrayList<>();
            while (rs.next()) {
                Currency cur = Currency.getInstance(rs.getString("currency"));
                out.add(new Tariff(rs.getString("id"), rs.getString("name"), Jdbc.getInstant(rs, "effective_from_utc"),
                        cur, money(rs, "energy_per_kwh", cur).orElseThrow(), money(rs, "per_minute", cur).orElseThrow(),
                        MinuteBasis.valueOf(rs.getString("minute_basis")), money(rs, "session_fee", cur).orElseThrow(),
                        money(rs, "idle_per_minute", cur).orElseThrow(), Duration.ofSeconds(rs.getLong("idle_grace_s")),
                        money(rs, "min_price", cur), money(rs, "max_price", cur), rs.getBigDecimal("vat_percent")));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the tariffs: " + e.getMessage(), e);
        }
    }

    private static Optional<Money> money(ResultSet rs, String column, Currency currency) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        if (amount == null) {
            return Optional.empty();
        }
        // Prices read as people write them: 0.10, 0.4925 — never 0.100000 from the column, nor 0.1.
        BigDecimal plain = amount.stripTrailingZeros();
        int minor = Math.max(0, currency.getDefaultFractionDigits());
        return Optional.of(new Money(plain.scale() < minor ? plain.setScale(minor) : plain, currency));
    }
}
