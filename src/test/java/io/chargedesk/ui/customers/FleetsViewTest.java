package io.chargedesk.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.customer.Fleet;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.customers.FleetsViewModel.Bay;
import io.chargedesk.ui.customers.FleetsViewModel.BayReservation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fleet editor on screen, headless: a plate typed and added with Enter, one that is none named under the field
 * with *Add plate* disabled, Delete removing the plate selected, and a bay chosen in the table reserved and released.
 */
class FleetsViewTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    private final FxRobot robot = new FxRobot();
    private final List<Fleet> stored = new ArrayList<>();
    private final List<String> reserved = new ArrayList<>();

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** The store in memory, answering at once on the FX thread. */
    private final FleetsViewModel.Fleets store = new FleetsViewModel.Fleets() {
        @Override
        public List<Fleet> fleets() {
            return List.copyOf(stored);
        }

        @Override
        public Fleet save(Fleet fleet) {
            stored.replaceAll(f -> f.id() == fleet.id() ? fleet : f);
            return fleet;
        }

        @Override
        public void reserve(String bayId, OptionalLong fleetId) {
            reserved.add(bayId + " " + (fleetId.isPresent() ? fleetId.getAsLong() : "free"));
            stored.replaceAll(f -> new Fleet(f.id(), f.name(), f.plates(), fleetId.isPresent()
                    && fleetId.getAsLong() == f.id() ? List.of(new Fleet.Reservation(bayId,
                    Instant.parse("2026-11-15T10:00:00Z"))) : List.of()));
        }
    };

    @Test
    @SuppressWarnings("unchecked")
    void platesAreAddedAndRemovedByKeyboardAndABayIsReservedAndReleased() throws Exception {
        stored.add(new Fleet(1, "Hansen Logistik", List.of("HH-HL 1"), List.of()));
        ObservableList<Fleet> fleets = FXCollections.observableArrayList(stored);
        FleetsViewModel model = new FleetsViewModel(store, List.of(new Bay("A1", "Bay 1 (front)"),
                new Bay("A2", "Bay 2 (yard)")), fleets, ZoneId.of("Europe/Berlin"), Runnable::run, Runnable::run,
                Locale.ENGLISH);
        FxToolkit.setupSceneRoot(() -> new FleetsView(model, ENGLISH).node());
        FxToolkit.showStage();

        robot.interact(() -> robot.lookup("#fleets-fleet").queryAs(ComboBox.class).getSelectionModel().select(0));
        ListView<String> plates = robot.lookup("#fleets-plates").queryListView();
        assertThat(plates.getItems()).containsExactly("HH-HL 1");

        TextField plate = robot.lookup("#fleets-plate").queryAs(TextField.class);
        robot.interact(() -> plate.setText("HH_HL"));
        assertThat(robot.lookup("#fleets-plate-problem").queryAs(Label.class).getText())
                .startsWith("Plate \"HH_HL\": only letters, digits, blanks and hyphens");
        assertThat(robot.lookup("#fleets-add-plate").queryButton().isDisabled()).isTrue();

        robot.interact(() -> {
            plate.setText("hh-hl 22");
            plate.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> plates.getItems().size() == 2);
        assertThat(plates.getItems()).containsExactly("HH-HL 1", "HH-HL 22");
        assertThat(stored.get(0).plates()).containsExactly("HH-HL 1", "HH-HL 22");

        robot.interact(() -> {
            plates.requestFocus();
            plates.getSelectionModel().select("HH-HL 1");
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> plates.getItems().size() == 1);
        assertThat(stored.get(0).plates()).containsExactly("HH-HL 22");
        assertThat(robot.lookup("#fleets-fleet").queryAs(ComboBox.class).getValue())
                .as("still the fleet chosen, reloaded").isEqualTo(1L);

        TableView<BayReservation> bays = robot.lookup("#fleets-bays").queryTableView();
        Button release = robot.lookup("#fleets-release").queryButton();
        robot.interact(() -> bays.getSelectionModel().select(1));
        assertThat(release.isDisabled()).as("a free bay is not released").isTrue();
        robot.interact(() -> robot.lookup("#fleets-reserve").queryButton().fire());
        assertThat(reserved).containsExactly("A2 1");
        assertThat(bays.getItems()).extracting(BayReservation::fleet).containsExactly("free", "Hansen Logistik");

        robot.interact(() -> bays.getSelectionModel().select(1));
        assertThat(release.isDisabled()).isFalse();
        robot.interact(release::fire);
        assertThat(reserved).containsExactly("A2 1", "A2 free");
        assertThat(robot.lookup("#fleets-message").queryAs(Label.class).getText())
                .startsWith("Bay Bay 2 (yard) is free again");
    }
}
