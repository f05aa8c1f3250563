package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.usecase.ReceiptService;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.store.Database;
import io.chargedesk.testing.ChildJvm;
import io.chargedesk.testing.RecordedSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit that returned survives the process dying the instant after: a child JVM commits, prints what it
 * committed, and halts (no shutdown hook, no close); the database, reopened here, has all of it. H2's default
 * write delay of half a second lost the last commit.
 */
class DurableCommitTest {

    private static final Instant START = Instant.parse("2026-05-06T08:00:00Z");
    private static final int RECEIPTS = 8;

    @TempDir
    Path dir;

    @Test
    void everyCommitThatReturnedIsThereAfterTheProcessHalts() throws Exception {
        String db = dir.resolve("db").toString();
        assertThat(runChild(db, "rows", "20")).containsExactly("committed 20");

        try (Database reopened = Database.open(db); Connection c = reopened.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(n) FROM durability_probe")) {
            rs.next();
            assertThat(rs.getInt(1)).as("rows back after the halt").isEqualTo(20);
            assertThat(rs.getInt(2)).isEqualTo(20);
        }
    }

    @Test
    void aReceiptIssuedJustBeforeTheProcessDiesKeepsItsNumberAndTheNextFollowsIt() throws Exception {
        String db = dir.resolve("site").toString();
        List<UUID> sessions = new ArrayList<>();
        try (Database setup = Database.open(db)) {
            RecordedSite.demo(setup, START);
            for (int i = 0; i <= RECEIPTS; i++) {
                sessions.add(RecordedSite.closedSession(setup, UUID.randomUUID(), START.plus(Duration.ofHours(i))));
            }
        }

        // The first receipts warm the child up, so the last one returns within a few milliseconds of its commit.
        List<String> issued = new ArrayList<>(List.of("receipts"));
        sessions.subList(0, RECEIPTS).forEach(id -> issued.add(id.toString()));
        assertThat(runChild(db, issued.toArray(String[]::new))).hasSize(RECEIPTS)
                .endsWith("receipt " + RECEIPTS);

        try (Database reopened = Database.open(db)) {
            ReceiptService receipts = UseCases.receipts(reopened, Clock.systemUTC());
            assertThat(receipts.sessionsWithReceipt()).as("every printed receipt is stored")
                    .containsExactlyInAnyOrderElementsOf(sessions.subList(0, RECEIPTS));
            assertThat(receipts.receipt(sessions.get(RECEIPTS), ReceiptFormat.on(Layout.A4)).document().number())
                    .as("the next number follows the last one printed").isEqualTo(RECEIPTS + 1);
        }
    }

    /** What the child printed on standard output, line by line, once it has halted. */
    private List<String> runChild(String db, String... what) throws Exception {
        List<String> args = new ArrayList<>(List.of(db));
        args.addAll(List.of(what));
        Process child = new ProcessBuilder(ChildJvm.command(dir.resolve("home"), CommitThenHalt.class.getName(),
                args.toArray(String[]::new))).redirectError(dir.resolve("child.err").toFile()).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child halts").isTrue();
        assertThat(child.exitValue()).as("halted, not failed: " + out).isZero();
        return out.lines().toList();
    }
}
