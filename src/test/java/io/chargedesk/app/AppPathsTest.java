package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user data folder on each OS, and the overrides that beat it; no real environment is read. */
class AppPathsTest {

    private static final String LINUX = "Linux";
    private static final String WINDOWS = "Windows 11";
    private static final String MAC = "Mac OS X";
    private static final Map<String, String> NO_ENV = Map.of();

    private static Path folder(String os, Map<String, String> env, Map<String, String> props, String home) {
        Properties properties = new Properties();
        properties.putAll(props);
        return AppPaths.dataFolder(os, env::get, properties, home);
    }

    private static Path folder(String os, Map<String, String> env) {
        return folder(os, env, Map.of(), "/home/ada");
    }

    @Test
    void linuxUsesXdgDataHomeElseLocalShareUnderHome() {
        assertThat(folder(LINUX, Map.of("XDG_DATA_HOME", "/data/ada")))
                .isEqualTo(Path.of("/data/ada/chargedesk"));
        assertThat(folder(LINUX, NO_ENV)).isEqualTo(Path.of("/home/ada/.local/share/chargedesk"));
        assertThat(folder(LINUX, Map.of("XDG_DATA_HOME", "  "))).as("set but empty counts as unset")
                .isEqualTo(Path.of("/home/ada/.local/share/chargedesk"));
        assertThat(folder("FreeBSD", NO_ENV)).as("any other Unix follows XDG")
                .isEqualTo(Path.of("/home/ada/.local/share/chargedesk"));
    }

    @Test
    void windowsUsesAppDataElseRoamingUnderHome() {
        assertThat(folder(WINDOWS, Map.of("APPDATA", "/c/Users/ada/AppData/Roaming", "XDG_DATA_HOME", "/x")))
                .isEqualTo(Path.of("/c/Users/ada/AppData/Roaming/ChargeDesk"));
        assertThat(folder(WINDOWS, NO_ENV, Map.of(), "/c/Users/ada"))
                .isEqualTo(Path.of("/c/Users/ada/AppData/Roaming/ChargeDesk"));
        assertThat(folder("WINDOWS SERVER 2022", NO_ENV, Map.of(), "/c/Users/ada")).as("the OS name in any case")
                .isEqualTo(Path.of("/c/Users/ada/AppData/Roaming/ChargeDesk"));
    }

    @Test
    void macOsUsesApplicationSupportWhateverXdgSays() {
        assertThat(folder(MAC, Map.of("XDG_DATA_HOME", "/data/ada"), Map.of(), "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/ChargeDesk"));
    }

    @Test
    void chargedeskHomeInTheEnvironmentOverridesThePlatformFolderOnEveryOs() {
        Map<String, String> env = Map.of("CHARGEDESK_HOME", "/srv/chargedesk", "APPDATA", "/c/roaming",
                "XDG_DATA_HOME", "/data/ada");
        for (String os : new String[] {LINUX, WINDOWS, MAC}) {
            assertThat(folder(os, env)).as(os).isEqualTo(Path.of("/srv/chargedesk"));
        }
    }

    @Test
    void theSystemPropertyBeatsTheEnvironment() {
        assertThat(folder(LINUX, Map.of("CHARGEDESK_HOME", "/srv/env"), Map.of("chargedesk.home", "/srv/prop"),
                "/home/ada")).isEqualTo(Path.of("/srv/prop"));
        assertThat(folder(WINDOWS, NO_ENV, Map.of("chargedesk.home", "/srv/prop"), "/c/Users/ada"))
                .isEqualTo(Path.of("/srv/prop"));
    }

    @Test
    void aBlankOverrideIsIgnored() {
        assertThat(folder(LINUX, Map.of("CHARGEDESK_HOME", " ")))
                .isEqualTo(Path.of("/home/ada/.local/share/chargedesk"));
    }

    @Test
    void theDatabaseSiteFileAndLogsLiveInTheDataFolder() {
        Path data = AppPaths.dataFolder();
        assertThat(AppPaths.defaultDatabase()).isEqualTo(data.resolve("chargedesk"));
        assertThat(AppPaths.siteFile()).isEqualTo(data.resolve("site.yaml"));
        assertThat(AppPaths.logFolder()).isEqualTo(data.resolve("logs"));
    }

    @Test
    void eachDatabaseKeepsWhatItHasNotTakenInAFolderOfItsOwn() {
        String site = "jdbc:h2:file:/var/lib/chargedesk/site;AUTO_SERVER=TRUE";
        String demo = "jdbc:h2:file:/tmp/demo/site;AUTO_SERVER=TRUE";
        assertThat(AppPaths.unsavedFolderName(site)).matches("site-[0-9a-f]{8}");
        assertThat(AppPaths.unsavedFolderName(demo)).as("same file name, another database")
                .matches("site-[0-9a-f]{8}").isNotEqualTo(AppPaths.unsavedFolderName(site));
        assertThat(AppPaths.unsavedFolderName(site)).isEqualTo(AppPaths.unsavedFolderName(site));
        assertThat(AppPaths.unsavedFolderName("jdbc:postgresql://db:5432/charge desk?ssl=true"))
                .matches("charge_desk_ssl_true-[0-9a-f]{8}");
        assertThat(AppPaths.unsavedFolderName("jdbc:h2:mem:")).matches("mem_-[0-9a-f]{8}");
    }

    @Test
    void theDataFolderIsMadeOrMadePrivateToItsUser(@TempDir Path dir) throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "a POSIX file system");
        Path made = dir.resolve("new/chargedesk");
        AppPaths.protect(made);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rwx------");

        Path existing = Files.createDirectory(dir.resolve("old"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        AppPaths.protect(existing);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rwx------");
    }
}
