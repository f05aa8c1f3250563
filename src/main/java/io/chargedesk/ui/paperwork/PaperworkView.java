package io.chargedesk.ui.paperwork;

import io.chargedesk.text.Messages;
import io.chargedesk.ui.shell.DialogButtons;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The shift so far with *Close shift…* ({@code Ctrl+Shift+S}), and what-if pricing of a past period under another
 * tariff, per bay and in total.
 */
public final class PaperworkView {

    private final PaperworkViewModel model;
    private final Consumer<Path> openPdf;
    private final Messages t;
    private final VBox root;

    public PaperworkView(PaperworkViewModel model, Consumer<Path> openPdf, Messages texts) {
        this.model = model;
        this.openPdf = openPdf;
        this.t = texts;
        ListView<String> shift = new ListView<>(model.shiftLines());
        shift.setPrefHeight(190);
        Button close = new Button(t.get("paperwork.close"));
        close.setId("close-shift");
        close.setTooltip(new Tooltip(t.get("paperwork.close.tip")));
        close.setOnAction(e -> closeShift());
        Button refresh = new Button(t.get("paperwork.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Label status = new Label();
        status.textProperty().bind(model.messageProperty());
        status.setWrapText(true);
        root = new VBox(10, heading("paperwork.shift"), shift, new FlowPane(8, 6, close, refresh),
                heading("paperwork.whatIf"), whatIfBar(),
                WhatIfPanel.table(model.whatIf(), t, "paperwork.whatIf.none"), status);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("paperwork-view");
    }

    public Parent node() {
        return root;
    }

    /** Asks who closes the shift, then closes it; its report opens as PDF. */
    public void closeShift() {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle(t.get("paperwork.close.title"));
        ask.setHeaderText(t.get("paperwork.close.header"));
        ask.setContentText(t.get("paperwork.close.attendant"));
        ButtonType ok = DialogButtons.ok(t);
        ask.getDialogPane().getButtonTypes().setAll(ok, DialogButtons.cancel(t));
        ask.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> ask.getEditor().getText().isBlank(), ask.getEditor().textProperty()));
        ask.showAndWait().ifPresent(name -> model.closeShift(name, openPdf));
    }

    private Label heading(String key) {
        Label l = new Label(t.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private FlowPane whatIfBar() {
        ComboBox<String> tariff = new ComboBox<>(model.tariffIds());
        tariff.valueProperty().bindBidirectional(model.tariffProperty());
        return WhatIfPanel.bar(model.whatIf(), t, "paperwork.whatIf.run", model::runWhatIf,
                new Label(t.get("paperwork.whatIf.tariff")), tariff);
    }
}
