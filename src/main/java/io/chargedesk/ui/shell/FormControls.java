package io.chargedesk.ui.shell;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;

/** The form pieces the editing screens share: labelled text fields and editable table columns of text. */
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
        list.setPlaceholder(new Label("No problems found."));
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

    /** A labelled field in row {@code r} of {@code g}, bound both ways to {@code value}. */
    public static TextField row(GridPane g, int r, String label, StringProperty value, int columns) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(columns);
        Label l = new Label(label);
        l.setLabelFor(field);
        g.addRow(r, l, field);
        return field;
    }

    /** A column edited as free text. */
    public static <R> TableColumn<R, String> text(String title, Function<R, StringProperty> property, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> property.apply(cell.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(width);
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
