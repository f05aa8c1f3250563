package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chargedesk.access.AccessDenied;
import io.chargedesk.access.Permission;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.store.Database;
import io.chargedesk.store.SettingsRepository;
import io.chargedesk.testing.Managers;
import io.chargedesk.text.Messages;
import io.chargedesk.text.TextLimit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSourceTest {

    private static final Messages ENGLISH = Messages.of(Locale.UK);

    @TempDir
    Path dir;

    /** A start by someone who is not a manager: a site file that changes the settings is refused. */
    private static final SiteSource.SettingsApproval NO_MANAGER = access -> {
        throw new AccessDenied(Permission.CHANGE_SETTINGS);
    };

    @Test
    void aGivenFileBecomesTheSavedSettingsWhichLaterStartsUse() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        assertThat(SiteSource.load(Optional.empty(), db, NO_MANAGER).origin().text(ENGLISH, ZoneOffset.UTC))
                .isEqualTo("built-in demo site");

        Path file = dir.resolve("site.yaml");
        Files.writeString(file, """
                site: {name: Depot, timezone: Europe/Vienna}
                buses: [{id: bus1, port: /dev/ttyUSB0}]
                bays: [{id: D1, bus: bus1, address: 7, meter: sdm630}]
                """);
        SiteSource.Loaded fromFile = SiteSource.load(Optional.of(file), db, NO_MANAGER);
        assertThat(fromFile.config().site().name()).isEqualTo("Depot");
        assertThat(new SettingsRepository(db).latest()).hasValueSatisfying(s ->
                assertThat(s.source()).isEqualTo(file.toString()));

        SiteSource.Loaded later = SiteSource.load(Optional.empty(), db, NO_MANAGER);
        assertThat(later.config()).isEqualTo(fromFile.config());
        assertThat(later.origin().text(ENGLISH, ZoneOffset.UTC)).startsWith("settings saved ").endsWith("from " + file);
    }

    /**
     * Once a site has a manager PIN, a site file that changes the saved settings needs a manager; the same file
     * again (a service restarting) needs none, and a refused file saves nothing.
     */
    @Test
    void aSiteFileThatChangesTheSettingsNeedsAManagerOnceTheSiteHasAPin() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, """
                site: {name: Depot, timezone: Europe/Vienna}
                buses: [{id: bus1, port: /dev/ttyUSB0}]
                bays: [{id: D1, bus: bus1, address: 7, meter: sdm630}]
                """);
        SiteSource.load(Optional.of(file), db, NO_MANAGER);
        Managers.pinSet(db, Clock.systemUTC());
        assertThat(SiteSource.load(Optional.of(file), db, NO_MANAGER).config().site().name())
                .as("the same file again").isEqualTo("Depot");

        Files.writeString(file, Files.readString(file).replace("name: Depot", "name: Depot Nord"));
        assertThatThrownBy(() -> SiteSource.load(Optional.of(file), db, NO_MANAGER))
                .isInstanceOf(AccessDenied.class);
        assertThat(new SettingsRepository(db).latest().orElseThrow().yaml()).doesNotContain("Depot Nord");

        SiteSource.Loaded changed = SiteSource.load(Optional.of(file), db,
                access -> access.signIn("Mara Manager", Managers.PIN.toCharArray()));
        assertThat(changed.config().site().name()).isEqualTo("Depot Nord");
        assertThat(new SettingsRepository(db).latest().orElseThrow().yaml()).contains("Depot Nord");
        db.close();
    }

    @Test
    void aGivenFileWithANameThatCannotBePrintedIsRefusedWithLineAndField() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, """
                site: {name: 山田駐車場, timezone: Asia/Tokyo,
                       operator: {name: "Yamada 🚗 Parking"}}
                buses: [{id: bus1, port: /dev/ttyUSB0}]
                bays: [{id: D1, name: Стоянка 1, bus: bus1, address: 7, meter: sdm630}]
                """);

        SiteFileException e = catchThrowableOfType(() -> SiteSource.load(Optional.of(file), db, NO_MANAGER),
                SiteFileException.class);
        assertThat(e.problems()).containsExactly(file + ":2: site.operator.name: 🚗 (U+1F697) cannot be printed on a "
                + "receipt; leave it out");
        assertThat(new SettingsRepository(db).latest()).as("nothing saved").isEmpty();
    }

    /** Settings saved before names were checked keep recording; their receipts and Settings say what to fix. */
    @Test
    void settingsSavedBeforeNamesWereCheckedStillRun() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        new SettingsRepository(db).save("""
                site: {name: Depot 🚗, timezone: Europe/Vienna}
                buses: [{id: bus1, port: /dev/ttyUSB0}]
                bays: [{id: D1, bus: bus1, address: 7, meter: sdm630}]
                """, "console", Instant.now());

        assertThat(SiteSource.load(Optional.empty(), db, NO_MANAGER).config().site().name()).isEqualTo("Depot 🚗");
    }

    @Test
    void aWatchingConsoleUsesTheCollectorsSavedSettingsAndSavesNothing() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        Files.createDirectories(AppPaths.siteFile().getParent());
        Files.writeString(AppPaths.siteFile(), """
                site: {name: This PC's own file, timezone: UTC}
                buses: [{id: bus1, port: /dev/ttyUSB0}]
                bays: [{id: X1, bus: bus1, address: 1, meter: sdm630}]
                """);
        try {
            assertThat(SiteSource.collectorsSite(db).origin().text(ENGLISH, ZoneOffset.UTC))
                    .as("a demo collector saves no settings")
                    .isEqualTo("built-in demo site");
            assertThat(new SettingsRepository(db).latest()).isEmpty();

            new SettingsRepository(db).save("""
                    site: {name: Depot, timezone: Europe/Vienna}
                    buses: [{id: bus1, port: /dev/ttyUSB0}]
                    bays: [{id: D1, bus: bus1, address: 7, meter: sdm630}]
                    """, "/srv/depot.yaml", Instant.now());
            SiteSource.Loaded watched = SiteSource.collectorsSite(db);
            assertThat(watched.config().site().name()).isEqualTo("Depot");
            assertThat(new SettingsRepository(db).latest()).hasValueSatisfying(s ->
                    assertThat(s.source()).isEqualTo("/srv/depot.yaml"));
        } finally {
            Files.delete(AppPaths.siteFile());
        }
    }

    @Test
    void aSiteFileWithAValueTooLongIsRefusedBeforeAnythingIsSaved() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, """
                site: {name: Depot, timezone: Europe/Vienna}
                buses: [{id: bus1, port: /dev/ttyUSB0}]
                bays: [{id: D1, name: %s, bus: bus1, address: 7, meter: sdm630}]
                """.formatted("N".repeat(150)));
        assertThatThrownBy(() -> SiteSource.load(Optional.of(file), db, NO_MANAGER))
                .isInstanceOf(SiteFileException.class)
                .hasMessage(file + ":3: bays[0].name: 150 characters; at most 100");
        assertThat(new SettingsRepository(db).latest()).isEmpty();
    }

    @Test
    void aSiteFileOnAPathLongerThanItsLabelsColumnStillLoads() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        Path folder = dir.resolve("a".repeat(200)).resolve("b".repeat(200)).resolve("c".repeat(200));
        Files.createDirectories(folder);
        Path file = Files.writeString(folder.resolve("site.yaml"), """
                site: {name: Depot, timezone: Europe/Vienna}
                buses: [{id: bus1, port: /dev/ttyUSB0}]
                bays: [{id: D1, bus: bus1, address: 7, meter: sdm630}]
                """);
        assertThat(SiteSource.load(Optional.of(file), db, NO_MANAGER).config().site().name()).isEqualTo("Depot");
        assertThat(new SettingsRepository(db).latest()).hasValueSatisfying(s -> assertThat(s.source())
                .hasSize(TextLimit.SETTINGS_SOURCE.max()).startsWith(dir.toString()).endsWith("c/site.yaml"));
    }
}
