package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditEntry;
import io.chargedesk.collector.BayActions;
import io.chargedesk.collector.Handover;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.store.AuditRepository;
import io.chargedesk.store.Database;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.AuditRecords;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session stopped by hand and a meter fault acknowledged at the console are in the audit trail. */
class AuditedBayActionsTest {

    private static final Instant T0 = Instant.parse("2026-05-06T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aManualStopAndAFaultAcknowledgementAreRecordedButAnOpenSessionIsNot() throws Exception {
        Session closed = new Session(UUID.randomUUID(), "A1", "1", T0, Optional.of(T0.plusSeconds(3600)),
                Energy.ofWattHours(0), Energy.ofWattHours(10_000), Power.ofWatts(11_000), Duration.ofHours(1),
                T0.plusSeconds(3600), false, Customer.NONE, Optional.of(EndReason.TIMEOUT), List.of(), List.of());
        BayActions collector = new BayActions() {
            @Override
            public CompletionStage<Session> openSession(String bayId, Customer customer) {
                return CompletableFuture.completedFuture(closed);
            }

            @Override
            public CompletionStage<Session> closeSession(String bayId) {
                return CompletableFuture.completedFuture(closed);
            }

            @Override
            public CompletionStage<Handover> endAndContinue(String bayId, Customer customer) {
                return CompletableFuture.completedFuture(new Handover(closed, closed));
            }

            @Override
            public CompletionStage<Session> annotate(String bayId, Customer customer) {
                return CompletableFuture.completedFuture(closed);
            }

            @Override
            public CompletionStage<Void> acknowledgeFault(String bayId) {
                return CompletableFuture.completedFuture(null);
            }
        };
        try (Database db = Database.open(dir.resolve("db").toString())) {
            MutableClock clock = new MutableClock(T0.plusSeconds(3600));
            BayActions audited = new AuditedBayActions(collector, Managers.attendant(db, clock), Runnable::run);

            audited.openSession("A1", Customer.NONE).toCompletableFuture().join();
            audited.closeSession("A1").toCompletableFuture().join();
            audited.acknowledgeFault("A2").toCompletableFuture().join();

            List<AuditEntry> entries = new AuditRepository(db).entries(new AuditRecords.Query(Optional.empty(),
                    Optional.empty(), Optional.empty(), 10));
            assertThat(entries).extracting(e -> e.record().action())
                    .containsExactly(AuditAction.FAULT_ACKNOWLEDGED, AuditAction.SESSION_STOPPED);
            assertThat(entries.get(1).record().subject()).isEqualTo(closed.id().toString());
            assertThat(entries.get(1).record().details()).contains("bay A1", "10000 Wh");
            assertThat(entries.get(0).record().subject()).isEqualTo("bay A2");
        }
    }
}
