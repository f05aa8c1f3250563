package io.chargedesk.ui.paperwork;

import io.chargedesk.text.Decimals;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.shell.DateField;
import io.chargedesk.ui.shell.TextColumns;
import io.chargedesk.usecase.WhatIfPricing;
import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;

/**
 * How a {@link WhatIfRun} shows: its period with the button that prices it, and the result per bay and in total.
 * The paperwork screen puts its tariff choice before the period; the tariff form prices its draft.
 */
public final class WhatIfPanel {

    private WhatIfPanel() {
    }

    /**
     * {@code before}, the period's two days and the button {@code runKey} (its text, with its mnemonic), which
     * takes both typed days and then runs {@code run}.
     */
    public static FlowPane bar(WhatIfRun model, Messages t, String runKey, Runnable run, Node... before) {
        DateField from = new DateField(model.locale(), t.get("sessions.filter.fromField"),
                (text, example) -> model.dateNotRead("sessions.filter.fromField", text, example));
        from.node().valueProperty().bindBidirectional(model.fromProperty());
        DateField to = new DateField(model.locale(), t.get("sessions.filter.toField"),
                (text, example) -> model.dateNotRead("sessions.filter.toField", text, example));
        to.node().valueProperty().bindBidirectional(model.toProperty());
        Button price = new Button(t.get(runKey));
        price.setOnAction(e -> {
            if (from.commit() && to.commit()) {
                run.run();
            }
        });
        FlowPane bar = new FlowPane(8, 6, before);
        bar.getChildren().addAll(new Label(t.get("sessions.filter.from")), from.node(),
                new Label(t.get("sessions.filter.to")), to.node(), price);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The last result, bay by bay then the total; {@code placeholderKey} says what to do while there is none. */
    public static TableView<WhatIfPricing.Row> table(WhatIfRun model, Messages t, String placeholderKey) {
        TableView<WhatIfPricing.Row> table = new TableView<>(model.rows());
        table.setPlaceholder(new Label(t.get(placeholderKey)));
        table.getColumns().add(TextColumns.of(t.get("sessions.column.bay"),
                r -> r.bay().isEmpty() ? t.get("paperwork.whatIf.total") : r.bay(), 90));
        table.getColumns().add(TextColumns.of(t.get("paperwork.whatIf.sessions"), r -> String.valueOf(r.sessions()),
                80));
        table.getColumns().add(TextColumns.of(t.get("sessions.column.energy"),
                r -> number(BigDecimal.valueOf(r.energyWh(), 3), model), 100));
        table.getColumns().add(TextColumns.of(t.get("paperwork.whatIf.actual"), r -> number(r.actual(), model), 100));
        table.getColumns().add(TextColumns.of(t.get("paperwork.whatIf.other"), r -> number(r.whatIf(), model), 100));
        table.getColumns().add(TextColumns.of(t.get("paperwork.whatIf.difference"), r -> number(r.difference(), model),
                100));
        table.getColumns().add(TextColumns.of(t.get("paperwork.whatIf.unpriced"), r -> String.valueOf(r.unpriced()),
                90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static String number(BigDecimal value, WhatIfRun model) {
        return Decimals.fixed(value, model.locale());
    }
}
