package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * The migration that pins sessions to their tariff version pins each session recorded before it to the version that
 * prices it today: its receipt's, else its bay's tariff or the site's default as in force at its start.
 */
@OnEveryDatabase
class SessionTariffMigrationTest {

    @Parameter
    TestDatabase database;

    private static final UUID FAST_BAY = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID DEFAULT_BAY = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID BEFORE_ANY_VERSION = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID WITH_RECEIPT = UUID.fromString("00000000-0000-0000-0000-000000000004");

    @Test
    void pinsEverySessionToTheVersionThatPricesItToday() throws Exception {
        String url = database.newUrl();
        String[] migrations = database.vendor().migrationLocations();
        Flyway.configure().dataSource(url, null, null).locations(migrations).target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO bay (id, name, bus_id, address, meter_model, max_power_w, tariff_id) VALUES "
                    + "('A1', 'A1', 'bus1', 1, 'sdm630', 22000, 'fast'), "
                    + "('A2', 'A2', 'bus1', 2, 'sdm630', 22000, NULL)");
            for (String version : new String[] {"'std', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z'",
                "'std', TIMESTAMP WITH TIME ZONE '2026-03-01 00:00:00Z'",
                "'fast', TIMESTAMP WITH TIME ZONE '2026-02-01 00:00:00Z'"}) {
                st.executeUpdate("INSERT INTO tariff (id, effective_from_utc, name, currency, energy_per_kwh, "
                        + "per_minute, minute_basis, session_fee, idle_per_minute, idle_grace_s, vat_percent) VALUES ("
                        + version + ", 'x', 'EUR', 0.49, 0, 'CHARGING', 0, 0, 0, 19)");
            }
            session(c, FAST_BAY, "A1", "2026-03-15T10:00:00Z");
            session(c, DEFAULT_BAY, "A2", "2026-03-15T10:00:00Z");
            session(c, BEFORE_ANY_VERSION, "A1", "2026-01-15T10:00:00Z");
            session(c, WITH_RECEIPT, "A2", "2026-03-20T10:00:00Z");
            st.executeUpdate("INSERT INTO receipt (number, kind, session_id, issued_utc, tariff_id, tariff_from_utc, "
                    + "currency, total_minor, evidence_sha256, document_json) VALUES (1, 'receipt', '" + WITH_RECEIPT
                    + "', TIMESTAMP WITH TIME ZONE '2026-03-21 00:00:00Z', 'std', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z', 'EUR', 45, '" + "0".repeat(64) + "', '{}')");
        }

        Flyway.configure().dataSource(url, null, null).locations(migrations).load().migrate();

        Map<UUID, String> pins = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, tariff_id, tariff_from_utc FROM charging_session")) {
            while (rs.next()) {
                Instant from = Jdbc.getInstant(rs, "tariff_from_utc");
                pins.put(rs.getObject("id", UUID.class), rs.getString("tariff_id") + " " + from);
            }
        }
        assertThat(pins).containsEntry(FAST_BAY, "fast 2026-02-01T00:00:00Z")
                .containsEntry(DEFAULT_BAY, "std 2026-03-01T00:00:00Z")
                .containsEntry(BEFORE_ANY_VERSION, "null null")
                .containsEntry(WITH_RECEIPT, "std 2026-01-01T00:00:00Z");
    }

    private static void session(Connection c, UUID id, String bay, String start) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO charging_session (id, bay_id, status, start_utc, "
                + "end_utc, start_register_wh, end_register_wh, energy_wh, peak_power_w, charging_ms, "
                + "last_charging_utc, manual) VALUES (?, ?, 'closed', ?, ?, 0, 1000, 1000, 7000, 600000, ?, FALSE)")) {
            Instant t = Instant.parse(start);
            ps.setObject(1, id);
            ps.setString(2, bay);
            Jdbc.setInstant(ps, 3, t);
            Jdbc.setInstant(ps, 4, t.plusSeconds(600));
            Jdbc.setInstant(ps, 5, t.plusSeconds(600));
            ps.executeUpdate();
        }
    }
}
