package io.chargedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.UseCases;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.store.Database;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.RecordedSite;
import io.chargedesk.usecase.ReceiptService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code backup} and {@code restore}: a backup restores with every receipt byte-identical, or not at all. */
class BackupCommandTest {

    private static final Instant START = Instant.parse("2026-05-06T08:00:00Z");

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @Test
    void aRestoredBackupHasEveryReceiptByteIdentical() throws Exception {
        String db = dir.resolve("site").toString();
        List<byte[]> issued = issueReceipts(db, 3);

        assertThat(run("backup", "--db", db, "--to", dir.resolve("backups").toString())).isZero();
        Path zip = onlyBackup();
        assertThat(err.toString()).contains("Backed up", "(verified)");
        assertThat(run("restore", "--from", zip.toString(), "--db", dir.resolve("restored/site").toString()))
                .isZero();
        assertThat(err.toString()).contains("verifies: 3 receipts");

        try (Database restored = Database.open(dir.resolve("restored/site").toString())) {
            ReceiptService receipts = UseCases.receipts(restored, Clock.systemUTC());
            for (int number = 1; number <= 3; number++) {
                assertThat(RecordedSite.storedPdf(restored, number)).as("receipt %s", number)
                        .isEqualTo(issued.get(number - 1));
            }
            assertThat(receipts.sessionsWithReceipt()).hasSize(3);
        }
    }

    @Test
    void aBackupChangedAfterItWasTakenIsRefusedAndNothingIsRestored() throws Exception {
        String db = dir.resolve("site").toString();
        issueReceipts(db, 2);
        run("backup", "--db", db, "--to", dir.resolve("backups").toString());
        Path zip = onlyBackup();
        Path tampered = dir.resolve("tampered.zip");
        rewriteManifest(zip, tampered, "receipt.2=", "receipt.2=00");

        assertThat(run("restore", "--from", tampered.toString(), "--db", dir.resolve("restored/site").toString()))
                .isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("does not verify", "receipt 2");
        assertThat(dir.resolve("restored/site.mv.db")).doesNotExist();
        assertThat(run("restore", "--from", zip.toString(), "--check")).isZero();
    }

    @Test
    void aRestoreNeverOverwritesADatabase() throws Exception {
        String db = dir.resolve("site").toString();
        issueReceipts(db, 1);
        run("backup", "--db", db, "--to", dir.resolve("backups").toString());

        assertThat(run("restore", "--from", onlyBackup().toString(), "--db", db))
                .isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("There is a database at", "already");
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        String db = dir.resolve("site").toString();
        issueReceipts(db, 1);
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        // Older backups of this database, and a file of someone else's that must stay.
        Files.writeString(folder.resolve("site-20250101-000000Z.zip"), "old");
        Files.writeString(folder.resolve("site-20250102-000000Z.zip"), "old");
        Files.writeString(folder.resolve("notes.txt"), "keep me");

        assertThat(run("backup", "--db", db, "--to", folder.toString(), "--keep", "2")).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(3)
                    .contains("notes.txt", "site-20250102-000000Z.zip").doesNotContain("site-20250101-000000Z.zip");
        }
        assertThat(run("backup", "--db", db, "--to", folder.toString(), "--keep", "0"))
                .isEqualTo(ChargeDeskCommand.USER_ERROR);
        assertThat(err.toString()).contains("--keep");
    }

    private List<byte[]> issueReceipts(String db, int count) throws Exception {
        List<byte[]> pdfs = new ArrayList<>();
        try (Database database = Database.open(db)) {
            RecordedSite.demo(database, START);
            Managers.pinSet(database, Clock.systemUTC());
            ReceiptService receipts = UseCases.receipts(database, Clock.systemUTC());
            for (int i = 0; i < count; i++) {
                UUID id = RecordedSite.closedSession(database, UUID.randomUUID(), START.plus(Duration.ofHours(i)));
                receipts.receipt(id, ReceiptFormat.on(Layout.A4));
                pdfs.add(RecordedSite.storedPdf(database, i + 1));
            }
        }
        return pdfs;
    }

    private Path onlyBackup() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            List<Path> zips = files.filter(p -> p.toString().endsWith(".zip")).toList();
            assertThat(zips).hasSize(1);
            return zips.get(0);
        }
    }

    private static void rewriteManifest(Path from, Path to, String find, String replace) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith(".properties")) {
                    bytes = new String(bytes).replace(find, replace).getBytes();
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /** Runs a command as a manager's script does: the manager PIN in the environment. */
    private int run(String... args) {
        CommandLine cli = ChargeDeskCommand.commandLine(new ManagerPrompt(Map.of(ManagerPrompt.PIN, Managers.PIN),
                Optional.empty()));
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }
}
