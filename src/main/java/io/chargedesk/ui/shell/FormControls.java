package io.chargedesk.ui.shell;

import io.chargedesk.text.Messages;
import io.chargedesk.text.TextLimit;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.util.converter.DefaultStringConverter;

/**
 * The form pieces the editing screens share: labelled text fields and editable table columns of text, those for
 * stored text limited to what the database keeps ({@link TextLimit}). Their own few words are in the default
 * locale, which the console sets to the user's language at start.
 */
public final class FormControls {

    private FormControls() {
    }

    /** The heading of a part of a screen. */
    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** What a form's validation found, one problem a line, in the problems style. */
    public static ListView<String> problems(ObservableList<String> problems, double height) {
        ListView<String> list = new ListView<>(problems);
        list.setPrefHeight(height);
        list.setPlaceholder(new Label(Messages.of(Locale.getDefault()).get("shell.noProblems")));
        list.getStyleClass().add("problems");
        list.setCellFactory(view -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String problem, boolean empty) {
                    super.updateItem(problem, empty);
                    setText(empty ? null : problem);
                }
            };
            // A problem is a sentence saying what to do; wrapped, it is read whole without scrolling sideways.
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(view.widthProperty().subtract(24));
            return cell;
        });
        return list;
    }

    /**
     * A labelled field in row {@code r} of {@code g}, bound both ways to {@code value}; an underscore in the label
     * marks the letter that, with Alt, moves to the field.
     */
    public static TextField row(GridPane g, int r, String label, StringProperty value, int columns) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(columns);
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        g.addRow(r, l, field);
        return field;
    }

    /** A labelled field, as {@link #row(GridPane, int, String, StringProperty, int)}, that takes no more than fits. */
    public static TextField row(GridPane g, int r, String label, StringProperty value, int columns, TextLimit limit) {
        return limited(row(g, r, label, value, columns), limit);
    }

    /**
     * Makes {@code field} refuse text beyond what {@code limit} stores, and says so in its tooltip: typing stops at
     * the limit, and a paste keeps what fits. Other problems of the text (a control character) are the form's to
     * name, since only the whole text shows them.
     */
    public static <T extends TextInputControl> T limited(T field, TextLimit limit) {
        field.setTextFormatter(new TextFormatter<>(lengthFilter(limit.max())));
        field.setTooltip(new Tooltip(Messages.of(Locale.getDefault()).get("shell.atMost", limit.max())));
        return field;
    }

    /** Cuts a change that would make the text longer than {@code max} down to what fits, never half a character. */
    private static UnaryOperator<TextFormatter.Change> lengthFilter(int max) {
        return change -> {
            int after = change.getControlNewText().length();
            int before = change.getControlText().length();
            if (after <= max || after <= before) {
                return change;
            }
            String added = change.getText();
            int fits = added.length() - (after - max);
            if (fits <= 0) {
                return null;
            }
            boolean splitsAPair = Character.isHighSurrogate(added.charAt(fits - 1))
                    && Character.isLowSurrogate(added.charAt(fits));
            change.setText(added.substring(0, splitsAPair ? fits - 1 : fits));
            return change;
        };
    }

    /** A column edited as free text. */
    public static <R> TableColumn<R, String> text(String title, Function<R, StringProperty> property, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> property.apply(cell.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(width);
        return c;
    }

    /** A column edited as free text that takes no more than {@code limit} stores. */
    public static <R> TableColumn<R, String> text(String title, Function<R, StringProperty> property, double width,
                                                  TextLimit limit) {
        TableColumn<R, String> c = text(title, property, width);
        c.setCellFactory(col -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void startEdit() {
                super.startEdit();
                // The cell makes its editor on the first edit; limit it once it is there.
                if (getGraphic() instanceof TextField editor && editor.getTextFormatter() == null) {
                    limited(editor, limit);
                }
            }
        });
        return c;
    }

    /** A column edited by picking from {@code choices}, or typing something else that fits {@code limit}. */
    public static <R> TableColumn<R, String> choice(String title, Function<R, StringProperty> property,
                                                    ObservableList<String> choices, double width, TextLimit limit) {
        TableColumn<R, String> c = choice(title, property, choices, width);
        c.setCellFactory(col -> {
            ComboBoxTableCell<R, String> cell = new ComboBoxTableCell<>(choices) {
                @Override
                public void startEdit() {
                    super.startEdit();
                    if (getGraphic() instanceof ComboBox<?> box && box.getEditor().getTextFormatter() == null) {
                        limited(box.getEditor(), limit);
                    }
                }
            };
            cell.setComboBoxEditable(true);
            return cell;
        });
        return c;
    }

    /** A column edited by picking from {@code choices}, or typing something else. */
    public static <R> TableColumn<R, String> choice(String title, Function<R, StringProperty> property,
                                                    ObservableList<String> choices, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> property.apply(cell.getValue()));
        c.setCellFactory(col -> {
            ComboBoxTableCell<R, String> cell = new ComboBoxTableCell<>(choices);
            cell.setComboBoxEditable(true);
            return cell;
        });
        c.setPrefWidth(width);
        return c;
    }
}
