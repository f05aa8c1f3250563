package io.chargedesk.store;

import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of a database file: H2's {@code BACKUP TO} copies it while the collector goes on writing; the copy
 * is opened, counted and its receipts hashed before it is kept, so a backup that exists is one that verified. A
 * backup zip holds the database file, its password file and {@link BackupManifest}; it is for its owner alone.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String MV_DB = ".mv.db";
    private static final String PASSWORD = ".password";

    private Backups() {
    }

    /**
     * Backs {@code db} up into {@code folder} as {@code NAME-yyyyMMdd-HHmmssZ.zip} and keeps only the newest
     * {@code keep} backups of that database there.
     */
    public static Path take(Database db, Path folder, Instant now, int keep) throws StoreException {
        Path file = db.file().orElseThrow(() -> new StoreException("Only a database file can be backed up here; "
                + "back a PostgreSQL database up with pg_dump (see the README).", null));
        String name = file.getFileName().toString();
        name = name.substring(0, name.length() - MV_DB.length());
        Path target = folder.resolve(name + "-" + STAMP.format(now) + ".zip");
        Path work = null;
        try {
            OwnerOnly.createFolders(folder);
            work = Files.createTempDirectory(folder, ".backup-");
            Path raw = work.resolve("h2.zip");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + raw.toString().replace("'", "''") + "'");
            }
            Path copy = work.resolve("copy");
            Path passwordFile = DatabasePassword.fileOf(file.resolveSibling(name));
            // A database from before passwords has none: it opens as sa without one.
            String password = Files.exists(passwordFile) ? Files.readString(passwordFile).strip() : "";
            unzip(raw, copy);
            Files.writeString(copy.resolve(name + PASSWORD), password + "\n");
            BackupManifest manifest = manifestOf(copy.resolve(name), password, now);
            Path zip = work.resolve("backup.zip");
            writeZip(zip, copy, manifest);
            OwnerOnly.restrict(zip);
            Files.move(zip, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up {} to {}: {} receipts", file, target, manifest.receipts().size());
            rotate(folder, name, keep);
            return target;
        } catch (IOException | SQLException e) {
            throw new StoreException("Cannot back up " + file + " to " + folder + ": " + Database.rootMessage(e)
                    + ". Check that the folder is writable and the disk not full.", e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Opens a copy of the backup and checks it against its manifest; the manifest when it holds. */
    public static BackupManifest verify(Path zip) throws StoreException {
        Path work = null;
        try {
            work = Files.createTempDirectory("chargedesk-verify-");
            return verifiedCopy(zip, work).manifest();
        } catch (IOException e) {
            throw unreadable(zip, e);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * Restores a verified backup as the database {@code target} (a path without {@code .mv.db}); refuses a
     * backup that does not verify, and a target that exists, so that nothing recorded is overwritten.
     */
    public static BackupManifest restore(Path zip, Path target) throws StoreException {
        Path database = Path.of(target + MV_DB);
        if (Files.exists(database)) {
            throw new StoreException("There is a database at " + database + " already. Restore to another --db, or "
                    + "move that database aside first.", null);
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("chargedesk-restore-");
            Verified verified = verifiedCopy(zip, work);
            OwnerOnly.createFolders(database.toAbsolutePath().getParent());
            OwnerOnly.createFile(Path.of(target + PASSWORD), Files.readAllBytes(verified.password()));
            OwnerOnly.createFile(database, new byte[0]);
            Files.copy(verified.database(), database, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Restored {} from {}", database, zip);
            return verified.manifest();
        } catch (IOException e) {
            throw unreadable(zip, e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Decides whether a restored database is kept (the manager's PIN of the site it holds); throwing refuses it. */
    @FunctionalInterface
    public interface Approval {
        void approve(Database restored) throws StoreException;
    }

    /**
     * As {@link #restore(Path, Path)}, then opens the restored database for {@code approval}: refused, its files are
     * removed again, and the target stays free.
     */
    public static BackupManifest restore(Path zip, Path target, Approval approval) throws StoreException {
        BackupManifest restored = restore(zip, target);
        try (Database db = Database.openExisting(target.toString())) {
            approval.approve(db);
        } catch (StoreException | RuntimeException e) {
            try {
                Files.deleteIfExists(Path.of(target + MV_DB));
                Files.deleteIfExists(Path.of(target + PASSWORD));
            } catch (IOException removing) {
                e.addSuppressed(removing);
            }
            throw e;
        }
        return restored;
    }

    private record Verified(BackupManifest manifest, Path database, Path password) {
    }

    private static Verified verifiedCopy(Path zip, Path work) throws StoreException, IOException {
        if (!Files.isRegularFile(zip)) {
            throw new StoreException("There is no backup at " + zip + ".", null);
        }
        unzip(zip, work);
        Path manifestFile = work.resolve(BackupManifest.ENTRY);
        List<Path> databases;
        try (Stream<Path> files = Files.list(work)) {
            databases = files.filter(p -> p.getFileName().toString().endsWith(MV_DB)).toList();
        }
        if (!Files.isRegularFile(manifestFile) || databases.size() != 1) {
            throw new StoreException("The file " + zip + " is not a ChargeDesk backup (it lacks its manifest or its "
                    + "database). Choose a backup the console or `backup` made.", null);
        }
        Path database = databases.get(0);
        String name = database.getFileName().toString();
        name = name.substring(0, name.length() - MV_DB.length());
        Path password = work.resolve(name + PASSWORD);
        BackupManifest expected = BackupManifest.parse(Files.readAllBytes(manifestFile));
        BackupManifest found;
        try {
            found = manifestOf(work.resolve(name), Files.isRegularFile(password)
                    ? Files.readString(password).strip() : "", expected.taken());
        } catch (SQLException e) {
            throw new StoreException("The backup " + zip + " does not verify: its database cannot be opened ("
                    + Database.rootMessage(e) + "). Choose another backup.", e);
        }
        var difference = expected.firstDifference(found);
        if (difference.isPresent()) {
            throw new StoreException("The backup " + zip + " does not verify: " + difference.get()
                    + ". It was changed or damaged after it was taken; choose another backup.", null);
        }
        return new Verified(expected, database, password);
    }

    private static BackupManifest manifestOf(Path database, String password, Instant taken) throws SQLException {
        // A private copy: opened without migrating or any other change, so that it is counted as it was copied.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + database + ";ACCESS_MODE_DATA=r",
                DatabasePassword.USER, password)) {
            SortedMap<String, Long> rows = new TreeMap<>();
            for (String table : tables(c)) {
                rows.put(table, rowCount(c, table));
            }
            return new BackupManifest(taken, schemaVersion(c), rows, receiptDigests(c));
        }
    }

    static long rowCount(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Each receipt's number and the SHA-256 of its stored document, PDF and evidence: what must never change. */
    static SortedMap<Long, String> receiptDigests(Connection c) throws SQLException {
        SortedMap<Long, String> receipts = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT number, document_json, pdf, evidence_text "
                + "FROM receipt ORDER BY number"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                receipts.put(rs.getLong(1), sha256(rs.getString(2), rs.getBytes(3), rs.getString(4)));
            }
        }
        return receipts;
    }

    /** The tables of the connection's schema, as the database spells their names. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), null, new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"version\" FROM "
                + "\"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    private static String sha256(String json, byte[] pdf, String evidence) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : new byte[][] {bytes(json), pdf == null ? new byte[0] : pdf, bytes(evidence)}) {
                digest.update(Long.toString(part.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    private static void writeZip(Path zip, Path folder, BackupManifest manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            z.write(manifest.bytes());
            z.closeEntry();
        }
    }

    /** Flat zips only: an entry with a folder or {@code ..} in its name is refused rather than written elsewhere. */
    private static void unzip(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                String entry = e.getName();
                if (entry.contains("/") || entry.contains("\\") || entry.startsWith(".")) {
                    throw new IOException("unexpected entry " + entry);
                }
                Files.copy(z, folder.resolve(entry));
            }
        }
    }

    private static void rotate(Path folder, String name, int keep) throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder)) {
            backups = files.filter(p -> p.getFileName().toString().matches(Pattern.quote(name)
                    + "-\\d{8}-\\d{6}Z\\.zip")).sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        }
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.delete(old);
            LOG.info("Removed the old backup {} (keeping {})", old, keep);
        }
    }

    private static StoreException unreadable(Path zip, IOException e) {
        return new StoreException("Cannot read the backup " + zip + ": " + e.getMessage()
                + ". Choose a backup the console or `backup` made.", e);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary folder {}: {}", folder, e.getMessage());
        }
    }
}
