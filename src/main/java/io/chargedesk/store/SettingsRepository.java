package io.chargedesk.store;

import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The site's settings (site-file YAML) as saved from the console or imported; each save is a new version. */
public final class SettingsRepository {

    /** One saved version: when, from where (a file path or "console"), and the YAML. */
    public record Saved(int version, Instant savedAt, String source, String yaml) {}

    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public void save(String yaml, String source, Instant at) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO site_settings (saved_utc, source, yaml) VALUES (?, ?, ?)")) {
            Jdbc.setInstant(ps, 1, at);
            ps.setString(2, source);
            ps.setString(3, yaml);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not save the site settings: " + e.getMessage(), e);
        }
    }

    public Optional<Saved> latest() throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT * FROM site_settings ORDER BY version DESC FETCH FIRST 1 ROW ONLY");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Saved(rs.getInt("version"), Jdbc.getInstant(rs, "saved_utc"),
                    rs.getString("source"), rs.getString("yaml"))) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("Could not read the site settings: " + e.getMessage(), e);
        }
    }
}
