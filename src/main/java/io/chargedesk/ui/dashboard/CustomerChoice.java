package io.chargedesk.ui.dashboard;

import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.session.Customer;
import io.chargedesk.text.Messages;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the start and annotate dialog edits, without a window: the name, plate and note typed, the registered
 * customer chosen from those a search suggests (searched on the background executor), and the odometer reading,
 * read as the user writes numbers. Annotating a session, it opens with what the session is linked to. Used on the ui
 * thread only.
 */
public final class CustomerChoice {

    private final Messages text;
    private final DashboardViewModel.CustomerLinks links;
    private final Executor background;
    private final Executor ui;
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty plate = new SimpleStringProperty(this, "plate");
    private final StringProperty note = new SimpleStringProperty(this, "note");
    private final StringProperty odometer = new SimpleStringProperty(this, "odometer", "");
    private final ObjectProperty<Optional<CustomerAccount>> chosen =
            new SimpleObjectProperty<>(this, "chosen", Optional.empty());
    private final StringProperty searchProblem = new SimpleStringProperty(this, "searchProblem", "");
    private final StringProperty linkProblem = new SimpleStringProperty(this, "linkProblem", "");
    private final ObservableList<CustomerAccount> suggestions = FXCollections.observableArrayList();
    /** Counts the searches started, so the answer of one overtaken by a newer search is dropped. */
    private long searches;
    /** Whether the session had a link when the dialog opened: saving then replaces it, also with none. */
    private boolean linked;

    CustomerChoice(Messages text, Customer current, DashboardViewModel.CustomerLinks links, Executor background,
                   Executor ui) {
        this.text = text;
        this.links = links;
        this.background = background;
        this.ui = ui;
        name.set(current.name());
        plate.set(current.plate());
        note.set(current.note());
    }

    /**
     * Suggests the registered customers whose name, company or plate contains {@code typed}; a new search drops the
     * customer chosen before. A blank text suggests none: the whole register is no suggestion.
     */
    public void search(String typed) {
        long search = ++searches;
        chosen.set(Optional.empty());
        if (typed == null || typed.isBlank()) {
            suggestions.clear();
            searchProblem.set("");
            return;
        }
        background.execute(() -> {
            List<CustomerAccount> found;
            String problem;
            try {
                found = links.search(typed);
                problem = "";
            } catch (Exception e) {
                found = List.of();
                problem = text.get("dashboard.form.searchFailed", e.getMessage());
            }
            List<CustomerAccount> shown = found;
            String shownProblem = problem;
            ui.execute(() -> {
                if (search == searches) {
                    suggestions.setAll(shown);
                    searchProblem.set(shownProblem);
                }
            });
        });
    }

    /**
     * Reads what the session is linked to and shows it: the registered customer chosen and the odometer reading,
     * unless the attendant chose or typed another meanwhile. Until it is read, {@link #linkProblemProperty} says so
     * and the dialog cannot be saved, so saving never drops a link it has not shown.
     */
    void loadLink(UUID sessionId) {
        linkProblem.set(text.get("dashboard.form.linkLoading"));
        background.execute(() -> {
            try {
                Optional<SessionLink> link = links.linkOf(sessionId);
                Optional<CustomerAccount> customer = link.isEmpty() || link.get().customerId().isEmpty()
                        ? Optional.empty() : links.customer(link.get().customerId().getAsLong());
                ui.execute(() -> {
                    link.ifPresent(l -> show(l, customer));
                    linkProblem.set("");
                });
            } catch (Exception e) {
                ui.execute(() -> linkProblem.set(text.get("dashboard.form.linkUnreadable", e.getMessage())));
            }
        });
    }

    private void show(SessionLink link, Optional<CustomerAccount> customer) {
        linked = true;
        if (searches == 0 && chosen.get().isEmpty()) {
            chosen.set(customer);
        }
        if (odometer.get().isBlank()) {
            link.odometerKm().ifPresent(km -> odometer.set(NumberFormat.getIntegerInstance(text.locale()).format(km)));
        }
    }

    /** Unlinks the session from the registered customer chosen; the name and plate typed stay. */
    public void unlink() {
        chosen.set(Optional.empty());
    }

    /** Links the session to {@code customer} and fills in its name and first plate. */
    public void choose(CustomerAccount customer) {
        chosen.set(Optional.of(customer));
        name.set(customer.name());
        plate.set(customer.plates().isEmpty() ? "" : customer.plates().get(0));
    }

    /**
     * What keeps the odometer field from being a reading, naming the field; empty for a blank or a whole number of
     * kilometres in range, written with the user's digit grouping ("123,456" in English, "123.456" in German).
     */
    public Optional<String> odometerProblem() {
        try {
            odometerKm();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The answer as edited; only while the name, plate and note fit and {@link #odometerProblem} is empty. */
    public SessionCustomer answer() {
        return new SessionCustomer(new Customer(name.get(), plate.get(), note.get()),
                chosen.get().map(c -> OptionalLong.of(c.id())).orElse(OptionalLong.empty()), odometerKm(), linked);
    }

    private OptionalInt odometerKm() {
        String typed = odometer.get() == null ? "" : odometer.get().strip();
        if (typed.isEmpty()) {
            return OptionalInt.empty();
        }
        NumberFormat format = NumberFormat.getIntegerInstance(text.locale());
        format.setParseIntegerOnly(true);
        ParsePosition read = new ParsePosition(0);
        Number km = format.parse(typed, read);
        if (km == null || read.getIndex() != typed.length()) {
            throw new IllegalArgumentException(text.get("dashboard.form.odometerUnreadable", typed,
                    SessionLink.MAX_ODOMETER_KM));
        }
        if (!(km instanceof Long) || km.longValue() < 0 || km.longValue() > SessionLink.MAX_ODOMETER_KM) {
            throw new IllegalArgumentException(text.get("dashboard.form.odometerRange", typed,
                    SessionLink.MAX_ODOMETER_KM));
        }
        return OptionalInt.of(km.intValue());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty plateProperty() {
        return plate;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty odometerProperty() {
        return odometer;
    }

    /** The registered customer the session is linked to, if one was chosen. */
    public ReadOnlyObjectProperty<Optional<CustomerAccount>> chosenProperty() {
        return chosen;
    }

    /** While the session's link is read, or when it could not be: the dialog is not saved then. */
    public ReadOnlyStringProperty linkProblemProperty() {
        return linkProblem;
    }

    /** Why no customers are suggested, when the search failed. */
    public ReadOnlyStringProperty searchProblemProperty() {
        return searchProblem;
    }

    /** The registered customers matching the last search, by name. */
    public ObservableList<CustomerAccount> suggestions() {
        return suggestions;
    }
}
