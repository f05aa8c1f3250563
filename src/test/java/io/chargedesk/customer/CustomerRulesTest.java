package io.chargedesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every customer field bounded with a message naming it; the one rule of whose a session is. */
class CustomerRulesTest {

    @Test
    void platesAreLooseButBoundedAndMatchInAnySpelling() {
        assertThat(Plate.problem("HH-JM 4711")).isEmpty();
        assertThat(Plate.problem("ZH 123456")).isEmpty();
        assertThat(Plate.problem("HH_JM")).hasValueSatisfying(p -> assertThat(p).contains("only letters, digits"));
        assertThat(Plate.problem("-HH")).isPresent();
        assertThat(Plate.problem("ABCDEFGHIJ 123456")).hasValue("Plate \"ABCDEFGHIJ 123456\": 17 characters; at most 15.");
        assertThat(Plate.problem("  ")).hasValueSatisfying(p -> assertThat(p).startsWith("Plate: empty"));
        assertThat(Plate.key("hh jm-4711")).isEqualTo(Plate.key("HH-JM 4711")).isEqualTo("HHJM4711");
        assertThat(Plate.normal("  hh   jm 4711 ")).isEqualTo("HH JM 4711");
    }

    @Test
    void everyFieldThatDoesNotFitIsNamed() {
        assertThat(CustomerAccount.problems("", "x".repeat(201), List.of("OK 1", "B@D"), "04:A2 B3", "a@b",
                "line\nbreak")).containsExactly("Name: empty; type the customer's name.",
                "Company: 201 characters; at most 200.",
                "Billing address: has a line break at character 5; it must be one line.",
                "Card number: only letters, digits, colons and hyphens, as printed on the card or tag.",
                "E-mail \"a@b\": not an address; write it as name@example.com, or leave it empty.",
                "Plate \"B@D\": only letters, digits, blanks and hyphens, starting with a letter or digit, e.g. HH-JM 4711.");
        assertThatThrownBy(() -> CustomerAccount.draft(" ", "", List.of(), "", "", "", OptionalLong.empty()))
                .hasMessageStartingWith("Name: empty");
        assertThat(CustomerAccount.draft("Jürgen", "", List.of("hh-jm 4711", "HH JM-4711"), "", "", "",
                OptionalLong.empty()).plates()).as("the same plate once").containsExactly("HH-JM 4711");
        assertThat(CustomerAccount.problems("A", "", Collections.nCopies(21, "X 1"), "", "", ""))
                .containsExactly("Plates: 21; at most 20 a customer (group more in a fleet).");
    }

    @Test
    void anOdometerReadingIsWholeKilometresInRange() {
        assertThat(SessionLink.odometer("48.213")).hasValue(48_213);
        assertThat(SessionLink.odometer(" ")).isEmpty();
        assertThatThrownBy(() -> SessionLink.odometer("12 km")).hasMessageStartingWith("Odometer \"12 km\": type");
        assertThatThrownBy(() -> SessionLink.odometer("99999999")).hasMessageStartingWith("Odometer");
        assertThatThrownBy(() -> new SessionLink(UUID.randomUUID(), OptionalLong.empty(), OptionalInt.of(-1)))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> new Fleet(0, " ", List.of(), List.of())).hasMessageStartingWith("Fleet name: empty");
    }

    private static Session session(String bay, String start, String plate) {
        Instant from = Instant.parse(start);
        return new Session(UUID.randomUUID(), bay, "", from, Optional.of(from.plusSeconds(3600)), Energy.ofWattHours(0),
                Energy.ofWattHours(1000), Power.ofWatts(1000), Duration.ofHours(1), from.plusSeconds(3600), false,
                new Customer("", plate, ""), Optional.of(EndReason.TIMEOUT), List.of(), List.of());
    }

    @Test
    void aReservedBayWinsThenTheCustomersFleetThenTheFleetsPlates() {
        CustomerAccount anna = new CustomerAccount(1, "Anna", "", List.of("HH-AB 123"), "", "", "", OptionalLong.of(10));
        CustomerAccount bob = new CustomerAccount(2, "Bob", "", List.of("B-OB 1"), "", "", "", OptionalLong.empty());
        Fleet hansen = new Fleet(10, "Hansen", List.of(), List.of());
        Fleet taxi = new Fleet(20, "Taxi", List.of("B-OB 1", "T 9"),
                List.of(new Fleet.Reservation("T1", Instant.parse("2026-10-10T00:00:00Z"))));
        Session annaAtT1 = session("T1", "2026-10-12T08:00:00Z", "hh ab 123");
        Session annaBeforeReservation = session("T1", "2026-10-09T08:00:00Z", "HH-AB 123");
        Session bobs = session("A1", "2026-10-12T08:00:00Z", "B-OB 1");
        Session chosen = session("A1", "2026-10-12T08:00:00Z", "UNKNOWN 1");
        Attribution rule = new Attribution(List.of(anna, bob), List.of(hansen, taxi), Map.of(chosen.id(),
                new SessionLink(chosen.id(), OptionalLong.of(1), OptionalInt.empty())));

        assertThat(rule.customerOf(annaAtT1)).contains(anna);
        assertThat(rule.fleetOf(annaAtT1)).as("the bay reserved for Taxi").contains(taxi);
        assertThat(rule.fleetOf(annaBeforeReservation)).as("before the reservation: her own fleet").contains(hansen);
        assertThat(rule.fleetOf(bobs)).as("Bob has no fleet; his plate is Taxi's").contains(taxi);
        assertThat(rule.customerOf(chosen)).as("chosen in the console").contains(anna);
        assertThat(rule.belongsTo(chosen, BillTo.of(hansen))).isTrue();
        assertThat(rule.belongsTo(bobs, BillTo.of(bob))).isTrue();
        assertThat(rule.customerOf(session("A1", "2026-10-12T08:00:00Z", "X 1"))).isEmpty();
    }
}
