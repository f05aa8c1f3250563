package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chargedesk.app.UseCases;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.testing.RecordedSite;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.usecase.ReceiptService;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL site backed up as the README says, with {@code pg_dump}, and restored with {@code psql}: the restored
 * database opens (its migrations validate) and every receipt is byte-identical. Skipped, saying why, without a server
 * or without PostgreSQL's client programs.
 */
class PgDumpBackupTest {

    private static final Instant START = Instant.parse("2026-05-06T08:00:00Z");

    @TempDir
    Path dir;

    private final TestDatabase postgres = TestDatabase.on(Database.Vendor.POSTGRESQL);

    @AfterEach
    void dropSchemas() throws Exception {
        postgres.close();
    }

    @Test
    void aPgDumpRestoresWithEveryReceiptByteIdentical() throws Exception {
        String site = postgres.newLocation();
        SortedMap<Long, String> receipts;
        try (Database db = postgres.open(site)) {
            RecordedSite.demo(db, START);
            ReceiptService service = UseCases.receipts(db, Clock.systemUTC());
            for (int i = 0; i < 3; i++) {
                service.receipt(RecordedSite.closedSession(db, UUID.randomUUID(), START.plus(Duration.ofHours(i))),
                        ReceiptFormat.on(Layout.A4));
            }
            try (Connection c = db.connect()) {
                receipts = Backups.receiptDigests(c);
            }
        }
        String restored = postgres.newLocation();
        String from = schemaOf(site);
        String to = schemaOf(restored);

        Path dump = dir.resolve("site.sql");
        run(List.of("pg_dump", "--no-owner", "--schema=" + from, "--file=" + dump), site);
        // Into another schema of the same test database: the dump names its schema everywhere, and the new one exists.
        String sql = Files.readString(dump, StandardCharsets.UTF_8).replace("CREATE SCHEMA " + from + ";", "")
                .replace(from, to);
        Files.writeString(dump, sql, StandardCharsets.UTF_8);
        run(List.of("psql", "--quiet", "--set=ON_ERROR_STOP=1", "--file=" + dump), restored);

        try (Database db = postgres.open(restored); Connection c = db.connect()) {
            assertThat(Backups.receiptDigests(c)).hasSize(3).isEqualTo(receipts);
            assertThat(Backups.rowCount(c, "charging_session")).isEqualTo(3);
        }
    }

    private static String schemaOf(String url) {
        return url.replaceFirst(".*currentSchema=([a-z0-9_]+).*", "$1");
    }

    /** Runs a PostgreSQL client program against the database of {@code url}, its credentials in the environment. */
    private static void run(List<String> command, String url) throws Exception {
        URI uri = URI.create(url.substring("jdbc:".length()));
        Map<String, String> query = new HashMap<>();
        for (String p : uri.getRawQuery().split("&")) {
            query.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PGHOST", uri.getHost());
        pb.environment().put("PGPORT", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()));
        pb.environment().put("PGDATABASE", uri.getPath().substring(1));
        pb.environment().put("PGUSER", query.getOrDefault("user", ""));
        pb.environment().put("PGPASSWORD", query.getOrDefault("password", ""));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            assumeTrue(false, command.get(0) + " is not installed (PostgreSQL's client programs): " + e.getMessage());
            return;
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    }
}
