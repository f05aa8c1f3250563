package io.chargedesk.store;

import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of a ChargeDesk database file: drawn at random when the database is made and kept beside it in
 * {@code NAME.password}, which only its owner may read. Every program of that user finds it there; no one else can
 * connect, not even through the port H2 opens for a second program (AUTO_SERVER). A database made before
 * ChargeDesk kept passwords (user {@code sa}, empty password) is given one by the first collector that holds it.
 */
final class DatabasePassword {

    private static final Logger LOG = LoggerFactory.getLogger(DatabasePassword.class);
    static final String USER = "sa";
    private static final String NONE = "";
    private static final int RANDOM_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {
    }

    /** {@code NAME.password} beside {@code NAME.mv.db}. */
    static Path fileOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".password");
    }

    /**
     * The password that opens the database at {@code database} (a path without {@code .mv.db}), made and kept if
     * the database is new; empty for a database from before passwords (see {@link #protect}).
     */
    static String of(Path database, String url) throws StoreException {
        Path file = fileOf(database);
        if (Files.exists(file)) {
            return read(file, database);
        }
        // A database without a password file is one from before passwords, or one whose file was lost: the first
        // connection tells (Database#firstConnection).
        return Files.exists(Path.of(database + ".mv.db")) ? NONE : keepNew(file, database);
    }

    /** Gives a database from before passwords, open on {@code c} without one, its password. */
    static String protect(Path database, Connection c) throws StoreException, SQLException {
        Path file = fileOf(database);
        String password = keepNew(file, database);
        setPassword(c, password);
        LOG.info("Database {} had no password; it now has one, kept in {}", database, file);
        return password;
    }

    /**
     * Finishes giving an older database its password when the password was kept but the program stopped before it
     * was set: the database still opens without one.
     *
     * @return whether that was the case and the database now has {@code password}
     */
    static boolean finishProtecting(String url, String password) throws StoreException {
        try (Connection old = withoutPassword(url)) {
            if (old != null) {
                setPassword(old, password);
            }
            return old != null;
        } catch (SQLException e) {
            throw cannotProtect(e);
        }
    }

    static boolean isWrongPassword(SQLException e) {
        return e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD;
    }

    /** Written before the database gets it: a program stopped in between leaves a password it can still find. */
    private static String keepNew(Path file, Path database) throws StoreException {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            OwnerOnly.createFile(file, (password + "\n").getBytes(StandardCharsets.US_ASCII));
            return password;
        } catch (FileAlreadyExistsException anotherProgramWasFaster) {
            return read(file, database);
        } catch (IOException e) {
            throw new StoreException("Cannot write the database's password file " + file + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk not full, or pass --db with another location.",
                    e);
        }
    }

    private static String read(Path file, Path database) throws StoreException {
        try {
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (password.isEmpty()) {
                throw new StoreException("The database's password file " + file + " is empty. Restore it from a "
                        + "backup of this folder, or ask the PC's administrator.", null);
            }
            return password;
        } catch (AccessDeniedException e) {
            throw new StoreException("This user may not read the password file " + file + " of the database "
                    + database + ".mv.db: it belongs to another user of this PC. Run ChargeDesk as that user, or ask "
                    + "the PC's administrator.", e);
        } catch (IOException e) {
            throw new StoreException("Cannot read the database's password file " + file + ": " + e.getMessage()
                    + ". Ask the PC's administrator.", e);
        }
    }

    /** A connection as {@code sa} without a password, or null if the database has one. */
    private static Connection withoutPassword(String url) throws StoreException {
        try {
            return DriverManager.getConnection(url, USER, NONE);
        } catch (SQLException e) {
            if (isWrongPassword(e)) {
                return null;
            }
            throw new StoreException("Cannot open the database " + url + ": " + Database.rootMessage(e), e);
        }
    }

    private static void setPassword(Connection c, String password) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER USER " + USER + " SET PASSWORD '" + password.replace("'", "''") + "'");
        }
    }

    private static StoreException cannotProtect(SQLException e) {
        return new StoreException("Cannot give the database its password: " + Database.rootMessage(e), e);
    }
}
