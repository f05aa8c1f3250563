package io.chargedesk.store;

import io.chargedesk.site.Operator;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.site.SiteLanguage;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.SiteRecords;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** The site's name, zone, currency and operator, as last configured. */
public final class SiteRepository implements SiteRecords {

    private final Database db;

    public SiteRepository(Database db) {
        this.db = db;
    }

    public void save(SiteInfo site) throws StoreException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM site")) {
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO site (id, name, timezone, currency, "
                    + "grid_limit_w, operator_name, operator_address, operator_vat_id, language) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, site.name());
                ps.setString(2, site.zone().getId());
                ps.setString(3, site.currency().getCurrencyCode());
                ps.setLong(4, site.gridLimit().watts());
                ps.setString(5, site.operator().name());
                ps.setString(6, site.operator().address());
                ps.setString(7, site.operator().vatId());
                ps.setString(8, site.language().getLanguage());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not store the site settings: " + e.getMessage(), e);
        }
    }

    /** The site as stored; empty in a database no collector has run on yet. */
    public Optional<SiteInfo> load() throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM site WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new SiteInfo(rs.getString("name"), ZoneId.of(rs.getString("timezone")),
                    Currency.getInstance(rs.getString("currency")), Power.ofWatts(rs.getLong("grid_limit_w")),
                    new Operator(rs.getString("operator_name"), rs.getString("operator_address"),
                            rs.getString("operator_vat_id")), language(rs.getString("language"))));
        } catch (SQLException e) {
            throw new StoreException("Could not read the site settings: " + e.getMessage(), e);
        }
    }

    /** A language stored by a version that had its texts, read by one that lacks them, falls back to the default. */
    private static Locale language(String stored) {
        return SiteLanguage.of(stored).orElse(SiteLanguage.DEFAULT);
    }
}
