package io.chargedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.session.Customer;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The customer's name and plate print on the receipt: what cannot print is refused as it is typed (headless). */
class CustomerDialogTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aNameOrPlateThatCannotBePrintedDisablesTheButtonAndSaysWhy() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Dialog<Customer> dialog = CustomerDialog.create("Start a session on Bay A1", "Start", Customer.NONE,
                    ReceiptFonts::unprintable);
            Node start = dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
            TextField name = field(dialog, "#customer-name");
            TextField plate = field(dialog, "#customer-plate");
            Label problem = (Label) dialog.getDialogPane().getContent().lookup("#customer-problem");
            assertThat(start.isDisabled()).isFalse();

            name.setText("Kenji 🚗");
            assertThat(start.isDisabled()).isTrue();
            assertThat(problem.getText()).isEqualTo("Name: 🚗 (U+1F697) cannot be printed on a receipt; leave it out");

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
            assertThat(dialog.getResultConverter().call(ok))
                    .isEqualTo(new Customer("山田太郎", "品川 300 あ 12-34", "🚗 the note is not printed"));
        }).get();
    }

    private static TextField field(Dialog<Customer> dialog, String id) {
        return (TextField) dialog.getDialogPane().getContent().lookup(id);
    }
}
