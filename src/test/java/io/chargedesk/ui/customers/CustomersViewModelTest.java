package io.chargedesk.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.customer.BillTo;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.ledger.StatementPeriod;
import io.chargedesk.testing.TestThreads;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Customers screen without a window: search, a customer typed with its problems named, fleets, statements. */
class CustomersViewModelTest {

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    /** The register in memory; a plate registered twice is refused as the store refuses it. */
    private static final class Memory implements CustomersViewModel.Register, CustomersViewModel.Statements {
        final List<CustomerAccount> customers = new ArrayList<>();
        final List<Fleet> fleets = new ArrayList<>();
        final List<String> issued = new ArrayList<>();

        @Override
        public List<CustomerAccount> search(String text) {
            return customers.stream().filter(c -> c.name().contains(text) || c.plates().stream()
                    .anyMatch(p -> p.replace(" ", "").replace("-", "").contains(text.toUpperCase(Locale.ROOT))))
                    .toList();
        }

        @Override
        public List<Fleet> fleets() {
            return List.copyOf(fleets);
        }

        @Override
        public CustomerAccount save(CustomerAccount c) {
            for (String plate : c.plates()) {
                if (customers.stream().anyMatch(o -> o.id() != c.id() && o.hasPlate(plate))) {
                    throw new IllegalArgumentException("Plate " + plate + ": already registered for another customer");
                }
            }
            CustomerAccount stored = c.id() == 0 ? c.withId(customers.size() + 1) : c;
            customers.removeIf(o -> o.id() == stored.id());
            customers.add(stored);
            return stored;
        }

        @Override
        public Fleet save(Fleet f) {
            Fleet stored = new Fleet(fleets.size() + 1, f.name(), f.plates(), f.bays());
            fleets.add(stored);
            return stored;
        }

        @Override
        public Path issue(BillTo billTo, StatementPeriod period) {
            issued.add(billTo.kind() + " " + billTo.name() + " " + period.from() + ".." + period.to());
            return Path.of("statements", "statement-ST-2026-0001.pdf");
        }
    }

    private final Memory memory = new Memory();
    private CustomersViewModel model;

    @BeforeEach
    void build() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneId.of("UTC"));
        model = threads.build(() -> new CustomersViewModel(
                threads.offUi(CustomersViewModel.Register.class, memory),
                threads.offUi(CustomersViewModel.Statements.class, memory), clock, ZoneId.of("Europe/Berlin"),
                threads.background(), threads.ui(), Locale.ENGLISH));
    }

    @Test
    void inGermanEachProblemIsNamedInGermanAndAnAddressReceiptsCannotPrintIsRefused() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneId.of("UTC"));
        CustomersViewModel german = threads.build(() -> new CustomersViewModel(
                threads.offUi(CustomersViewModel.Register.class, memory),
                threads.offUi(CustomersViewModel.Statements.class, memory), clock, ZoneId.of("Europe/Berlin"),
                threads.background(), threads.ui(), Locale.GERMANY));
        threads.onUi(() -> {
            german.plates().set("HH_JM");
            german.address().set("Kaiweg 1 🚗 Hamburg");
        });

        assertThat(german.problems()).containsExactly("Name: leer; geben Sie den Namen des Kunden ein.",
                "Rechnungsanschrift: 🚗 (U+1F697) kann nicht auf eine Quittung gedruckt werden; bitte weglassen.",
                "Kennzeichen „HH_JM“: nur Buchstaben, Ziffern, Leerzeichen und Bindestriche, beginnend mit einem "
                        + "Buchstaben oder einer Ziffer, z. B. HH-JM 4711.");
        assertThat(german.invalid().get()).isTrue();
    }

    @Test
    void aBlankNewFormShowsNoProblemsYetButCannotBeSaved() {
        threads.onUi(model::newCustomer);

        assertThat(model.shownProblems().get()).as("nobody has typed yet").isEmpty();
        assertThat(model.invalid().get()).isTrue();

        threads.onUi(() -> model.email().set("juergen.example"));

        assertThat(model.shownProblems().get()).contains("Name: empty", "E-mail \"juergen.example\": not an address");
    }

    @Test
    void eachProblemIsNamedWhileTypedAndSavingIsRefusedUntilTheyAreGone() {
        threads.onUi(() -> {
            model.plates().set("HH-JM 4711, HH_JM");
            model.email().set("juergen.example");
        });

        assertThat(model.problems()).anySatisfy(p -> assertThat(p).startsWith("Name: empty"))
                .anySatisfy(p -> assertThat(p).startsWith("Plate \"HH_JM\": only letters, digits"))
                .anySatisfy(p -> assertThat(p).startsWith("E-mail \"juergen.example\": not an address"));
        assertThat(model.invalid().get()).isTrue();

        threads.onUi(() -> {
            model.name().set("Jürgen Müller");
            model.plates().set("hh-jm 4711");
            model.email().set("jm@hansen.example");
            model.save();
        });

        assertThat(model.problems()).isEmpty();
        assertThat(memory.customers).singleElement().satisfies(c -> {
            assertThat(c.plates()).containsExactly("HH-JM 4711");
            assertThat(c.email()).isEqualTo("jm@hansen.example");
        });
        assertThat(model.message().get()).isEqualTo("Saved customer Jürgen Müller.");
    }

    @Test
    void aPlateOfAnotherCustomerIsNamedAndNothingChanges() {
        memory.save(CustomerAccount.draft("Anna Berg", "", List.of("HH-AB 123"), "", "", "", OptionalLong.empty()));
        threads.onUi(() -> {
            model.name().set("Someone");
            model.plates().set("hh ab-123");
            model.save();
        });

        assertThat(model.message().get()).startsWith("Not done: Plate HH AB-123: already registered");
        assertThat(memory.customers).hasSize(1);
    }

    @Test
    void searchFindsByPlateAndAFleetsMonthIsIssuedForLastMonthByDefault() {
        memory.save(CustomerAccount.draft("Anna Berg", "", List.of("HH-AB 123"), "", "", "", OptionalLong.of(1)));
        threads.onUi(() -> {
            model.newFleet().set("Hansen Logistik");
            model.addFleet();
        });
        threads.onUi(() -> {
            model.search().set("hhab");
            model.refresh();
        });
        threads.onUi(() -> model.selected().set(model.customers().get(0)));

        assertThat(model.fleet().get().name()).isEqualTo("Hansen Logistik");
        assertThat(model.month().get()).isEqualTo(YearMonth.of(2026, 10));
        threads.onUi(model::fleetStatement);
        threads.onUi(model::customerStatement);

        assertThat(memory.issued).containsExactly("FLEET Hansen Logistik 2026-10-01..2026-10-31",
                "CUSTOMER Anna Berg 2026-10-01..2026-10-31");
        assertThat(model.message().get()).isEqualTo("Statement of Anna Berg saved to "
                + Path.of("statements", "statement-ST-2026-0001.pdf") + ".");
    }
}
