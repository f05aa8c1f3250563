package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.access.Actor;
import io.chargedesk.access.Role;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditChain;
import io.chargedesk.audit.AuditEntry;
import io.chargedesk.audit.AuditRecord;
import io.chargedesk.usecase.port.AuditRecords;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail's hash chain in H2: an entry altered or removed behind the program's back (plain JDBC) is found and
 * named, and appends from several writers at once keep one chain.
 */
class AuditTrailTest {

    private static final Instant T0 = Instant.parse("2026-05-06T08:00:00.123Z");
    private static final Actor ANNA = new Actor(Role.MANAGER, "Anna Berg");

    @TempDir
    Path dir;

    @Test
    void anUntouchedChainVerifiesAndListsNewestFirst() throws Exception {
        try (Database db = Database.open(dir.resolve("db").toString())) {
            AuditRepository audit = appended(db, 5);

            assertThat(audit.verify()).isEmpty();
            assertThat(audit.count()).isEqualTo(5);
            List<AuditEntry> listed = audit.entries(new AuditRecords.Query(Optional.of(T0.plusSeconds(1)),
                    Optional.of(T0.plusSeconds(4)), Optional.empty(), 100));
            assertThat(listed).extracting(AuditEntry::seq).containsExactly(4L, 3L, 2L);
            assertThat(listed.get(0).record().at()).as("kept to the millisecond").isEqualTo(T0.plusSeconds(3));
            assertThat(audit.entries(new AuditRecords.Query(Optional.empty(), Optional.empty(),
                    Optional.of(AuditAction.TARIFF_ADDED), 100))).isEmpty();
        }
    }

    @Test
    void anEntryAlteredInTheDatabaseIsNamed() throws Exception {
        try (Database db = Database.open(dir.resolve("db").toString())) {
            AuditRepository audit = appended(db, 5);

            sql(db, "UPDATE audit_entry SET reason = 'customer asked nicely' WHERE seq = 3");

            assertThat(audit.verify()).hasValueSatisfying(b -> {
                assertThat(b.seq()).isEqualTo(3);
                assertThat(b.problem()).contains("altered");
            });
        }
    }

    @Test
    void anEntryAlteredWithItsHashRecomputedBreaksTheNextLink() throws Exception {
        try (Database db = Database.open(dir.resolve("db").toString())) {
            AuditRepository audit = appended(db, 5);
            AuditEntry third = audit.entries(new AuditRecords.Query(Optional.empty(), Optional.empty(),
                    Optional.empty(), 100)).stream().filter(e -> e.seq() == 3).findFirst().orElseThrow();
            AuditRecord forged = new AuditRecord(third.record().at(), third.record().who(), third.record().action(),
                    "000099", "", "");
            String hash = AuditChain.hash(3, forged, third.previousHash());

            sql(db, "UPDATE audit_entry SET subject = '000099', reason = '', details = '', entry_hash = '" + hash
                    + "' WHERE seq = 3");

            assertThat(audit.verify()).hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(4));
        }
    }

    @Test
    void anEntryDeletedFromTheMiddleOrTheEndIsNamed() throws Exception {
        try (Database db = Database.open(dir.resolve("db").toString())) {
            AuditRepository audit = appended(db, 5);

            sql(db, "DELETE FROM audit_entry WHERE seq = 5");
            assertThat(audit.verify()).as("the head still says 5").hasValueSatisfying(b -> {
                assertThat(b.seq()).isEqualTo(5);
                assertThat(b.problem()).contains("removed");
            });

            sql(db, "DELETE FROM audit_entry WHERE seq = 2");
            assertThat(audit.verify()).hasValueSatisfying(b -> {
                assertThat(b.seq()).isEqualTo(2);
                assertThat(b.problem()).contains("removed");
            });
        }
    }

    @Test
    void appendsFromSeveralWritersAtOnceKeepOneChain() throws Exception {
        int writers = 4;
        int each = 15;
        try (Database db = Database.open(dir.resolve("db").toString())) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<List<Long>>> done = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    // Each writer its own repository and connections, as consoles on one database have.
                    AuditRepository mine = new AuditRepository(db);
                    int writer = w;
                    Callable<List<Long>> work = () -> {
                        List<Long> seqs = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            seqs.add(mine.append(record(AuditAction.RECEIPT_ISSUED, "w" + writer + "-" + i,
                                    T0.plusSeconds(i))).seq());
                        }
                        return seqs;
                    };
                    done.add(pool.submit(work));
                }
                List<Long> all = new ArrayList<>();
                for (Future<List<Long>> f : done) {
                    all.addAll(f.get());
                }
                assertThat(all).as("every seq taken once").containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, (long) writers * each).boxed().toList());
            } finally {
                pool.shutdownNow();
            }
            AuditRepository audit = new AuditRepository(db);
            assertThat(audit.verify()).as("no fork: each entry links to the one before").isEmpty();
            assertThat(audit.count()).isEqualTo((long) writers * each);
        }
    }

    private static AuditRepository appended(Database db, int count) throws Exception {
        AuditRepository audit = new AuditRepository(db);
        for (int i = 0; i < count; i++) {
            audit.append(record(AuditAction.CREDIT_NOTE_ISSUED, String.format("%06d", i + 1), T0.plusSeconds(i)));
        }
        return audit;
    }

    private static AuditRecord record(AuditAction action, String subject, Instant at) {
        return new AuditRecord(at, ANNA, action, subject, "double charge\nsecond line", "session 1, total -4.90 EUR");
    }

    private static void sql(Database db, String statement) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
