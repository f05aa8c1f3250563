package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * H2 databases made before the migrations were split into common and vendor folders keep opening: Flyway validates
 * each applied migration's version, description and checksum, and with the folders the H2 migrations still have the
 * ones such a database recorded (taken from one made by the release before the split).
 */
class H2MigrationsUnchangedTest {

    private static final List<String> RECORDED_BEFORE_THE_SPLIT = List.of(
            "1 core V1__core.sql 1746637923",
            "3 receipts V3__receipts.sql -379964973",
            "4 history V4__history.sql 57685004",
            "6 site settings V6__site_settings.sql 1569144727",
            "7 time of use V7__time_of_use.sql -1172237939",
            "8 collector lease V8__collector_lease.sql -1044145167",
            "10 session tariff V10__session_tariff.sql -673539990",
            "11 receipt pdf and evidence V11__receipt_pdf_and_evidence.sql 233534186",
            "12 write marks V12__write_marks.sql 1414943250",
            "13 alerts V13__alerts.sql -47400011",
            "14 history rollups V14__history_rollups.sql 1892173168",
            "15 site language V15__site_language.sql -1613114424");

    @Test
    void theH2MigrationsAreTheOnesExistingDatabasesRecorded() throws Exception {
        String url = "jdbc:h2:mem:h2-migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations(Database.Vendor.H2.migrationLocations()).target("15")
                .load().migrate();
        List<String> applied = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"description\", \"script\", \"checksum\" FROM "
                     + "\"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                applied.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4));
            }
            s.execute("SHUTDOWN");
        }
        assertThat(applied).containsExactlyElementsOf(RECORDED_BEFORE_THE_SPLIT);
    }
}
