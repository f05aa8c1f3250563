package io.chargedesk.ui.customers;

import io.chargedesk.customer.BillTo;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.ledger.StatementPeriod;
import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.text.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Customers screen: the register searched by name, company, card or plate; one customer edited (or a new
 * one typed) with each problem named while it is typed; fleets added; and a month's statement issued for the
 * customer or their fleet. Store and statement work runs on the background executor, results land on the UI one.
 */
public final class CustomersViewModel {

    /** The register as the screen needs it (the database in the app, a list in tests). */
    public interface Register {
        List<CustomerAccount> search(String text) throws Exception;

        List<Fleet> fleets() throws Exception;

        CustomerAccount save(CustomerAccount customer) throws Exception;

        Fleet save(Fleet fleet) throws Exception;
    }

    /** Issues a statement and says where its PDF was saved. */
    @FunctionalInterface
    public interface Statements {
        Path issue(BillTo billTo, StatementPeriod period) throws Exception;
    }

    /** How many past months the statement's month is chosen from. */
    public static final int MONTHS = 24;

    private final Register register;
    private final Statements statements;
    private final Executor background;
    private final Executor ui;
    private final Messages texts;
    private final ObservableList<CustomerAccount> customers = FXCollections.observableArrayList();
    private final ObservableList<Fleet> fleets = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<CustomerAccount> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty plates = new SimpleStringProperty(this, "plates", "");
    private final StringProperty card = new SimpleStringProperty(this, "card", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ObjectProperty<Fleet> fleet = new SimpleObjectProperty<>(this, "fleet");
    private final StringProperty newFleet = new SimpleStringProperty(this, "newFleet", "");
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanBinding invalid = Bindings.isEmpty(problems).not();
    /** A form nobody has started to fill in is not scolded; Save stays disabled all the same. */
    private final StringBinding shownProblems = Bindings.createStringBinding(() -> Stream.of(name, company, plates,
            card, email, address).allMatch(f -> f.get().isBlank()) ? "" : String.join("\n", problems), problems,
            name, company, plates, card, email, address);

    public CustomersViewModel(Register register, Statements statements, Clock clock, ZoneId zone,
                              Executor background, Executor ui, Locale locale) {
        this.register = register;
        this.statements = statements;
        this.background = background;
        this.ui = ui;
        this.texts = Messages.of(locale);
        // From the instant: the demo's sped-up clock has no zone of its own.
        YearMonth now = YearMonth.from(clock.instant().atZone(zone));
        IntStream.rangeClosed(1, MONTHS).mapToObj(now::minusMonths).forEach(months::add);
        month.set(months.get(0));
        List.of(name, company, plates, card, email, address).forEach(p -> p.addListener((o, a, b) -> check()));
        selected.addListener((o, was, chosen) -> show(chosen));
        check();
    }

    /** Reads the fleets and the customers matching the search again. */
    public void refresh() {
        String text = search.get();
        background.execute(() -> {
            try {
                List<Fleet> f = register.fleets();
                List<CustomerAccount> found = register.search(text);
                ui.execute(() -> {
                    fleets.setAll(f);
                    customers.setAll(found);
                });
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("customers.notDone", e.getMessage())));
            }
        });
    }

    /** Empties the form for a new customer. */
    public void newCustomer() {
        selected.set(null);
        show(null);
    }

    private void show(CustomerAccount c) {
        name.set(c == null ? "" : c.name());
        company.set(c == null ? "" : c.company());
        plates.set(c == null ? "" : String.join(", ", c.plates()));
        card.set(c == null ? "" : c.card());
        email.set(c == null ? "" : c.email());
        address.set(c == null ? "" : c.billingAddress());
        fleet.set(c == null || c.fleetId().isEmpty() ? null : fleets.stream()
                .filter(f -> f.id() == c.fleetId().getAsLong()).findFirst().orElse(null));
    }

    private static List<String> plateList(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private void check() {
        // The name, company and address print on receipts and statements: what the fonts cannot print is refused here.
        problems.setAll(CustomerAccount.reasons(name.get(), company.get(), plateList(plates.get()), card.get(),
                email.get(), address.get(), ReceiptFonts::unprintable).stream().map(texts::reason).toList());
    }

    /** Stores the customer in the form (new, or the one selected); a plate another customer has is named. */
    public void save() {
        if (invalid.get()) {
            return;
        }
        CustomerAccount current = selected.get();
        CustomerAccount typed = new CustomerAccount(current == null ? 0 : current.id(), name.get(), company.get(),
                plateList(plates.get()), card.get(), email.get(), address.get(),
                fleet.get() == null ? OptionalLong.empty() : OptionalLong.of(fleet.get().id()));
        background.execute(() -> {
            try {
                CustomerAccount stored = register.save(typed);
                List<CustomerAccount> found = register.search(search.get());
                ui.execute(() -> {
                    customers.setAll(found);
                    selected.set(found.stream().filter(c -> c.id() == stored.id()).findFirst().orElse(null));
                    message.set(texts.get("customers.saved", stored.name()));
                });
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("customers.notDone", e.getMessage())));
            }
        });
    }

    /** Adds a fleet of the name typed. */
    public void addFleet() {
        List<String> found = Fleet.reasons(newFleet.get(), List.of()).stream().map(texts::reason).toList();
        if (!found.isEmpty()) {
            message.set(texts.get("customers.notDone", String.join(" ", found)));
            return;
        }
        Fleet typed = new Fleet(0, newFleet.get(), List.of(), List.of());
        background.execute(() -> {
            try {
                Fleet stored = register.save(typed);
                List<Fleet> all = register.fleets();
                ui.execute(() -> {
                    fleets.setAll(all);
                    newFleet.set("");
                    message.set(texts.get("customers.fleetAdded", stored.name()));
                });
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("customers.notDone", e.getMessage())));
            }
        });
    }

    /** Issues the chosen month's statement of the selected customer. */
    public void customerStatement() {
        CustomerAccount c = selected.get();
        if (c != null) {
            statement(BillTo.of(c));
        }
    }

    /** Issues the chosen month's statement of the fleet chosen in the form. */
    public void fleetStatement() {
        Fleet f = fleet.get();
        if (f != null) {
            statement(BillTo.of(f));
        }
    }

    private void statement(BillTo billTo) {
        StatementPeriod period = StatementPeriod.month(month.get());
        message.set(texts.get("customers.statement.running", billTo.name()));
        background.execute(() -> {
            try {
                Path pdf = statements.issue(billTo, period);
                ui.execute(() -> message.set(texts.get("customers.statement.done", billTo.name(), pdf.toString())));
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("customers.notDone", e.getMessage())));
            }
        });
    }

    public ObservableList<CustomerAccount> customers() {
        return customers;
    }

    public ObservableList<Fleet> fleets() {
        return fleets;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    /** The problems as the form shows them, a line each: none while every field is empty. */
    public StringBinding shownProblems() {
        return shownProblems;
    }

    public BooleanBinding invalid() {
        return invalid;
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<CustomerAccount> selected() {
        return selected;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty company() {
        return company;
    }

    public StringProperty plates() {
        return plates;
    }

    public StringProperty card() {
        return card;
    }

    public StringProperty email() {
        return email;
    }

    public StringProperty address() {
        return address;
    }

    public ObjectProperty<Fleet> fleet() {
        return fleet;
    }

    public StringProperty newFleet() {
        return newFleet;
    }

    public ObjectProperty<YearMonth> month() {
        return month;
    }

    public StringProperty message() {
        return message;
    }
}
