package io.chargedesk.ui.alerts;

import io.chargedesk.text.Messages;
import io.chargedesk.ui.alerts.AlertsViewModel.AlertRow;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The alert list: time, bay, kind, reason, whether it holds and who acknowledged it; those waiting for an attendant
 * first and highlighted. Select one and press Enter (or Acknowledge, Alt+A) to acknowledge it with your name.
 */
public final class AlertsView {

    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("unacknowledged");

    private final AlertsViewModel model;
    private final Messages text;
    private final BorderPane root = new BorderPane();
    private final TableView<AlertRow> table = new TableView<>();
    /** The name typed last: the same attendant usually acknowledges several alerts in a row. */
    private String lastName = "";

    public AlertsView(AlertsViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        table.setId("alert-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(text.get("alerts.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("alerts.column.raised", AlertRow::raised, 170));
        table.getColumns().add(column("alerts.column.bay", AlertRow::bay, 90));
        table.getColumns().add(column("alerts.column.kind", AlertRow::kind, 170));
        table.getColumns().add(column("alerts.column.reason", AlertRow::reason, 420));
        table.getColumns().add(column("alerts.column.status", AlertRow::status, 170));
        table.getColumns().add(column("alerts.column.acknowledged", AlertRow::acknowledgedBy, 220));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AlertRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(WAITING, !empty && row != null && !row.acknowledged());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                acknowledgeSelected();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                acknowledgeSelected();
            }
        });

        Button acknowledge = new Button(text.get("alerts.acknowledge"));
        acknowledge.setId("alert-acknowledge");
        acknowledge.setMnemonicParsing(true);
        acknowledge.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            AlertRow selected = table.getSelectionModel().getSelectedItem();
            return selected == null || selected.acknowledged();
        }, table.getSelectionModel().selectedItemProperty()));
        acknowledge.setOnAction(e -> acknowledgeSelected());
        Label message = new Label();
        message.setId("alert-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox actions = new HBox(12, acknowledge, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 0, 0, 0));
        root.setCenter(table);
        root.setBottom(actions);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("alerts");
    }

    public Parent node() {
        return root;
    }

    private void acknowledgeSelected() {
        AlertRow selected = table.getSelectionModel().getSelectedItem();
        if (selected == null || selected.acknowledged()) {
            return;
        }
        AcknowledgeDialog.create(selected, lastName, model::nameProblem, text, root.getScene().getWindow())
                .showAndWait().ifPresent(name -> {
                    lastName = name;
                    model.acknowledge(selected, name);
                });
    }

    private TableColumn<AlertRow, String> column(String key, Function<AlertRow, String> value, double width) {
        TableColumn<AlertRow, String> column = new TableColumn<>(text.get(key));
        column.setCellValueFactory(c -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
