package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.UseCases;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.RecordedSite;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.usecase.ReceiptService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Two consoles and the collector, each a program of its own on one database, issue receipts and credit notes at the
 * same moment: the numbers are 1..n with no gap and no duplicate, and each session has its one receipt.
 */
@OnEveryDatabase
class ConcurrentReceiptsTest {

    private static final Instant START = Instant.parse("2026-05-06T08:00:00Z");
    private static final int ISSUERS = 3;
    private static final int SESSIONS_EACH = 5;

    @Parameter
    TestDatabase database;

    @Test
    void twoConsolesAndACollectorIssuingAtOnceLeaveNoGapAndNoDuplicate() throws Exception {
        String location = database.newLocation();
        List<List<UUID>> sessions = new ArrayList<>();
        try (Database setUp = database.open(location)) {
            RecordedSite.demo(setUp, START);
            Managers.pinSet(setUp, Clock.systemUTC());
            for (int issuer = 0; issuer < ISSUERS; issuer++) {
                List<UUID> own = new ArrayList<>();
                for (int i = 0; i < SESSIONS_EACH; i++) {
                    own.add(RecordedSite.closedSession(setUp, UUID.randomUUID(),
                            START.plus(Duration.ofHours(issuer * SESSIONS_EACH + i))));
                }
                sessions.add(own);
            }
        }

        ExecutorService programs = Executors.newFixedThreadPool(ISSUERS);
        CountDownLatch ready = new CountDownLatch(ISSUERS);
        List<Future<List<Long>>> issued = new ArrayList<>();
        try {
            for (List<UUID> own : sessions) {
                Database db = database.open(location);
                // A manager at each desk: credit notes are a manager's.
                ReceiptService service = UseCases.receipts(db, Clock.systemUTC(),
                        Managers.manager(db, Clock.systemUTC()));
                issued.add(programs.submit(() -> {
                    ready.countDown();
                    ready.await();
                    List<Long> numbers = new ArrayList<>();
                    for (UUID session : own) {
                        numbers.add(service.receipt(session, ReceiptFormat.on(Layout.ROLL)).document().number());
                    }
                    // One credit note per program, racing the others' receipts.
                    numbers.add(service.creditSession(own.get(0), ReceiptFormat.on(Layout.ROLL)).document().number());
                    return numbers;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> numbers : issued) {
                all.addAll(numbers.get(5, TimeUnit.MINUTES));
            }

            int expected = ISSUERS * (SESSIONS_EACH + 1);
            assertThat(all).as("what the programs were told").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, expected).boxed().toList());
            try (Connection c = database.open(location).connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT number), "
                         + "COUNT(DISTINCT session_id) FROM receipt WHERE kind = 'receipt'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("receipts").isEqualTo(ISSUERS * SESSIONS_EACH);
                assertThat(rs.getLong(2)).as("distinct numbers").isEqualTo(ISSUERS * SESSIONS_EACH);
                assertThat(rs.getLong(3)).as("sessions with a receipt").isEqualTo(ISSUERS * SESSIONS_EACH);
            }
        } finally {
            programs.shutdownNow();
            assertThat(programs.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        }
    }
}
