package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chargedesk.testing.OldDatabase;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.h2.engine.SysProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file is not on the network and not readable by other users: AUTO_SERVER's port on loopback only, a
 * generated password kept beside the database for its owner alone, files 0600 and a made folder 0700; a database
 * from before passwords is given one and keeps its data.
 */
class DatabaseProtectionTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHasAGeneratedPasswordAndFilesOnlyItsOwnerMayRead() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "a POSIX file system");
        Path base = dir.resolve("made/for/site");
        try (Database db = Database.open(base.toString())) {
            assertThat(db.file()).contains(Path.of(base + ".mv.db"));
            Path passwordFile = dir.resolve("made/for/site.password");
            String password = Files.readString(passwordFile).strip();
            assertThat(password).as("24 random bytes, URL-safe Base64").matches("[A-Za-z0-9_-]{32}");
            Database.open(dir.resolve("another").toString()).close();
            assertThat(Files.readString(dir.resolve("another.password")).strip()).isNotEqualTo(password);

            for (String file : List.of("made/for/site.password", "made/for/site.mv.db", "made/for/site.lock.db")) {
                assertThat(mode(dir.resolve(file))).as(file).isEqualTo("rw-------");
            }
            assertThat(mode(dir.resolve("made"))).as("a folder it made").isEqualTo("rwx------");
            assertThat(mode(dir.resolve("made/for"))).isEqualTo("rwx------");
            assertThat(Files.exists(dir.resolve("made/for/site.trace.db"))).as("H2 logs into our log").isFalse();

            assertThatThrownBy(() -> DriverManager.getConnection(db.url(), "sa", "").close())
                    .as("no empty password").hasMessageContaining("Wrong user name or password");
            try (Connection c = DriverManager.getConnection(db.url(), "sa", password)) {
                assertThat(c.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void theAutoServerPortListensOnThisPcOnly() throws Exception {
        try (Database db = Database.open(dir.resolve("site").toString())) {
            assertThat(SysProperties.BIND_ADDRESS).as("what H2 binds its server to").isEqualTo("127.0.0.1");
            Properties lock = new Properties();
            try (Reader r = Files.newBufferedReader(dir.resolve("site.lock.db"))) {
                lock.load(r);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("the address H2 gives other programs").startsWith("localhost:");
            int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));
            try (Socket local = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertThat(local.isConnected()).isTrue();
            }
            List<InetAddress> network = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLoopbackAddress()
                            && !a.isLinkLocalAddress()).toList();
            assumeFalse(network.isEmpty(), "this machine has a network address besides loopback");
            for (InetAddress address : network) {
                assertThatThrownBy(() -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(address, port), 2_000);
                    }
                }).as("port %d on %s", port, address).isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void aDatabaseFromBeforePasswordsIsReadAsItIsAndGivenAPasswordByTheCollector() throws Exception {
        String location = dir.resolve("old").toString();
        OldDatabase.make(location);

        try (Database export = Database.openExisting(location); Connection c = export.connect()) {
            assertThat(count(c)).isEqualTo(1);
        }
        assertThat(Files.exists(dir.resolve("old.password"))).as("opening changes nothing").isFalse();

        try (Database collector = Database.open(location)) {
            collector.protect();
            try (Connection c = collector.connect()) {
                assertThat(count(c)).as("the data is still there").isEqualTo(1);
            }
            assertThatThrownBy(() -> DriverManager.getConnection(collector.url(), "sa", "").close())
                    .hasMessageContaining("Wrong user name or password");
        }
        try (Database later = Database.openExisting(location); Connection c = later.connect()) {
            assertThat(count(c)).isEqualTo(1);
        }
    }

    @Test
    void aPasswordKeptJustBeforeAProgramStoppedIsStillSetOnTheNextOpen() throws Exception {
        String location = dir.resolve("old").toString();
        OldDatabase.make(location);
        Files.writeString(dir.resolve("old.password"), "kept-but-not-set\n");

        try (Database db = Database.open(location);
             Connection c = DriverManager.getConnection(db.url(), "sa", "kept-but-not-set")) {
            assertThat(count(c)).isEqualTo(1);
        }
    }

    @Test
    void aProtectedDatabaseWithoutItsPasswordFileSaysWhatToDo() throws Exception {
        String location = dir.resolve("site").toString();
        Database.open(location).close();
        Files.move(dir.resolve("site.password"), dir.resolve("elsewhere"));

        assertThatThrownBy(() -> Database.openExisting(location)).isInstanceOf(StoreException.class)
                .hasMessage("The database " + location + ".mv.db is protected by a password, but its password file "
                        + location + ".password is missing. Restore that file from a backup of this folder, or ask "
                        + "the PC's administrator.");

        Files.writeString(dir.resolve("site.password"), "not-its-password\n");
        assertThatThrownBy(() -> Database.open(location)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The password in " + location + ".password does not open the database")
                .hasMessageEndingWith("or ask the PC's administrator.");
    }

    @Test
    void aPasswordFileThisUserMayNotReadNamesItsOwner() throws Exception {
        String location = dir.resolve("site").toString();
        Database.open(location).close();
        Path passwordFile = dir.resolve("site.password");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(passwordFile), "a user who cannot read what is not theirs (not root)");

        assertThatThrownBy(() -> Database.openExisting(location)).isInstanceOf(StoreException.class)
                .hasMessageContaining("This user may not read the password file " + passwordFile)
                .hasMessageEndingWith("Run ChargeDesk as that user, or ask the PC's administrator.");
    }

    @Test
    void aJdbcUrlKeepsItsOwnCredentials() throws Exception {
        Path base = dir.resolve("site");
        Database.open(base.toString()).close();
        String password = Files.readString(dir.resolve("site.password")).strip();

        try (Database db = Database.open("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;USER=sa;PASSWORD=" + password);
             Connection c = db.connect()) {
            assertThat(c.isValid(1)).isTrue();
            assertThat(db.file()).isEmpty();
        }
        assertThatThrownBy(() -> Database.open("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE"))
                .isInstanceOf(StoreException.class).hasMessageContaining("Wrong user name or password");
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM site_settings")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
