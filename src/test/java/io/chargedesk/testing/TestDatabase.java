package io.chargedesk.testing;

import io.chargedesk.store.Database;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A database vendor for a test that runs on each ({@link OnEveryDatabase}): every {@link #newLocation} is a fresh,
 * empty database, an H2 file in a folder of its own or a schema of its own on the PostgreSQL server named by
 * {@code CHARGEDESK_TEST_PG_URL} (default {@value #DEFAULT_PG_URL}, user and password chargedesk); all of them are
 * removed when the test class is done with this vendor. Where no PostgreSQL server answers, a test asking for one is
 * skipped, saying why.
 */
public final class TestDatabase implements AutoCloseable {

    static final String DEFAULT_PG_URL =
            "jdbc:postgresql://localhost:5432/chargedesk_test?user=chargedesk&password=chargedesk";

    private final Database.Vendor vendor;
    private final List<Database> opened = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();

    private TestDatabase(Database.Vendor vendor) {
        this.vendor = vendor;
    }

    /** For a test of one vendor only; {@link OnEveryDatabase} gives the others theirs. */
    public static TestDatabase on(Database.Vendor vendor) {
        return new TestDatabase(vendor);
    }

    public Database.Vendor vendor() {
        return vendor;
    }

    /** A fresh, empty database's {@code --db}: a file path for H2, a URL with its own schema for PostgreSQL. */
    public String newLocation() {
        if (vendor == Database.Vendor.H2) {
            try {
                Path folder = Files.createTempDirectory("chargedesk-h2-");
                folders.add(folder);
                return folder.resolve("db").toString();
            } catch (IOException e) {
                throw new IllegalStateException("cannot make a temporary folder", e);
            }
        }
        PostgresServer server = PostgresServer.answering();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        server.execute("CREATE SCHEMA " + schema);
        schemas.add(schema);
        return server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * A fresh, empty database's JDBC URL with its user and password, for a test that connects without
     * {@link Database} (no migration, no password file).
     */
    public String newUrl() {
        String location = newLocation();
        return vendor == Database.Vendor.H2 ? "jdbc:h2:file:" + location + ";USER=sa;PASSWORD=" : location;
    }

    /** Opens (and migrates) a fresh, empty database; closed with this. */
    public Database open() throws StoreException {
        return open(newLocation());
    }

    /** Opens the database at a location made by {@link #newLocation}; closed with this. */
    public Database open(String location) throws StoreException {
        Database db = Database.open(location);
        opened.add(db);
        return db;
    }

    @Override
    public void close() throws IOException {
        opened.forEach(Database::close);
        for (String schema : schemas) {
            PostgresServer.answering().execute("DROP SCHEMA " + schema + " CASCADE");
        }
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public String toString() {
        return vendor == Database.Vendor.H2 ? "H2" : "PostgreSQL";
    }

    /** The test server, looked for once per run. */
    public record PostgresServer(String url) {

        private static final Optional<String> UNAVAILABLE = reachable();

        /** The server's URL; skips the test, saying why, where none answers. */
        public static PostgresServer answering() {
            Assumptions.assumeTrue(UNAVAILABLE.isEmpty(), () -> UNAVAILABLE.orElse(""));
            return new PostgresServer(configuredUrl());
        }

        static String configuredUrl() {
            String env = System.getenv("CHARGEDESK_TEST_PG_URL");
            return env == null || env.isBlank() ? DEFAULT_PG_URL : env;
        }

        private static Optional<String> reachable() {
            DriverManager.setLoginTimeout(10);
            try (Connection c = DriverManager.getConnection(configuredUrl())) {
                return Optional.empty();
            } catch (SQLException e) {
                String shown = configuredUrl().replaceFirst("(?i)password=[^&]*", "password=…");
                return Optional.of("No PostgreSQL server answers at " + shown + " (" + e.getMessage() + "); set "
                        + "CHARGEDESK_TEST_PG_URL, or start one as .ci/run does, to run the PostgreSQL variants.");
            }
        }

        /** Runs one statement as the test user, outside any schema of a test. */
        public void execute(String sql) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql.toLowerCase(Locale.ROOT) + ": " + e.getMessage(), e);
            }
        }
    }
}
