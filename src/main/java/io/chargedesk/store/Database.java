package io.chargedesk.store;

import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.engine.SysProperties;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ChargeDesk database: an H2 file (embedded, with AUTO_SERVER so the command line can read it while the
 * console runs), an H2 {@code jdbc:} URL, or a PostgreSQL server's ({@link PostgresUrl}), migrated by Flyway on open
 * (the common migrations, then those of its vendor where the two must differ). A file database commits durably (see
 * {@link DurableConnection}), listens for other programs on this PC only, has a password kept beside it (see
 * {@link DatabasePassword}), and only its owner may read its files.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int OPEN_ATTEMPTS = 20;
    private static final Duration OPEN_RETRY_PAUSE = Duration.ofMillis(500);
    private static final String BIND_ADDRESS = "h2.bindAddress";
    private static final String MV_DB = ".mv.db";

    static {
        // AUTO_SERVER's port listens where this says; H2 reads it once, when it starts, so it is set before any H2
        // class runs. A site that wants its database on the network sets it itself (README, watching from a second PC).
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, InetAddress.getLoopbackAddress().getHostAddress());
        }
    }

    /** H2's own log goes to ours, leaving no trace file beside the data. */
    private static final String FILE_SETTINGS = ";AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=4";

    /** The database systems ChargeDesk runs on; {@link #folder} names their own migrations. */
    public enum Vendor {
        H2("h2"), POSTGRESQL("postgresql");

        private final String folder;

        Vendor(String folder) {
            this.folder = folder;
        }

        /**
         * Flyway's locations for this vendor: the common migrations ({@code db/migration}), which run on every vendor
         * as they are, and this vendor's versions of those that must differ ({@code db/vendor/NAME}).
         */
        public String[] migrationLocations() {
            return new String[] {"classpath:db/migration", "classpath:db/vendor/" + folder};
        }
    }

    private final String url;
    private final Vendor vendor;
    /** The database file without {@code .mv.db}; empty for a {@code jdbc:} URL. */
    private final Optional<Path> file;
    /** Empty for a database from before passwords until {@link #protect} gives it one. */
    private String password;
    private final String user;
    private DataSource dataSource;
    /**
     * Held open for the life of this object: H2 closes an embedded database when its last connection closes,
     * and reopening it on the next query costs a hundred milliseconds or more.
     */
    private Connection keepAlive;

    private Database(Vendor vendor, String url, Optional<Path> file, String user, String password) {
        this.vendor = vendor;
        this.url = url;
        this.file = file;
        this.user = user;
        this.password = password;
        this.dataSource = dataSource(vendor, url, user, password);
    }

    private static DataSource dataSource(Vendor vendor, String url, String user, String password) {
        if (vendor == Vendor.POSTGRESQL) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            return pg;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        return h2;
    }

    /**
     * Opens (creating and migrating if need be) the database at {@code location}: a {@code jdbc:} URL,
     * or a file path without extension (H2 adds {@code .mv.db}; missing folders are created). A PostgreSQL URL
     * without {@code user} and {@code password} takes them from the environment ({@link PostgresUrl}).
     */
    public static Database open(String location) throws StoreException {
        return open(location, System.getenv());
    }

    static Database open(String location, Map<String, String> env) throws StoreException {
        Database db = location.startsWith("jdbc:") ? withOwnCredentials(location, env) : inFile(location);
        for (int attempt = 1; ; attempt++) {
            try {
                db.keepAlive = db.firstConnection();
                db.migrate();
                db.restrictFiles();
                return db;
            } catch (StoreException | SQLException e) {
                db.close();
                if (attempt >= OPEN_ATTEMPTS || !db.anotherProgramIsOpening(e)) {
                    throw e instanceof StoreException se ? se : db.cannotOpen((SQLException) e);
                }
                LOG.info("Database {} is being opened by another program; trying again", db.url);
                sleep(OPEN_RETRY_PAUSE);
            }
        }
    }

    /**
     * Another process (console or collector) is opening the same file this very moment, or taking it over from one
     * that died (H2's AUTO_SERVER hands the file to whichever process opens it next). Each phrase is one moment of
     * that hand-over: H2 asks to retry, or another process won the race for the lock, or the lock names a server
     * that is not listening yet or has just gone, or the lock is taken and the new server's address not yet in it,
     * or two processes recovered the file of a killed one at the same instant (MVStore's "Concurrent update").
     */
    private boolean anotherProgramIsOpening(Exception e) {
        if (vendor != Vendor.H2) {
            return false;
        }
        String root = String.valueOf(fullMessage(e));
        return HAND_OVER.stream().anyMatch(root::contains);
    }

    private static final List<String> HAND_OVER = List.of("Lock file recently modified", "Another process was faster",
            "Connection refused", "Connection is broken", "Locked by another process", "Concurrent update");

    /** Every message down the chain of causes: H2 puts the phrase that matters in the outer one or the root. */
    private static String fullMessage(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getMessage()).append('\n');
        }
        return b.toString();
    }

    /**
     * Opens a database that holds nothing yet, not even ChargeDesk's tables, and migrates it: the target of a copy
     * ({@link SiteCopy}), which must never be mixed into records already there.
     */
    public static Database openNew(String location) throws StoreException {
        Database db = location.startsWith("jdbc:") ? withOwnCredentials(location, System.getenv()) : inFile(location);
        try {
            db.keepAlive = db.firstConnection();
            List<String> tables = Backups.tables(db.keepAlive);
            if (!tables.isEmpty()) {
                throw new StoreException("The database " + db.url + " is not empty: it has " + tables.size()
                        + " tables already (" + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                        + "). Copy into a new, empty database (for PostgreSQL: CREATE DATABASE … OWNER …), so that "
                        + "no records are mixed.", null);
            }
            db.migrate();
            db.restrictFiles();
            return db;
        } catch (SQLException e) {
            db.close();
            throw db.cannotOpen(e);
        } catch (StoreException e) {
            db.close();
            throw e;
        }
    }

    /** Opens a database that must already exist: for exports, which should never create an empty one. */
    public static Database openExisting(String location) throws StoreException {
        if (!location.startsWith("jdbc:")) {
            Path file = Path.of(location.endsWith(MV_DB) ? location : location + MV_DB);
            if (!Files.isRegularFile(file)) {
                throw new StoreException("There is no ChargeDesk database at " + file.toAbsolutePath()
                        + ". Give --db the path the collector or console uses (without .mv.db).", null);
            }
        }
        return open(location);
    }

    /** A file database: its folder made, its password found or made, its file made for its owner alone. */
    private static Database inFile(String location) throws StoreException {
        Path path = Path.of(location).toAbsolutePath();
        String name = path.getFileName().toString();
        if (name.endsWith(MV_DB)) {
            path = path.resolveSibling(name.substring(0, name.length() - MV_DB.length()));
        }
        try {
            OwnerOnly.createFolders(path.getParent());
        } catch (IOException e) {
            throw new StoreException("Cannot create the database folder " + path.getParent() + ": " + e.getMessage()
                    + ". Check the path and permissions, or pass --db with another location.", e);
        }
        if (!loopback(SysProperties.BIND_ADDRESS)) {
            LOG.warn("The database {} is open to other PCs on the network: h2.bindAddress is {}", path,
                    SysProperties.BIND_ADDRESS);
        }
        String url = "jdbc:h2:file:" + path + FILE_SETTINGS;
        String password = DatabasePassword.of(path, url);
        try {
            // Made here, so that not even its first bytes were ever readable by others (H2 takes an empty file).
            OwnerOnly.createFile(Path.of(path + MV_DB), new byte[0]);
        } catch (FileAlreadyExistsException existing) {
            // the usual case
        } catch (IOException e) {
            throw new StoreException("Cannot create the database file " + path + MV_DB + ": " + e.getMessage()
                    + ". Check the path and permissions, or pass --db with another location.", e);
        }
        return new Database(Vendor.H2, url, Optional.of(path), DatabasePassword.USER, password);
    }

    private static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * A {@code jdbc:} URL: PostgreSQL's with its own user and password parameters or the environment's, H2's with its
     * own USER and PASSWORD settings if it has them (else sa, no password).
     */
    private static Database withOwnCredentials(String location, Map<String, String> env) throws StoreException {
        if (PostgresUrl.matches(location)) {
            PostgresUrl pg = PostgresUrl.parse(location, env);
            return new Database(Vendor.POSTGRESQL, pg.url(), Optional.empty(), pg.user(), pg.password());
        }
        if (!location.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            throw new StoreException("ChargeDesk keeps its data in H2 or PostgreSQL, and "
                    + location.replaceFirst("[;?].*$", "") + " is neither. Give --db a file path, a jdbc:h2: URL or "
                    + "a jdbc:postgresql: URL.", null);
        }
        String user = DatabasePassword.USER;
        String password = "";
        StringBuilder url = new StringBuilder();
        for (String part : location.split(";")) {
            String upper = part.toUpperCase(Locale.ROOT);
            if (upper.startsWith("USER=")) {
                user = part.substring("USER=".length());
            } else if (upper.startsWith("PASSWORD=")) {
                password = part.substring("PASSWORD=".length());
            } else {
                url.append(url.isEmpty() ? "" : ";").append(part);
            }
        }
        return new Database(Vendor.H2, url.toString(), Optional.empty(), user, password);
    }

    /**
     * The first connection, which tells whether the password is right. Refused without one, the database has a
     * password but lost its file; refused with the kept one, it may be an older database whose password was kept
     * just before a program stopped: that is finished now.
     */
    private Connection firstConnection() throws SQLException, StoreException {
        try {
            return connect();
        } catch (SQLException e) {
            if (!DatabasePassword.isWrongPassword(e) || file.isEmpty()) {
                throw e;
            }
            Path passwordFile = DatabasePassword.fileOf(file.get());
            if (password.isEmpty()) {
                throw new StoreException("The database " + file.get() + MV_DB + " is protected by a password, but "
                        + "its password file " + passwordFile + " is missing. Restore that file from a backup of this "
                        + "folder, or ask the PC's administrator.", e);
            }
            if (DatabasePassword.finishProtecting(url, password)) {
                return connect();
            }
            throw new StoreException("The password in " + passwordFile + " does not open the database " + file.get()
                    + MV_DB + ". Restore the password file from a backup of this folder, or ask the PC's "
                    + "administrator.", e);
        }
    }

    /**
     * Takes away other users' access to the files H2 made or remade on this open (its lock file is new each time),
     * and to older databases' files.
     */
    private void restrictFiles() {
        if (file.isEmpty()) {
            return;
        }
        for (Path p : List.of(Path.of(file.get() + MV_DB), Path.of(file.get() + ".lock.db"),
                DatabasePassword.fileOf(file.get()))) {
            try {
                if (Files.exists(p)) {
                    OwnerOnly.restrict(p);
                }
            } catch (IOException e) {
                LOG.warn("Other users of this PC may still read {}: {}", p, e.toString());
            }
        }
    }

    /**
     * Gives a database file from before ChargeDesk kept passwords its password; does nothing to any other. Called
     * by a collector once it holds the lease, so that an older ChargeDesk still collecting into the database (an
     * upgrade while it ran) is not locked out of it.
     */
    public void protect() throws StoreException {
        if (file.isEmpty() || !password.isEmpty()) {
            return;
        }
        try (Connection c = connect()) {
            password = DatabasePassword.protect(file.get(), c);
            dataSource = dataSource(vendor, url, user, password);
        } catch (SQLException e) {
            throw new StoreException("Cannot give the database " + file.get() + MV_DB + " its password: "
                    + rootMessage(e), e);
        }
        restrictFiles();
    }

    /** The database file ({@code NAME.mv.db}); empty for a {@code jdbc:} URL. */
    public Optional<Path> file() {
        return file.map(p -> Path.of(p + MV_DB));
    }

    private void migrate() throws StoreException {
        try {
            var result = Flyway.configure().dataSource(dataSource).locations(vendor.migrationLocations())
                    .load().migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Database {} migrated to version {}", url, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreException("Cannot open the database " + url + ": " + rootMessage(e)
                    + ". If another program holds it, close that program; if the disk is full, free space.", e);
        }
    }

    /** The URL, without a password: safe to log and show. */
    public String url() {
        return url;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** Why the database did not open, and for a server what to check. */
    private StoreException cannotOpen(SQLException e) {
        String hint = vendor == Vendor.POSTGRESQL ? ". Check that the PostgreSQL server runs and this PC may reach "
                + "it (its pg_hba.conf), and the user and password (the URL's user and password parameters, or "
                + PostgresUrl.USER_VARIABLE + " and " + PostgresUrl.PASSWORD_VARIABLE + ")" : "";
        return new StoreException("Cannot open the database " + url + ": " + e.getMessage() + hint, e);
    }

    /**
     * A connection; while another program opens the same file (a collector restarting after a crash takes over
     * the killed one's server), waits for it as {@link #open} does, instead of failing the query. For a database
     * file, what it commits is in the file when the commit, or the closing of the connection, returns.
     */
    public Connection connect() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                Connection c = dataSource.getConnection();
                return file.isPresent() ? DurableConnection.of(c) : c;
            } catch (SQLException e) {
                if (attempt >= OPEN_ATTEMPTS || !anotherProgramIsOpening(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(OPEN_RETRY_PAUSE.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Lets H2 close the database once no other connection uses it. */
    @Override
    public void close() {
        try {
            if (keepAlive != null) {
                keepAlive.close();
                keepAlive = null;
            }
        } catch (SQLException e) {
            LOG.warn("Closing the database {}: {}", url, e.getMessage());
        }
    }

    private static void sleep(Duration pause) throws StoreException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the database", e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
