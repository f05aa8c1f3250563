package io.chargedesk.ui.audit;

import io.chargedesk.ui.shell.ChoiceNames;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.audit.AuditViewModel.AuditRow;
import io.chargedesk.ui.shell.DateField;
import io.chargedesk.ui.shell.TextColumns;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/** The Audit screen: filters on top, the entries newest first, the status line below. */
public final class AuditView {

    private final BorderPane root = new BorderPane();
    private final AuditViewModel model;
    private final Messages t;

    public AuditView(AuditViewModel model, Messages t) {
        this.model = model;
        this.t = t;
        Label status = new Label();
        status.setId("audit-status");
        status.textProperty().bind(model.messageProperty());
        DateField from = new DateField(t.locale(), t.get("audit.from"), model::dateNotRead);
        from.node().setId("audit-from");
        from.node().valueProperty().bindBidirectional(model.fromProperty());
        DateField to = new DateField(t.locale(), t.get("audit.to"), model::dateNotRead);
        to.node().setId("audit-to");
        to.node().valueProperty().bindBidirectional(model.toProperty());
        List<AuditAction> actions = new ArrayList<>();
        actions.add(null);
        actions.addAll(Arrays.asList(AuditAction.values()));
        ComboBox<AuditAction> action = new ComboBox<>(FXCollections.observableArrayList(actions));
        action.setId("audit-action");
        action.setConverter(ChoiceNames.named(model::actionName, model.actionName(null)));
        action.valueProperty().bindBidirectional(model.actionProperty());
        Button show = new Button(t.get("audit.show"));
        show.setId("audit-show");
        show.setDefaultButton(true);
        show.setOnAction(e -> {
            if (from.commit() && to.commit()) {
                model.refresh();
            }
        });
        Button export = new Button(t.get("audit.exportCsv"));
        export.setId("audit-export");
        export.setOnAction(e -> export());
        HBox filters = new HBox(8, new Label(t.get("audit.fromLabel")), from.node(), new Label(t.get("audit.toLabel")),
                to.node(), action, show, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8));
        root.setTop(filters);
        root.setCenter(table());
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(status);
    }

    private TableView<AuditRow> table() {
        TableView<AuditRow> table = new TableView<>(model.rows());
        table.setId("audit-table");
        table.setPlaceholder(new Label(t.get("audit.none")));
        table.getColumns().add(TextColumns.of(t.get("audit.column.seq"), r -> Long.toString(r.seq()), 60));
        table.getColumns().add(TextColumns.of(t.get("audit.column.when"), AuditRow::when, 140));
        table.getColumns().add(TextColumns.of(t.get("audit.column.who"), AuditRow::who, 160));
        table.getColumns().add(TextColumns.of(t.get("audit.column.action"), AuditRow::action, 160));
        table.getColumns().add(TextColumns.of(t.get("audit.column.subject"), AuditRow::subject, 140));
        table.getColumns().add(TextColumns.of(t.get("audit.column.why"), AuditRow::why, 200));
        table.getColumns().add(TextColumns.of(t.get("audit.column.details"), AuditRow::details, 320));
        return table;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("audit.exportTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("audit.exportFiles"), "*.csv"));
        chooser.setInitialFileName("audit.csv");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.exportCsv(file.toPath());
        }
    }

    public Parent node() {
        return root;
    }
}
