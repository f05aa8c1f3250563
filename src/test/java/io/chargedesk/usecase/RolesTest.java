package io.chargedesk.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.access.AccessDenied;
import io.chargedesk.access.Actor;
import io.chargedesk.access.Permission;
import io.chargedesk.access.Role;
import io.chargedesk.access.SignIn;
import io.chargedesk.app.UseCases;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditEntry;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.AuditRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReceiptRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.RecordedSite;
import io.chargedesk.units.Money;
import io.chargedesk.usecase.port.AuditRecords;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles where the console and the command line share them, in the use cases: an attendant cannot change a tariff or
 * the settings or cancel a receipt, a manager signed in with the site's PIN can; and what they do is in the audit
 * trail.
 */
class RolesTest {

    private static final Instant T0 = Instant.parse("2026-05-06T08:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(30)));
    private Database db;
    private SiteConfig site;
    private UUID session;

    @BeforeEach
    void recordedSite() throws Exception {
        db = Database.open(dir.resolve("db").toString());
        site = RecordedSite.demo(db, T0.minus(Duration.ofDays(1)));
        session = RecordedSite.closedSession(db, UUID.randomUUID(), T0);
        Managers.pinSet(db, clock);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void anAttendantCannotChangeATariffAndAManagerCan() throws Exception {
        Tariff next = Tariff.perKwh("standard", clock.instant().plus(Duration.ofDays(7)), Money.of("0.55", "EUR"),
                new BigDecimal("19"));
        int versions = new TariffRepository(db).all().size();

        assertThatThrownBy(() -> editing(Managers.attendant(db, clock)).add(next)).isInstanceOf(AccessDenied.class)
                .hasMessageContaining("Only a manager may change tariffs");
        assertThat(new TariffRepository(db).all()).as("nothing changed").hasSize(versions);

        editing(Managers.manager(db, clock)).add(next);
        assertThat(new TariffRepository(db).all()).hasSize(versions + 1);
        assertThat(newest()).satisfies(e -> {
            assertThat(e.record().action()).isEqualTo(AuditAction.TARIFF_ADDED);
            assertThat(e.record().who()).isEqualTo(new Actor(Role.MANAGER, "Mara Manager"));
            assertThat(e.record().subject()).isEqualTo("standard");
        });
    }

    @Test
    void anAttendantCannotSaveSettingsAndAManagerCan() throws Exception {
        AtomicInteger saved = new AtomicInteger();
        SettingsChanges.Saving store = (yaml, source) -> saved.incrementAndGet();

        assertThatThrownBy(() -> new SettingsChanges(store, Managers.attendant(db, clock)).save("site: {}", "console"))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("change the settings");
        assertThat(saved).hasValue(0);

        new SettingsChanges(store, Managers.manager(db, clock)).save("site: {}", "console");
        assertThat(saved).hasValue(1);
        assertThat(newest().record().action()).isEqualTo(AuditAction.SETTINGS_SAVED);
    }

    @Test
    void anAttendantIssuesReceiptsButCannotCreditOneOrExportABatchAndAManagerCan() throws Exception {
        ReceiptService attendant = UseCases.receipts(db, clock, Managers.attendant(db, clock));
        ReceiptService.Issued receipt = attendant.receipt(session, ReceiptFormat.on(Layout.A4));
        assertThat(newest().record()).satisfies(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.RECEIPT_ISSUED);
            assertThat(r.who().role()).isEqualTo(Role.ATTENDANT);
            assertThat(r.subject()).isEqualTo(ReceiptDocument.formatNumber(receipt.document().number()));
        });

        assertThatThrownBy(() -> attendant.creditSession(session, ReceiptFormat.on(Layout.A4)))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("credit note");
        assertThatThrownBy(() -> attendant.saveIntoBatch(session, ReceiptFormat.on(Layout.A4),
                PdfOutput.folder(dir.resolve("batch")))).isInstanceOf(AccessDenied.class);
        assertThat(new ReceiptRepository(db).creditFor(receipt.document().number())).as("not cancelled").isEmpty();

        ReceiptService manager = UseCases.receipts(db, clock, Managers.manager(db, clock));
        ReceiptService.Issued credit = manager.creditSession(session, ReceiptFormat.on(Layout.A4));
        assertThat(newest().record()).satisfies(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.CREDIT_NOTE_ISSUED);
            assertThat(r.who().role()).isEqualTo(Role.MANAGER);
            assertThat(r.subject()).isEqualTo(ReceiptDocument.formatNumber(credit.document().number()));
            assertThat(r.details()).contains("cancels " + ReceiptDocument.formatNumber(receipt.document().number()));
        });
        assertThat(new AuditRepository(db).verify()).isEmpty();
    }

    @Test
    void aWrongPinIsRefusedAndTooManyLockSignInForAMinute() throws Exception {
        ManagerAccess access = Managers.access(db, clock);

        assertThat(access.signIn("Eve", "000000".toCharArray()).outcome()).isEqualTo(SignIn.Outcome.WRONG_PIN);
        assertThat(access.current().isManager()).isFalse();
        for (int i = 2; i < ManagerAccess.FREE_TRIES; i++) {
            assertThat(access.signIn("Eve", "000000".toCharArray()).triesLeft()).isEqualTo(ManagerAccess.FREE_TRIES - i);
        }
        assertThat(access.signIn("Eve", "000000".toCharArray()).outcome()).isEqualTo(SignIn.Outcome.LOCKED_OUT);
        assertThat(access.signIn("Mara", Managers.PIN.toCharArray()).outcome())
                .as("even the right PIN waits out the lock").isEqualTo(SignIn.Outcome.LOCKED_OUT);

        clock.advance(ManagerAccess.LOCKOUT);
        assertThat(access.signIn("Mara", Managers.PIN.toCharArray()).outcome()).isEqualTo(SignIn.Outcome.SIGNED_IN);
        assertThat(access.current()).isEqualTo(new Actor(Role.MANAGER, "Mara"));
    }

    @Test
    void aManagerIdleForTenMinutesIsSignedOutAndAManagersActionKeepsTheSignInAlive() throws Exception {
        ManagerAccess access = Managers.access(db, clock);
        access.signIn("Mara", Managers.PIN.toCharArray());

        clock.advance(ManagerAccess.IDLE.minusMinutes(1));
        access.require(Permission.CHANGE_TARIFFS);
        clock.advance(ManagerAccess.IDLE.minusMinutes(1));
        assertThat(access.current().isManager()).as("an action restarted the idle time").isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(access.current().isManager()).isFalse();
        assertThatThrownBy(() -> access.require(Permission.CHANGE_SETTINGS)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void theFirstPinIsAnyonesToSetButChangingItTakesTheManager() throws Exception {
        try (Database fresh = Database.open(dir.resolve("fresh").toString())) {
            ManagerAccess access = Managers.access(fresh, clock);
            assertThat(access.signIn("Mara", "123456".toCharArray()).outcome()).isEqualTo(SignIn.Outcome.NO_PIN_SET);
            assertThatThrownBy(() -> access.setPin("12".toCharArray())).hasMessageContaining("6 to 12 digits");

            access.setPin("123456".toCharArray());
            assertThatThrownBy(() -> access.setPin("654321".toCharArray())).isInstanceOf(AccessDenied.class);

            access.signIn("Mara", "123456".toCharArray());
            access.setPin("654321".toCharArray());
            assertThat(access.signIn("Mara", "123456".toCharArray()).outcome()).isEqualTo(SignIn.Outcome.WRONG_PIN);
            assertThat(new AuditRepository(fresh).entries(new AuditRecords.Query(Optional.empty(), Optional.empty(),
                    Optional.of(AuditAction.MANAGER_PIN_SET), 10))).hasSize(2);
        }
    }

    private TariffEditing editing(AuditLog audit) throws Exception {
        StoredTariffs pricing = UseCases.tariffs(db, clock);
        return new TariffEditing(new TariffRepository(db), new ReceiptRepository(db), pricing, site.site(), clock,
                () -> { }, audit);
    }

    private AuditEntry newest() throws Exception {
        List<AuditEntry> entries = new AuditRepository(db).entries(new AuditRecords.Query(Optional.empty(),
                Optional.empty(), Optional.empty(), 1));
        return entries.get(0);
    }
}
