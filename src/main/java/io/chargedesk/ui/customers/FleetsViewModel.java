package io.chargedesk.ui.customers;

import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.Plate;
import io.chargedesk.text.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The fleet editor of the Customers screen, without a window: the plates the chosen fleet lists, added (checked by
 * the one plate rule as typed) and removed; the site's bays by name with the fleet each is reserved for and since
 * when, reserved for the chosen fleet or released. Store work runs on the background executor; the fleets list is
 * the Customers screen's, so a fleet added there can be edited here at once.
 */
public final class FleetsViewModel {

    /** The fleets as the editor needs them (the database in the app, a list in tests). */
    public interface Fleets {
        List<Fleet> fleets() throws Exception;

        /** @throws IllegalArgumentException naming a plate another fleet lists */
        Fleet save(Fleet fleet) throws Exception;

        /**
         * Reserves the bay for the fleet from now on; an empty fleet releases it.
         *
         * @throws Exception saying who may, when the desk may not
         */
        void reserve(String bayId, OptionalLong fleetId) throws Exception;
    }

    /** A bay of the site: its id, as stored, and the name the site gives it, as shown. */
    public record Bay(String id, String name) {}

    /**
     * A row of the bays table: the bay, the fleet it is reserved for (empty: free), as shown: the fleet's name and
     * since when, in the site's time.
     */
    public record BayReservation(Bay bay, OptionalLong fleetId, String fleet, String since) {}

    private final Fleets store;
    private final List<Bay> bays;
    private final ObservableList<Fleet> fleets;
    private final ZoneId zone;
    private final Executor background;
    private final Executor ui;
    private final Messages texts;
    private final DateTimeFormatter sinceFormat;
    private final ObjectProperty<Fleet> fleet = new SimpleObjectProperty<>(this, "fleet");
    private final ObservableList<String> plates = FXCollections.observableArrayList();
    private final StringProperty plate = new SimpleStringProperty(this, "plate", "");
    private final StringProperty plateProblem = new SimpleStringProperty(this, "plateProblem", "");
    private final ObjectProperty<Bay> bay = new SimpleObjectProperty<>(this, "bay");
    private final ObservableList<BayReservation> reservations = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanBinding cannotAdd;

    /**
     * @param bays the site's bays, in the order it lists them
     * @param fleets the Customers screen's fleets, which this editor reloads after each change
     * @param zone the site's, in which a reservation's start is shown
     */
    public FleetsViewModel(Fleets store, List<Bay> bays, ObservableList<Fleet> fleets, ZoneId zone,
                           Executor background, Executor ui, Locale locale) {
        this.store = store;
        this.bays = List.copyOf(bays);
        this.fleets = fleets;
        this.zone = zone;
        this.background = background;
        this.ui = ui;
        this.texts = Messages.of(locale);
        this.sinceFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        fleet.addListener((o, was, chosen) -> plates.setAll(chosen == null ? List.of() : chosen.plates()));
        plate.addListener((o, was, typed) -> plateProblem.set(typed == null || typed.isBlank() ? ""
                : Plate.problem(typed).orElse("")));
        cannotAdd = Bindings.createBooleanBinding(() -> fleet.get() == null || plate.get() == null
                || plate.get().isBlank() || !plateProblem.get().isEmpty(), fleet, plate, plateProblem);
        fleets.addListener((ListChangeListener<Fleet>) change -> fleetsChanged());
        fleetsChanged();
    }

    /** The chosen fleet follows its stored self (its plates and bays as reloaded); every bay's row is shown anew. */
    private void fleetsChanged() {
        Fleet chosen = fleet.get();
        fleet.set(chosen == null ? null : fleets.stream().filter(f -> f.id() == chosen.id()).findFirst().orElse(null));
        Map<String, BayReservation> rows = new LinkedHashMap<>();
        bays.forEach(b -> rows.put(b.id(), new BayReservation(b, OptionalLong.empty(),
                texts.get("customers.fleets.free"), "")));
        for (Fleet f : fleets) {
            for (Fleet.Reservation r : f.bays()) {
                // A bay no longer in the site's settings still shows, by its id, so it can be released.
                Bay b = Optional.ofNullable(rows.get(r.bayId())).map(BayReservation::bay)
                        .orElse(new Bay(r.bayId(), r.bayId()));
                rows.put(r.bayId(), new BayReservation(b, OptionalLong.of(f.id()), f.name(), since(r.since())));
            }
        }
        reservations.setAll(rows.values());
    }

    private String since(Instant at) {
        return sinceFormat.format(at.atZone(zone));
    }

    /** Reads the fleets again. */
    public void refresh() {
        background.execute(() -> {
            try {
                List<Fleet> all = store.fleets();
                ui.execute(() -> fleets.setAll(all));
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("customers.notDone", e.getMessage())));
            }
        });
    }

    /** Adds the plate typed to the chosen fleet's; a plate that is none, or listed already, is named instead. */
    public void addPlate() {
        Fleet f = fleet.get();
        if (f == null) {
            message.set(texts.get("customers.fleets.chooseFleet"));
            return;
        }
        String typed = plate.get();
        Optional<String> problem = Plate.problem(typed);
        if (problem.isPresent()) {
            message.set(texts.get("customers.notDone", problem.get()));
            return;
        }
        String normal = Plate.normal(typed);
        if (f.hasPlate(normal)) {
            message.set(texts.get("customers.fleets.plateListed", normal, f.name()));
            return;
        }
        List<String> next = Stream.concat(f.plates().stream(), Stream.of(normal)).toList();
        List<String> problems = Fleet.problems(f.name(), next);
        if (!problems.isEmpty()) {
            message.set(texts.get("customers.notDone", String.join(" ", problems)));
            return;
        }
        save(new Fleet(f.id(), f.name(), next, f.bays()), () -> {
            plate.set("");
            message.set(texts.get("customers.fleets.plateAdded", normal, f.name()));
        });
    }

    /** Removes {@code removed} from the chosen fleet's plates. */
    public void removePlate(String removed) {
        Fleet f = fleet.get();
        if (f == null || removed == null) {
            return;
        }
        List<String> next = new ArrayList<>(f.plates());
        next.removeIf(p -> Plate.key(p).equals(Plate.key(removed)));
        save(new Fleet(f.id(), f.name(), next, f.bays()),
                () -> message.set(texts.get("customers.fleets.plateRemoved", removed, f.name())));
    }

    private void save(Fleet changed, Runnable done) {
        background.execute(() -> {
            try {
                store.save(changed);
                List<Fleet> all = store.fleets();
                ui.execute(() -> {
                    fleets.setAll(all);
                    done.run();
                });
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("customers.notDone", e.getMessage())));
            }
        });
    }

    /** Reserves the chosen bay for the chosen fleet from now on (a bay reserved for another fleet moves to this). */
    public void reserve() {
        Fleet f = fleet.get();
        Bay b = bay.get();
        if (f == null || b == null) {
            message.set(texts.get("customers.fleets.chooseBay"));
            return;
        }
        Optional<BayReservation> before = rowOf(b);
        String done = before.filter(r -> r.fleetId().isPresent() && r.fleetId().getAsLong() != f.id())
                .map(r -> texts.get("customers.fleets.moved", b.name(), f.name(), r.fleet()))
                .orElse(texts.get("customers.fleets.reserved", b.name(), f.name()));
        reserve(b, OptionalLong.of(f.id()), done);
    }

    /** Frees the bay of {@code row}: sessions starting there from now on are billed by customer or plate. */
    public void release(BayReservation row) {
        if (row == null || row.fleetId().isEmpty()) {
            message.set(texts.get("customers.fleets.alreadyFree", row == null ? "" : row.bay().name()));
            return;
        }
        reserve(row.bay(), OptionalLong.empty(), texts.get("customers.fleets.released", row.bay().name(),
                row.fleet()));
    }

    private Optional<BayReservation> rowOf(Bay b) {
        return reservations.stream().filter(r -> r.bay().id().equals(b.id())).findFirst();
    }

    private void reserve(Bay b, OptionalLong fleetId, String done) {
        background.execute(() -> {
            try {
                store.reserve(b.id(), fleetId);
                List<Fleet> all = store.fleets();
                ui.execute(() -> {
                    fleets.setAll(all);
                    message.set(done);
                });
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("customers.notDone", e.getMessage())));
            }
        });
    }

    public List<Bay> bays() {
        return bays;
    }

    public ObservableList<Fleet> fleets() {
        return fleets;
    }

    /** The fleet edited. */
    public ObjectProperty<Fleet> fleet() {
        return fleet;
    }

    /** The edited fleet's plates. */
    public ObservableList<String> plates() {
        return plates;
    }

    /** The plate typed, to add. */
    public StringProperty plate() {
        return plate;
    }

    /** What keeps the plate typed from being one, naming the field; empty for a blank or a plate. */
    public StringProperty plateProblem() {
        return plateProblem;
    }

    /** True while there is no fleet chosen or no plate typed to add. */
    public BooleanBinding cannotAdd() {
        return cannotAdd;
    }

    /** The bay to reserve for the edited fleet. */
    public ObjectProperty<Bay> bay() {
        return bay;
    }

    /** Every bay of the site, with the fleet it is reserved for, if any. */
    public ObservableList<BayReservation> reservations() {
        return reservations;
    }

    public StringProperty message() {
        return message;
    }
}
