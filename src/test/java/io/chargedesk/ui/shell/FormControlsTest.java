package io.chargedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.testing.FxThread;
import io.chargedesk.text.TextLimit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The length limit of stored text fields, headless: typing stops at the limit, a paste keeps what fits. */
class FormControlsTest {

    @Test
    void aPlateFieldDoesNotTakeThe33rdCharacter() throws Exception {
        TextField plate = FxThread.call(() -> {
            TextField f = FormControls.limited(new TextField(), TextLimit.PLATE);
            for (char c : "HH-AB 1234567890123456789012345678901".toCharArray()) {
                f.appendText(String.valueOf(c));
            }
            return f;
        });
        assertThat(plate.getText()).hasSize(32).isEqualTo("HH-AB 12345678901234567890123456");
        assertThat(plate.getTooltip().getText()).isEqualTo("At most 32 characters.");
    }

    @Test
    void aPasteKeepsWhatFitsAndNeverHalfACharacter() throws Exception {
        String pasted = FxThread.call(() -> {
            TextField f = FormControls.limited(new TextField("HH-"), TextLimit.PLATE);
            f.positionCaret(3);
            f.replaceSelection("X".repeat(40));
            return f.getText();
        });
        assertThat(pasted).isEqualTo("HH-" + "X".repeat(29));
        String emoji = FxThread.call(() -> {
            TextField f = FormControls.limited(new TextField("H"), TextLimit.PLATE);
            f.appendText("😀".repeat(20));
            return f.getText();
        });
        assertThat(emoji).isEqualTo("H" + "😀".repeat(15));
    }

    @Test
    void aFullFieldStillTakesEditsThatDoNotLengthenIt() throws Exception {
        String edited = FxThread.call(() -> {
            TextField f = FormControls.limited(new TextField(), TextLimit.PLATE);
            f.setText("X".repeat(32));
            f.selectRange(0, 2);
            f.replaceSelection("AB");
            f.deleteText(31, 32);
            return f.getText();
        });
        assertThat(edited).isEqualTo("AB" + "X".repeat(29));
    }

    @Test
    void aTableCellsEditorIsLimitedToo() throws Exception {
        StringProperty id = new SimpleStringProperty("A1");
        TableView<StringProperty> table = new TableView<>(FXCollections.observableArrayList(id));
        table.setEditable(true);
        table.getColumns().add(FormControls.text("Id", p -> p, 80, TextLimit.BAY_ID));
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(table, 300, 200));
            stage.show();
        });
        String typed = FxThread.call(() -> {
            table.layout();
            table.edit(0, table.getColumns().get(0));
            TextField editor = (TextField) table.lookup(".text-field");
            editor.appendText("X".repeat(40));
            return editor.getText();
        });
        assertThat(typed).isEqualTo("A1" + "X".repeat(30));
    }
}
