package io.chargedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.session.Customer;
import io.chargedesk.testing.FxThread;
import io.chargedesk.testing.RecordedCustomerLinks;
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

    /** A form with a register that has no customers, whose searches run at once. */
    static CustomerForm form(Customer current) {
        Messages english = Messages.of(Locale.ENGLISH);
        return new CustomerForm(english, choice(english, current), ReceiptFonts::unprintable);
    }

    static CustomerChoice choice(Messages text, Customer current) {
        return new CustomerChoice(text, current, new RecordedCustomerLinks(), Runnable::run, Runnable::run);
    }

    @Test
    void everyLabelsMnemonicMovesToItsField() throws Exception {
        CustomerForm form = FxThread.call(() -> form(Customer.NONE));
        assertThat(fieldLabels(form)).extracting(Label::getText)
                .containsExactly("_Customer", "_Name", "_Plate", "N_ote", "O_dometer (km)");
        assertThat(fieldLabels(form)).allSatisfy(l -> {
            assertThat(l.isMnemonicParsing()).as(l.getText()).isTrue();
            assertThat(l.getLabelFor()).isInstanceOf(TextField.class);
        });
    }

    @Test
    void aPlateStopsAt32CharactersAndTheCustomerFits() throws Exception {
        Customer typed = FxThread.call(() -> {
            CustomerForm form = form(Customer.NONE);
            TextField plate = (TextField) fieldLabels(form).get(2).getLabelFor();
            plate.setText("HH-" + "X".repeat(42));
            assertThat(plate.getPromptText()).contains("at most 32 characters");
            assertThat(form.invalid().get()).isFalse();
            return form.customer().customer();
        });
        assertThat(typed.plate()).hasSize(32);
    }

    @Test
    void aPastedControlCharacterIsNamedAndTheDialogCannotBeConfirmed() throws Exception {
        CustomerForm form = FxThread.call(() -> {
            CustomerForm f = form(new Customer("Ada", "", ""));
            ((TextField) fieldLabels(f).get(1).getLabelFor()).appendText("\u0085");
            return f;
        });
        assertThat(form.invalid().get()).isTrue();
        assertThat(form.pane().getChildren()).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(Label.class,
                l -> assertThat(l.getText()).isEqualTo("Name: has a control character (U+0085) at character 4; "
                        + "remove it.")));
    }

    @Test
    void aGermanFormRefusesWhatCannotBePrintedInGermanNamingTheField() throws Exception {
        Messages german = Messages.of(Locale.GERMANY);
        CustomerForm form = FxThread.call(() -> {
            CustomerForm f = new CustomerForm(german, choice(german, new Customer("Jürgen 🚗", "HH-JM 4711", "")),
                    ReceiptFonts::unprintable);
            return f;
        });
        assertThat(form.invalid().get()).isTrue();
        assertThat(form.pane().lookup("#customer-problem")).isInstanceOfSatisfying(Label.class, l -> assertThat(
                l.getText()).isEqualTo("Name: 🚗 (U+1F697) kann nicht auf eine Quittung gedruckt werden; bitte "
                + "weglassen."));
        FxThread.call(() -> {
            ((TextField) form.pane().lookup("#customer-name")).setText("Jürgen Maier");
            ((TextField) form.pane().lookup("#customer-plate")).setText("HH\u200FJM");
            return null;
        });
        assertThat(form.pane().lookup("#customer-problem")).isInstanceOfSatisfying(Label.class, l -> assertThat(
                l.getText()).isEqualTo("Kennzeichen: das unsichtbare Zeichen U+200F wird von rechts nach links "
                + "geschrieben, das können Quittungen nicht drucken; schreiben Sie den Namen in lateinischen "
                + "Buchstaben."));
    }
}
