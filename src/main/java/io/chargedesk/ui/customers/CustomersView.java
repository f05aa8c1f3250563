package io.chargedesk.ui.customers;

import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.text.Messages;
import io.chargedesk.text.TextLimit;
import io.chargedesk.ui.shell.ChoiceNames;
import io.chargedesk.ui.shell.FormControls;
import io.chargedesk.ui.shell.TextColumns;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Customers screen: a search field (Enter searches), the register as a table, the selected customer's form with
 * its problems, fleets (their plates and reserved bays edited under the table), and a month's statement for the
 * customer or their fleet. Every control is reachable by Tab; labels carry Alt mnemonics.
 */
public final class CustomersView {

    private final BorderPane root = new BorderPane();

    /** @param fleets the fleet editor, shown under the customers table */
    public CustomersView(CustomersViewModel model, FleetsViewModel fleets, Messages text) {
        TextField search = new TextField();
        search.setId("customers-search");
        search.setPromptText(text.get("customers.searchPrompt"));
        search.textProperty().bindBidirectional(model.search());
        search.setOnAction(e -> model.refresh());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button find = new Button(text.get("customers.search"));
        find.setOnAction(e -> model.refresh());
        HBox top = new HBox(8, search, find);
        top.setPadding(new Insets(0, 0, 8, 0));

        TableView<CustomerAccount> table = new TableView<>(model.customers());
        table.setId("customers-table");
        table.getColumns().add(TextColumns.of(text.get("customers.column.name"), CustomerAccount::name, 200));
        table.getColumns().add(TextColumns.of(text.get("customers.column.company"), CustomerAccount::company, 180));
        table.getColumns().add(TextColumns.of(text.get("customers.column.plates"),
                c -> String.join(", ", c.plates()), 180));
        table.getColumns().add(TextColumns.of(text.get("customers.column.fleet"), c -> c.fleetId().isEmpty() ? ""
                : model.fleets().stream().filter(f -> f.id() == c.fleetId().getAsLong()).map(Fleet::name)
                        .findFirst().orElse(""), 140));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selected().set(now);
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        FormControls.row(form, 0, text.get("customers.form.name"), model.name(), 24, TextLimit.CUSTOMER_NAME)
                .setId("customer-form-name");
        FormControls.row(form, 1, text.get("customers.form.company"), model.company(), 24, TextLimit.CUSTOMER_COMPANY);
        FormControls.row(form, 2, text.get("customers.form.plates"), model.plates(), 24).setId("customer-form-plates");
        FormControls.row(form, 3, text.get("customers.form.card"), model.card(), 24, TextLimit.CARD_NUMBER);
        FormControls.row(form, 4, text.get("customers.form.email"), model.email(), 24, TextLimit.EMAIL);
        FormControls.row(form, 5, text.get("customers.form.address"), model.address(), 24,
                TextLimit.BILLING_ADDRESS);
        ComboBox<Long> fleet = FleetsView.fleetChoice(model.fleets(), model.fleet());
        fleet.setPromptText(text.get("customers.form.noFleet"));
        Label fleetLabel = new Label(text.get("customers.form.fleet"));
        fleetLabel.setMnemonicParsing(true);
        fleetLabel.setLabelFor(fleet);
        Button noFleet = new Button(text.get("customers.form.clearFleet"));
        noFleet.setOnAction(e -> model.fleet().set(null));
        form.addRow(6, fleetLabel, new HBox(8, fleet, noFleet));
        Label problems = new Label();
        problems.setId("customer-form-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("problems");
        problems.textProperty().bind(model.shownProblems());
        form.add(problems, 0, 7, 2, 1);

        Button save = new Button(text.get("customers.save"));
        save.setId("customer-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.invalid());
        save.setOnAction(e -> model.save());
        Button fresh = new Button(text.get("customers.new"));
        fresh.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.newCustomer();
        });

        TextField fleetName = FormControls.limited(new TextField(), TextLimit.FLEET_NAME);
        fleetName.setPromptText(text.get("customers.fleet.namePrompt"));
        fleetName.textProperty().bindBidirectional(model.newFleet());
        Button addFleet = new Button(text.get("customers.fleet.add"));
        addFleet.setOnAction(e -> model.addFleet());

        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern(text.get("customers.format.month"),
                text.locale());
        ComboBox<YearMonth> month = new ComboBox<>(model.months());
        month.setId("statement-month");
        month.valueProperty().bindBidirectional(model.month());
        month.setConverter(ChoiceNames.named(monthFormat::format));
        Button forCustomer = new Button(text.get("customers.statement.customer"));
        forCustomer.setId("statement-customer");
        forCustomer.disableProperty().bind(model.selected().isNull());
        forCustomer.setOnAction(e -> model.customerStatement());
        Button forFleet = new Button(text.get("customers.statement.fleet"));
        forFleet.setId("statement-fleet");
        forFleet.disableProperty().bind(model.fleet().isNull());
        forFleet.setOnAction(e -> model.fleetStatement());

        VBox side = new VBox(10, FormControls.title(text.get("customers.form.title")), form, new HBox(8, save, fresh),
                FormControls.title(text.get("customers.fleet.title")), new HBox(8, fleetName, addFleet),
                FormControls.title(text.get("customers.statement.title")), new HBox(8, month, forCustomer, forFleet));
        side.setPadding(new Insets(0, 0, 0, 12));
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        root.setTop(top);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setCenter(new VBox(12, table, new FleetsView(fleets, text).node()));
        root.setRight(side);
        root.setBottom(message);
        root.setPadding(new Insets(12));
    }

    public Parent node() {
        return root;
    }
}
