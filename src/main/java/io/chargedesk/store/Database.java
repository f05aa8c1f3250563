package io.chargedesk.store;

import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ChargeDesk database: an H2 file (embedded, with AUTO_SERVER so the command line can read it
 * while the console runs) or any {@code jdbc:} URL, migrated by Flyway on open.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int OPEN_ATTEMPTS = 20;
    private static final Duration OPEN_RETRY_PAUSE = Duration.ofMillis(500);

    private final String url;
    private final JdbcDataSource dataSource;
    /**
     * Held open for the life of this object: H2 closes an embedded database when its last connection closes,
     * and reopening it on the next query costs a hundred milliseconds or more.
     */
    private Connection keepAlive;

    private Database(String url) {
        this.url = url;
        this.dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
    }

    /**
     * Opens (creating and migrating if need be) the database at {@code location}: a {@code jdbc:} URL,
     * or a file path without extension (H2 adds {@code .mv.db}; missing folders are created).
     */
    public static Database open(String location) throws StoreException {
        String url = toUrl(location);
        Database db = new Database(url);
        for (int attempt = 1; ; attempt++) {
            try {
                db.migrate();
                db.keepAlive = db.connect();
                return db;
            } catch (StoreException | SQLException e) {
                if (attempt >= OPEN_ATTEMPTS || !anotherProgramIsOpening(e)) {
                    throw e instanceof StoreException se ? se
                            : new StoreException("Cannot open the database " + url + ": " + e.getMessage(), e);
                }
                LOG.info("Database {} is being opened by another program; trying again", url);
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
    private static boolean anotherProgramIsOpening(Exception e) {
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

    /** Opens a database that must already exist: for exports, which should never create an empty one. */
    public static Database openExisting(String location) throws StoreException {
        if (!location.startsWith("jdbc:")) {
            Path file = Path.of(location.endsWith(".mv.db") ? location : location + ".mv.db");
            if (!Files.isRegularFile(file)) {
                throw new StoreException("There is no ChargeDesk database at " + file.toAbsolutePath()
                        + ". Give --db the path the collector or console uses (without .mv.db).", null);
            }
        }
        return open(location);
    }

    static String toUrl(String location) throws StoreException {
        if (location.startsWith("jdbc:")) {
            return location;
        }
        Path path = Path.of(location).toAbsolutePath();
        String name = path.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            path = path.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreException("Cannot create the database folder " + path.getParent() + ": " + e.getMessage()
                    + ". Check the path and permissions, or pass --db with another location.", e);
        }
        return "jdbc:h2:file:" + path + ";AUTO_SERVER=TRUE";
    }

    private void migrate() throws StoreException {
        try {
            var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Database {} migrated to version {}", url, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreException("Cannot open the database " + url + ": " + rootMessage(e)
                    + ". If another program holds it, close that program; if the disk is full, free space.", e);
        }
    }

    public String url() {
        return url;
    }

    /**
     * A connection; while another program opens the same file (a collector restarting after a crash takes over
     * the killed one's server), waits for it as {@link #open} does, instead of failing the query.
     */
    public Connection connect() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return dataSource.getConnection();
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
