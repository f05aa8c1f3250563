package io.chargedesk.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.Plate;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.ui.customers.FleetsViewModel.Bay;
import io.chargedesk.ui.customers.FleetsViewModel.BayReservation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fleet editor of the Customers screen without a window: plates added and removed (one that is none named with
 * its field, nothing stored), and every bay of the site shown with the fleet it is reserved for, reserved, moved and
 * released; a refused reservation says why and changes nothing.
 */
class FleetsViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-15T10:00:00Z");
    private static final Bay BAY_1 = new Bay("A1", "Bay 1 (front)");
    private static final Bay BAY_2 = new Bay("A2", "Bay 2 (yard)");

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    /** The fleets in memory, as the store keeps them: plates another fleet lists refused, bays reserved from now. */
    private static final class Memory implements FleetsViewModel.Fleets {
        final List<Fleet> fleets = new ArrayList<>();
        final List<String> reserved = new ArrayList<>();
        String refusal;

        @Override
        public List<Fleet> fleets() {
            return List.copyOf(fleets);
        }

        @Override
        public Fleet save(Fleet f) {
            for (String plate : f.plates()) {
                if (fleets.stream().anyMatch(o -> o.id() != f.id() && o.hasPlate(plate))) {
                    throw new IllegalArgumentException("Plate " + plate + ": already registered for another fleet");
                }
            }
            Fleet stored = f.id() == 0 ? new Fleet(fleets.size() + 1, f.name(), f.plates(), f.bays()) : f;
            fleets.removeIf(o -> o.id() == stored.id());
            fleets.add(stored);
            fleets.sort((a, b) -> a.name().compareTo(b.name()));
            return stored;
        }

        @Override
        public void reserve(String bayId, OptionalLong fleetId) {
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
            reserved.add(bayId + " " + (fleetId.isPresent() ? fleetId.getAsLong() : "free"));
            fleets.replaceAll(f -> new Fleet(f.id(), f.name(), f.plates(), f.bays().stream()
                    .filter(r -> !r.bayId().equals(bayId)).toList()));
            fleetId.ifPresent(id -> fleets.replaceAll(f -> f.id() != id ? f : new Fleet(f.id(), f.name(), f.plates(),
                    concat(f.bays(), new Fleet.Reservation(bayId, NOW)))));
        }

        private static List<Fleet.Reservation> concat(List<Fleet.Reservation> bays, Fleet.Reservation added) {
            List<Fleet.Reservation> all = new ArrayList<>(bays);
            all.add(added);
            return all;
        }
    }

    private final Memory memory = new Memory();
    private final ObservableList<Fleet> fleets = FXCollections.observableArrayList();
    private FleetsViewModel model;
    private Fleet hansen;
    private Fleet nord;

    @BeforeEach
    void build() {
        hansen = memory.save(new Fleet(0, "Hansen Logistik", List.of("HH-HL 1"), List.of()));
        nord = memory.save(new Fleet(0, "Nordtaxi", List.of("HH-NT 7"), List.of()));
        model = threads.build(() -> new FleetsViewModel(threads.offUi(FleetsViewModel.Fleets.class, memory),
                List.of(BAY_1, BAY_2), fleets, ZoneId.of("Europe/Berlin"), threads.background(), threads.ui(),
                Locale.ENGLISH));
        threads.onUi(model::refresh);
        threads.onUi(() -> model.fleet().set(fleets.get(0)));
    }

    private Fleet stored(long id) {
        return memory.fleets.stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aPlateTypedIsAddedAsThePlateRuleWritesItAndRemovedAgain() {
        assertThat(model.plates()).containsExactly("HH-HL 1");

        threads.onUi(() -> {
            model.plate().set(" hh-hl  22 ");
            model.addPlate();
        });

        assertThat(stored(hansen.id()).plates()).containsExactly("HH-HL 1", "HH-HL 22");
        assertThat(model.plates()).containsExactly("HH-HL 1", "HH-HL 22");
        assertThat(model.plate().get()).as("emptied for the next plate").isEmpty();
        assertThat(model.message().get()).isEqualTo("Plate HH-HL 22 added to the fleet Hansen Logistik.");

        threads.onUi(() -> model.removePlate("HH-HL 1"));

        assertThat(stored(hansen.id()).plates()).containsExactly("HH-HL 22");
        assertThat(model.plates()).containsExactly("HH-HL 22");
        assertThat(model.message().get()).isEqualTo("Plate HH-HL 1 removed from the fleet Hansen Logistik.");
    }

    @Test
    void aPlateThatIsNoneIsNamedWithItsFieldAndNothingIsStored() {
        threads.onUi(() -> model.plate().set("HH_JM 4711"));

        assertThat(model.plateProblem().get()).isEqualTo(Plate.problem("HH_JM 4711").orElseThrow())
                .startsWith("Plate \"HH_JM 4711\": only letters, digits, blanks and hyphens");
        assertThat(model.cannotAdd().get()).isTrue();

        threads.onUi(model::addPlate);

        assertThat(model.message().get()).startsWith("Not done: Plate \"HH_JM 4711\": only letters");
        assertThat(stored(hansen.id()).plates()).containsExactly("HH-HL 1");
    }

    @Test
    void aPlateListedAlreadyOrAnotherFleetsIsNamedAndNothingChanges() {
        threads.onUi(() -> {
            model.plate().set("hhhl1");
            model.addPlate();
        });
        assertThat(model.message().get()).isEqualTo("Plate HHHL1: the fleet Hansen Logistik lists it already.");

        threads.onUi(() -> {
            model.plate().set("HH-NT 7");
            model.addPlate();
        });
        assertThat(model.message().get()).isEqualTo("Not done: Plate HH-NT 7: already registered for another fleet");
        assertThat(stored(hansen.id()).plates()).containsExactly("HH-HL 1");
        assertThat(stored(nord.id()).plates()).containsExactly("HH-NT 7");
    }

    @Test
    void everyBayShowsByNameWithTheFleetItIsReservedForWhichIsReservedMovedAndReleased() {
        assertThat(model.reservations()).extracting(r -> r.bay().name() + ": " + r.fleet())
                .containsExactly("Bay 1 (front): free", "Bay 2 (yard): free");

        threads.onUi(() -> {
            model.bay().set(BAY_2);
            model.reserve();
        });

        assertThat(memory.reserved).containsExactly("A2 " + hansen.id());
        BayReservation yard = model.reservations().get(1);
        assertThat(yard.bay()).isEqualTo(BAY_2);
        assertThat(yard.fleetId()).hasValue(hansen.id());
        assertThat(yard.fleet()).isEqualTo("Hansen Logistik");
        assertThat(yard.since()).as("in the site's time: 11:00 in Berlin").contains("11/15/26").contains("11:00");
        assertThat(model.message().get()).isEqualTo("Bay Bay 2 (yard) is reserved for the fleet Hansen Logistik from "
                + "now on: every session starting there is billed to the fleet.");

        threads.onUi(() -> {
            model.fleet().set(fleets.stream().filter(f -> f.id() == nord.id()).findFirst().orElseThrow());
            model.reserve();
        });

        assertThat(model.reservations()).extracting(r -> r.bay().name() + ": " + r.fleet())
                .containsExactly("Bay 1 (front): free", "Bay 2 (yard): Nordtaxi");
        assertThat(model.message().get())
                .isEqualTo("Bay Bay 2 (yard) is reserved for the fleet Nordtaxi from now on, no longer for Hansen Logistik.");

        threads.onUi(() -> model.release(model.reservations().get(1)));

        assertThat(memory.reserved).containsExactly("A2 " + hansen.id(), "A2 " + nord.id(), "A2 free");
        assertThat(model.reservations()).extracting(BayReservation::fleet).containsExactly("free", "free");
        assertThat(model.message().get()).startsWith("Bay Bay 2 (yard) is free again, no longer reserved for Nordtaxi");
    }

    @Test
    void aRefusedReservationSaysWhyAndChangesNothing() {
        memory.refusal = "Only a manager may reserve a bay for a fleet or release it; nothing was changed.";

        threads.onUi(() -> {
            model.bay().set(BAY_1);
            model.reserve();
        });

        assertThat(model.message().get()).isEqualTo("Not done: " + memory.refusal);
        assertThat(model.reservations()).extracting(BayReservation::fleet).containsExactly("free", "free");
    }

    @Test
    void aBayReservedThatTheSiteNoLongerHasShowsByItsIdSoItCanBeReleased() {
        memory.reserve("B9", OptionalLong.of(nord.id()));
        threads.onUi(model::refresh);

        assertThat(model.reservations()).extracting(r -> r.bay().name() + ": " + r.fleet())
                .containsExactly("Bay 1 (front): free", "Bay 2 (yard): free", "B9: Nordtaxi");
    }
}
