package io.chargedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.session.Customer;
import io.chargedesk.testing.RecordedCustomerLinks;
import io.chargedesk.text.Messages;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The customer's name and plate print on the receipt: what cannot print is refused as it is typed; a registered
 * customer found by name or plate fills them in (headless).
 */
class CustomerDialogTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aNameOrPlateThatCannotBePrintedDisablesTheButtonAndSaysWhy() throws Exception {
        onFxThread(() -> {
            Messages english = Messages.of(Locale.ENGLISH);
            Dialog<SessionCustomer> dialog = CustomerDialog.create(english, "Start a session on Bay A1", "Start",
                    CustomerFormTest.choice(english, Customer.NONE), ReceiptFonts::unprintable);
            Node start = dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
            TextField name = field(dialog, "#customer-name");
            TextField plate = field(dialog, "#customer-plate");
            Label problem = (Label) dialog.getDialogPane().getContent().lookup("#customer-problem");
            assertThat(start.isDisabled()).isFalse();

            name.setText("Kenji 🚗");
            assertThat(start.isDisabled()).isTrue();
            assertThat(problem.getText())
                    .isEqualTo("Name: 🚗 (U+1F697) cannot be printed on a receipt; leave it out.");

            name.setText("山田太郎");
            plate.setText("👍");
            assertThat(problem.getText()).startsWith("Plate: 👍 (U+1F44D) cannot be printed");
            assertThat(start.isDisabled()).isTrue();

            plate.setText("品川 300 あ 12-34");
            assertThat(problem.getText()).isEmpty();
            assertThat(start.isDisabled()).isFalse();
            field(dialog, "#customer-note").setText("🚗 the note is not printed");
            assertThat(start.isDisabled()).isFalse();
            ButtonType ok = dialog.getDialogPane().getButtonTypes().get(0);
            assertThat(dialog.getResultConverter().call(ok)).isEqualTo(SessionCustomer.typed(
                    new Customer("山田太郎", "品川 300 あ 12-34", "🚗 the note is not printed")));
        });
    }

    @Test
    void typingInTheCustomerFieldSuggestsRegisteredCustomersAndAClickFillsNameAndPlate() throws Exception {
        CustomerAccount jurgen = CustomerAccount.draft("Jürgen Müller", "", List.of("HH-JM 4711"), "", "", "",
                OptionalLong.empty()).withId(7);
        onFxThread(() -> {
            Messages english = Messages.of(Locale.ENGLISH);
            CustomerChoice choice = new CustomerChoice(english, Customer.NONE, new RecordedCustomerLinks(jurgen),
                    Runnable::run, Runnable::run);
            Dialog<SessionCustomer> dialog = CustomerDialog.create(english, "Start a session on Bay A1", "Start",
                    choice, ReceiptFonts::unprintable);
            field(dialog, "#customer-search").setText("4711");
            @SuppressWarnings("unchecked")
            ListView<CustomerAccount> suggested = (ListView<CustomerAccount>) dialog.getDialogPane().getContent()
                    .lookup("#customer-suggestions");
            assertThat(suggested.getItems()).containsExactly(jurgen);
            suggested.getSelectionModel().select(0);
            assertThat(field(dialog, "#customer-name").getText()).isEqualTo("Jürgen Müller");
            assertThat(field(dialog, "#customer-plate").getText()).isEqualTo("HH-JM 4711");
            field(dialog, "#customer-odometer").setText("9,999,999");
            ButtonType ok = dialog.getDialogPane().getButtonTypes().get(0);
            assertThat(dialog.getResultConverter().call(ok)).isEqualTo(new SessionCustomer(
                    new Customer("Jürgen Müller", "HH-JM 4711", ""), OptionalLong.of(7), OptionalInt.of(9_999_999),
                    false));
            field(dialog, "#customer-odometer").setText("99,999,999");
            assertThat(dialog.getDialogPane().lookupButton(ok).isDisabled()).isTrue();
            assertThat(((Label) dialog.getDialogPane().getContent().lookup("#customer-problem")).getText())
                    .startsWith("Odometer: 99,999,999 km is out of range.");
        });
    }

    @Test
    void annotatingShowsTheRegisteredCustomerLinkedAndItsRemovalIsSaved() throws Exception {
        CustomerAccount jurgen = CustomerAccount.draft("Jürgen Müller", "", List.of("HH-JM 4711"), "", "", "",
                OptionalLong.empty()).withId(7);
        UUID session = UUID.randomUUID();
        RecordedCustomerLinks links = new RecordedCustomerLinks(jurgen);
        links.link(new SessionLink(session, OptionalLong.of(7), OptionalInt.of(48_213)));
        onFxThread(() -> {
            Messages english = Messages.of(Locale.ENGLISH);
            CustomerChoice choice = new CustomerChoice(english, new Customer("Jürgen Müller", "HH-JM 4711", ""), links,
                    Runnable::run, Runnable::run);
            choice.loadLink(session);
            Dialog<SessionCustomer> dialog = CustomerDialog.create(english, "Customer of Bay A1", "Save", choice,
                    ReceiptFonts::unprintable);
            Label linked = (Label) dialog.getDialogPane().getContent().lookup("#customer-linked");
            Button unlink = (Button) dialog.getDialogPane().getContent().lookup("#customer-unlink");
            assertThat(linked.getText()).isEqualTo("Registered customer: Jürgen Müller");
            assertThat(field(dialog, "#customer-odometer").getText()).isEqualTo("48,213");

            unlink.fire();

            assertThat(linked.getText()).isEqualTo("Registered customer: none");
            assertThat(unlink.isDisabled()).isTrue();
            ButtonType ok = dialog.getDialogPane().getButtonTypes().get(0);
            assertThat(dialog.getResultConverter().call(ok)).isEqualTo(new SessionCustomer(
                    new Customer("Jürgen Müller", "HH-JM 4711", ""), OptionalLong.empty(), OptionalInt.of(48_213),
                    true));
        });
    }

    @Test
    void aLinkThatCannotBeReadKeepsTheDialogFromSavingAndSaysWhy() throws Exception {
        onFxThread(() -> {
            Messages english = Messages.of(Locale.ENGLISH);
            CustomerChoice choice = new CustomerChoice(english, Customer.NONE, new DashboardViewModel.CustomerLinks() {
                @Override
                public List<CustomerAccount> search(String text) {
                    return List.of();
                }

                @Override
                public void link(SessionLink link) {
                }

                @Override
                public Optional<SessionLink> linkOf(UUID sessionId) throws Exception {
                    throw new SQLException("The database is not reachable.");
                }

                @Override
                public Optional<CustomerAccount> customer(long id) {
                    return Optional.empty();
                }
            }, Runnable::run, Runnable::run);
            choice.loadLink(UUID.randomUUID());
            Dialog<SessionCustomer> dialog = CustomerDialog.create(english, "Customer of Bay A1", "Save", choice,
                    ReceiptFonts::unprintable);
            Node save = dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
            assertThat(save.isDisabled()).isTrue();
            assertThat(((Label) dialog.getDialogPane().getContent().lookup("#customer-problem")).getText())
                    .isEqualTo("What the session is linked to could not be read: The database is not reachable. "
                            + "Close the dialog and try again, so saving does not drop it.");
        });
    }

    /**
     * Runs {@code checks} on the FX thread and fails with what they threw. Not through TestFX's asyncFx, which
     * would fail this test with an exception another test's console left on the FX thread.
     */
    private static void onFxThread(Runnable checks) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                checks.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error failed) {
                throw failed;
            }
            throw e;
        }
    }

    private static TextField field(Dialog<SessionCustomer> dialog, String id) {
        return (TextField) dialog.getDialogPane().getContent().lookup(id);
    }
}
