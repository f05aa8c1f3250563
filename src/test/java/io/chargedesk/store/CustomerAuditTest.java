package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.access.AccessDenied;
import io.chargedesk.access.Role;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditEntry;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.testing.Managers;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.usecase.CustomerDesk;
import io.chargedesk.usecase.port.AuditRecords;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * A session's link to a customer and a bay's reservation for a fleet are written with their audit entry, in one
 * transaction: each change appends one entry naming what it was before, the same again appends none, and only a
 * manager reserves or releases a bay.
 */
@OnEveryDatabase
class CustomerAuditTest {

    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneOffset.UTC);

    @Parameter
    TestDatabase database;

    private Database db;
    private long juergen;
    private long anna;
    private Fleet hansen;

    @BeforeEach
    void open() throws StoreException {
        db = database.open();
        CustomerRepository customers = new CustomerRepository(db);
        hansen = customers.save(new Fleet(0, "Hansen Logistik", List.of(), List.of()));
        juergen = customers.save(CustomerAccount.draft("Jürgen Müller", "", List.of("HH-JM 4711"), "", "", "",
                OptionalLong.empty())).id();
        anna = customers.save(CustomerAccount.draft("Anna Berg", "", List.of(), "", "", "", OptionalLong.empty())).id();
    }

    /** Not opened where the PostgreSQL run was skipped. */
    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private CustomerDesk attendant() {
        return new CustomerDesk(new CustomerRepository(db), CLOCK, Managers.attendant(db, CLOCK));
    }

    private CustomerDesk manager() throws StoreException {
        return new CustomerDesk(new CustomerRepository(db), CLOCK, Managers.manager(db, CLOCK));
    }

    /** Oldest first. */
    private List<AuditEntry> entries(AuditAction action) throws StoreException {
        return new AuditRepository(db).entries(new AuditRecords.Query(Optional.empty(), Optional.empty(),
                Optional.of(action), 100)).stream().sorted(Comparator.comparingLong(AuditEntry::seq)).toList();
    }

    @Test
    void eachLinkAndChangeOfItIsAuditedWithWhatItWasAndTheSameLinkAgainIsNot() throws Exception {
        CustomerDesk desk = attendant();
        SessionLink first = new SessionLink(SESSION, OptionalLong.of(juergen), OptionalInt.of(48_213));
        SessionLink changed = new SessionLink(SESSION, OptionalLong.of(anna), OptionalInt.empty());

        assertThat(desk.link(first)).isTrue();
        assertThat(desk.link(first)).as("nothing changed").isFalse();
        assertThat(desk.link(changed)).isTrue();

        assertThat(desk.linkOf(SESSION)).contains(changed);
        List<AuditEntry> linked = entries(AuditAction.SESSION_LINKED);
        assertThat(linked).hasSize(2).allSatisfy(e -> {
            assertThat(e.record().subject()).isEqualTo(SESSION.toString());
            assertThat(e.record().who().role()).isEqualTo(Role.ATTENDANT);
            assertThat(e.record().at()).isEqualTo(CLOCK.instant());
        });
        assertThat(linked.get(0).record().details()).isEqualTo("customer " + juergen + " Jürgen Müller, odometer "
                + "48213 km; before: no link");
        assertThat(linked.get(1).record().details()).isEqualTo("customer " + anna + " Anna Berg, no odometer "
                + "reading; before: customer " + juergen + " Jürgen Müller, odometer 48213 km");
        assertThat(new AuditRepository(db).verify()).isEmpty();
    }

    @Test
    void onlyAManagerReservesABayAndEachReservationAndReleaseIsAudited() throws Exception {
        assertThatThrownBy(() -> attendant().reserve("A1", OptionalLong.of(hansen.id())))
                .isInstanceOf(AccessDenied.class)
                .hasMessageStartingWith("Only a manager may reserve a bay for a fleet or release it; nothing was "
                        + "changed.");
        assertThat(new CustomerRepository(db).fleets()).singleElement()
                .satisfies(f -> assertThat(f.bays()).isEmpty());
        assertThat(entries(AuditAction.BAY_RESERVED)).isEmpty();

        CustomerDesk manager = manager();
        assertThat(manager.reserve("A1", OptionalLong.of(hansen.id()))).isTrue();
        assertThat(manager.reserve("A1", OptionalLong.of(hansen.id()))).as("reserved so already").isFalse();
        assertThat(new CustomerRepository(db).fleets()).singleElement().satisfies(f -> assertThat(f.bays())
                .containsExactly(new Fleet.Reservation("A1", CLOCK.instant())));
        assertThat(manager.reserve("A1", OptionalLong.empty())).isTrue();

        assertThat(new CustomerRepository(db).fleets().get(0).bays()).isEmpty();
        List<AuditEntry> reserved = entries(AuditAction.BAY_RESERVED);
        assertThat(reserved).extracting(e -> e.record().subject() + ": " + e.record().details()).containsExactly(
                "bay A1: reserved for fleet " + hansen.id() + " Hansen Logistik; before: free",
                "bay A1: free; before: reserved for fleet " + hansen.id() + " Hansen Logistik");
        assertThat(reserved).allSatisfy(e -> assertThat(e.record().who().role()).isEqualTo(Role.MANAGER));
        assertThat(new AuditRepository(db).verify()).isEmpty();
    }

    @Test
    void aFleetThatIsNotStoredIsNamedAndNothingIsReservedOrAudited() throws Exception {
        assertThatThrownBy(() -> manager().reserve("A1", OptionalLong.of(999)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Fleet 999: there is no such fleet any more");
        assertThat(entries(AuditAction.BAY_RESERVED)).isEmpty();
    }
}
