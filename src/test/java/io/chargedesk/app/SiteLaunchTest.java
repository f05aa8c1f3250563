package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.access.AccessDenied;
import io.chargedesk.access.Permission;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.LeaseHeldException;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.SettingsRepository;
import io.chargedesk.testing.Await;
import io.chargedesk.testing.OldDatabase;
import io.chargedesk.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo site runs in a database of its own, however it comes to run; a real site's database never sees it. */
class SiteLaunchTest {

    private static final Messages ENGLISH = Messages.of(Locale.UK);

    /** What the demo would leave behind: every table but the settings, the lease and Flyway's own. */
    private static final List<String> DEMO_DATA = List.of("site", "bay", "tariff", "tariff_window", "tariff_audit",
            "reading", "charging_session", "session_gap", "session_anomaly", "session_fault", "session_minute",
            "bay_interval", "bay_day", "site_anomaly", "receipt");

    @TempDir
    Path dir;

    /** A start by someone who is not a manager: a site file that changes the settings is refused. */
    private static final SiteSource.SettingsApproval NO_MANAGER = access -> {
        throw new AccessDenied(Permission.CHANGE_SETTINGS);
    };

    @Test
    void theDemoChosenOverBrokenSettingsRunsInItsOwnDatabaseAndTheSitesIsLeftAlone() throws Exception {
        String site = dir.resolve("site").toString();
        try (Database db = Database.open(site)) {
            new SettingsRepository(db).save("site: {name: Depot, timezone: Mars/Olympus}\n", "console",
                    Instant.parse("2026-11-01T10:00:00Z"));
        }
        List<SiteFileException> shown = new ArrayList<>();

        SiteLaunch.Collecting demo = SiteLaunch.collect(Optional.empty(), site, "the console", problems -> {
            shown.add(problems);
            return true;
        }, NO_MANAGER).orElseThrow();
        assertThat(shown).as("the user saw the problems and chose the demo").hasSize(1);
        assertThat(demo.database().file()).contains(dir.resolve("site-demo.mv.db"));
        assertThat(demo.site().config().demo()).isTrue();
        assertThat(demo.site().origin().text(ENGLISH, ZoneOffset.UTC)).isEqualTo("built-in demo site instead of the "
                + "site with problems — demo database " + dir.resolve("site-demo.mv.db"));
        assertThat(demo.site().origin().text(Messages.of(Locale.GERMANY), ZoneOffset.UTC)).as("the header in German")
                .isEqualTo("eingebauter Demo-Standort statt des Standorts mit Fehlern — Demo-Datenbank "
                        + dir.resolve("site-demo.mv.db"));
        try (SiteRuntime running = SiteRuntime.start(demo.site().config(), demo.database(), demo.lease(), 3000, 42,
                true)) {
            Await.until("the demo recording", Duration.ofSeconds(60),
                    () -> rows(running.database(), "reading") > 100);
        }

        try (Database db = Database.open(site)) {
            assertThat(tables(db)).as("no demo operator, tariffs, bays, readings or sessions")
                    .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
            assertThat(new SettingsRepository(db).latest().orElseThrow().source()).isEqualTo("console");
            assertThat(CollectorLease.current(db)).isEmpty();
        }
        try (Database db = Database.open(SiteLaunch.demoDatabase(site))) {
            assertThat(new SessionRepository(db).list(SessionFilter.ALL)).as("the sample history").isNotEmpty();
        }
    }

    @Test
    void withNothingConfiguredTheDemoRunsBesideTheSitesDatabaseWhereItsSettingsAreSaved() throws Exception {
        String site = dir.resolve("data/chargedesk").toString();
        SiteLaunch.Collecting demo = SiteLaunch.collect(Optional.empty(), site, "run --headless", problems -> {
            throw problems;
        }, NO_MANAGER).orElseThrow();
        assertThat(demo.database().file()).contains(dir.resolve("data/chargedesk-demo.mv.db"));
        assertThat(demo.site().origin().text(ENGLISH, ZoneOffset.UTC))
                .startsWith("built-in demo site — demo database ");
        assertThat(CollectorLease.current(demo.database())).as("the demo's database is the one leased").isPresent();

        SiteLaunch.Watched watched = SiteLaunch.watch(site);
        assertThat(watched.database().file()).as("a watching console looks where the demo collector writes")
                .contains(dir.resolve("data/chargedesk-demo.mv.db"));
        watched.database().close();
        demo.lease().release();
        demo.database().close();
        try (Database db = Database.open(site)) {
            assertThat(tables(db)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        }

        // Settings saved in the demo's console go to the site's database: the next start runs the site there.
        SiteLaunch.saveSettings(site, """
                site: {name: Depot, timezone: Europe/Vienna}
                buses: [{id: bus1, port: /dev/ttyUSB0}]
                bays: [{id: D1, bus: bus1, address: 7, meter: sdm630}]
                """, "console", Instant.parse("2026-11-29T12:00:00Z"));
        SiteLaunch.Collecting next = SiteLaunch.collect(Optional.empty(), site, "the console", problems -> false,
                NO_MANAGER)
                .orElseThrow();
        assertThat(next.site().config().site().name()).isEqualTo("Depot");
        assertThat(next.database().file()).contains(dir.resolve("data/chargedesk.mv.db"));
        next.lease().release();
        next.database().close();
    }

    @Test
    void settingsThatSayDemoRunInTheDemosDatabaseToo() throws Exception {
        String site = dir.resolve("site").toString();
        try (Database db = Database.open(site)) {
            String demoYaml = new String(SiteSource.class.getResourceAsStream("demo-site.yaml").readAllBytes());
            new SettingsRepository(db).save(demoYaml, "console", Instant.parse("2026-11-01T10:00:00Z"));
        }
        SiteLaunch.Collecting launch = SiteLaunch.collect(Optional.empty(), site, "the console", problems -> false,
                NO_MANAGER)
                .orElseThrow();
        assertThat(launch.database().file()).contains(dir.resolve("site-demo.mv.db"));
        assertThat(launch.site().origin().text(ENGLISH, ZoneOffset.UTC)).startsWith("settings saved ")
                .contains(" — demo database ");
        launch.lease().release();
        launch.database().close();
    }

    @Test
    void aRealSiteRunsInItsOwnDatabaseAndBrokenSettingsCanStopTheStart() throws Exception {
        String site = dir.resolve("site").toString();
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, """
                site: {name: Depot, timezone: Europe/Vienna}
                buses: [{id: bus1, port: /dev/ttyUSB0}]
                bays: [{id: D1, bus: bus1, address: 7, meter: sdm630}]
                """);
        SiteLaunch.Collecting real = SiteLaunch.collect(Optional.of(file), site, "the console", problems -> false,
                NO_MANAGER)
                .orElseThrow();
        assertThat(real.database().file()).contains(dir.resolve("site.mv.db"));
        assertThat(real.site().origin().text(ENGLISH, ZoneOffset.UTC)).isEqualTo(file.toString());
        real.lease().release();
        real.database().close();

        Files.writeString(file, "site: {name: Depot, timezone: Mars/Olympus}\n");
        assertThat(SiteLaunch.collect(Optional.of(file), site, "the console", problems -> false,
                NO_MANAGER)).isEmpty();
        assertThat(Files.exists(dir.resolve("site-demo.mv.db"))).isFalse();
        try (Database db = Database.open(site)) {
            assertThat(CollectorLease.current(db)).as("the lease is given back").isEmpty();
        }
    }

    @Test
    void anOlderDatabaseGetsItsPasswordOnlyFromTheCollectorThatHoldsIt() throws Exception {
        String site = dir.resolve("old").toString();
        OldDatabase.make(site);
        Path passwordFile = dir.resolve("old.password");
        try (Database older = Database.open(site)) {
            CollectorLease lease = SiteRuntime.takeLease(older, "an older ChargeDesk");
            assertThatThrownBy(() -> SiteLaunch.collect(Optional.empty(), site, "the console", problems -> false,
                NO_MANAGER))
                    .isInstanceOf(LeaseHeldException.class);
            assertThat(passwordFile).as("the older collector still gets in").doesNotExist();
            lease.release();
        }

        // Its saved settings ("x") have problems: the demo runs instead, after the site's database was protected.
        SiteLaunch.Collecting launch = SiteLaunch.collect(Optional.empty(), site, "the console", problems -> true,
                NO_MANAGER)
                .orElseThrow();
        assertThat(passwordFile).exists();
        launch.lease().release();
        launch.database().close();
        try (Database db = Database.openExisting(site)) {
            assertThat(new SettingsRepository(db).latest().orElseThrow().source()).isEqualTo("old");
        }
    }

    @Test
    void theDemosDatabaseIsNamedAfterTheSites() {
        assertThat(SiteLaunch.demoDatabase("/srv/chargedesk/site")).isEqualTo("/srv/chargedesk/site-demo");
        assertThat(SiteLaunch.demoDatabase("/srv/chargedesk/site.mv.db")).isEqualTo("/srv/chargedesk/site-demo");
        assertThat(SiteLaunch.demoDatabase("jdbc:h2:tcp://server/site"))
                .isEqualTo(AppPaths.dataFolder().resolve("chargedesk-demo").toString());
    }

    private static Map<String, Long> tables(Database db) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : DEMO_DATA) {
            rows.put(table, rows(db, table));
        }
        return rows;
    }

    private static long rows(Database db, String table) {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
