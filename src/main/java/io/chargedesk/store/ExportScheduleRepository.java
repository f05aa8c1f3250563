package io.chargedesk.store;

import io.chargedesk.site.ExportSchedule;
import io.chargedesk.usecase.port.ExportRuns;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * The automatic export schedule (one row) and the runs of its jobs. A run is claimed by inserting its row: the key
 * (job, month) lets exactly one program have it, whether the console and the headless collector or two starts race.
 */
public final class ExportScheduleRepository implements ExportRuns {

    private final Database db;

    public ExportScheduleRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<ExportSchedule> schedule() throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT enabled, day_of_month, "
                + "at_minute, folder, format, saved_utc FROM export_schedule WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new ExportSchedule(rs.getBoolean("enabled"), rs.getInt("day_of_month"),
                    LocalTime.ofSecondOfDay(rs.getInt("at_minute") * 60L), rs.getString("folder"),
                    ExportSchedule.Format.valueOf(rs.getString("format").toUpperCase(Locale.ROOT)),
                    Jdbc.getInstant(rs, "saved_utc")));
        } catch (SQLException e) {
            throw new StoreException("Could not read the export schedule: " + e.getMessage(), e);
        }
    }

    @Override
    public void save(ExportSchedule s) throws StoreException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM export_schedule WHERE id = 1");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO export_schedule (id, enabled, "
                         + "day_of_month, at_minute, folder, format, saved_utc) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
                delete.executeUpdate();
                insert.setBoolean(1, s.enabled());
                insert.setInt(2, s.dayOfMonth());
                insert.setInt(3, s.at().toSecondOfDay() / 60);
                insert.setString(4, s.folder());
                insert.setString(5, s.format().name().toLowerCase(Locale.ROOT));
                Jdbc.setInstant(insert, 6, s.savedAt());
                insert.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not save the export schedule: " + Database.rootMessage(e), e);
        }
    }

    @Override
    public boolean claim(String job, YearMonth month, Instant at) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO export_run (job, period, started_utc) VALUES (?, ?, ?)")) {
            ps.setString(1, job);
            ps.setString(2, month.toString());
            Jdbc.setInstant(ps, 3, at);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw new StoreException("Could not record the export run: " + e.getMessage(), e);
        }
    }

    @Override
    public void finished(String job, YearMonth month, String fileName) throws StoreException {
        update("UPDATE export_run SET file_name = ? WHERE job = ? AND period = ?", fileName, job, month.toString());
    }

    @Override
    public void release(String job, YearMonth month) throws StoreException {
        update("DELETE FROM export_run WHERE job = ? AND period = ?", job, month.toString());
    }

    private void update(String sql, String... values) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not record the export run: " + e.getMessage(), e);
        }
    }
}
