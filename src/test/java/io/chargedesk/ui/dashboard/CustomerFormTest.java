package io.chargedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.session.Customer;
import io.chargedesk.testing.FxThread;
import io.chargedesk.text.Messages;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/** The customer dialog's form, headless: limits, mnemonics and the problems it names as they are typed. */
class CustomerFormTest {

    private static List<Label> fieldLabels(CustomerForm form) {
        return form.pane().getChildren().stream().filter(n -> n instanceof Label l && l.getLabelFor() != null)
                .map(n -> (Label) n).toList();
    }

    @Test
    void everyLabelsMnemonicMovesToItsField() throws Exception {
        CustomerForm form = FxThread.call(() -> new CustomerForm(Messages.of(Locale.ENGLISH), Customer.NONE, ReceiptFonts::unprintable));
        assertThat(fieldLabels(form)).extracting(Label::getText).containsExactly("_Name", "_Plate", "N_ote");
        assertThat(fieldLabels(form)).allSatisfy(l -> {
            assertThat(l.isMnemonicParsing()).as(l.getText()).isTrue();
            assertThat(l.getLabelFor()).isInstanceOf(TextField.class);
        });
    }

    @Test
    void aPlateStopsAt32CharactersAndTheCustomerFits() throws Exception {
        Customer typed = FxThread.call(() -> {
            CustomerForm form = new CustomerForm(Messages.of(Locale.ENGLISH), Customer.NONE, ReceiptFonts::unprintable);
            TextField plate = (TextField) fieldLabels(form).get(1).getLabelFor();
            plate.setText("HH-" + "X".repeat(42));
            assertThat(plate.getPromptText()).contains("at most 32 characters");
            assertThat(form.invalid().get()).isFalse();
            return form.customer();
        });
        assertThat(typed.plate()).hasSize(32);
    }

    @Test
    void aPastedControlCharacterIsNamedAndTheDialogCannotBeConfirmed() throws Exception {
        CustomerForm form = FxThread.call(() -> {
            CustomerForm f = new CustomerForm(Messages.of(Locale.ENGLISH), new Customer("Ada", "", ""), ReceiptFonts::unprintable);
            ((TextField) fieldLabels(f).get(0).getLabelFor()).appendText("\u0085");
            return f;
        });
        assertThat(form.invalid().get()).isTrue();
        assertThat(form.pane().getChildren()).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(Label.class,
                l -> assertThat(l.getText()).isEqualTo("Name: has a control character (U+0085) at character 4; "
                        + "remove it.")));
    }
}
