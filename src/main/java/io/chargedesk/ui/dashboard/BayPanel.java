package io.chargedesk.ui.dashboard;

import io.chargedesk.collector.SiteSnapshot;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.shell.DialogButtons;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A bay's panel, opened by a click on its tile or Enter: live power of the last hour, phase voltages and currents,
 * the session's customer and plate, the attendant's actions and the last session's receipt. It stays open beside the
 * dashboard (not modal) and follows the snapshots while it is.
 */
public final class BayPanel {

    /** The tile menu's actions on one bay, as the dashboard runs them (with their questions and dialogs). */
    public record Commands(String bayId, Runnable start, Runnable stop, Runnable customer) {}

    private BayPanel() {
    }

    /**
     * @param owner the main window: the panel sits over it and wears its theme
     * @param openPdf opens a receipt's PDF in the desktop's viewer
     */
    public static Dialog<Void> show(BayPanelViewModel model, Commands commands, SiteSnapshot now, Messages text,
                                    Window owner, Consumer<Path> openPdf) {
        model.open(commands.bayId(), now);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStyleClass().add("bay-panel");
        dialog.titleProperty().bind(model.titleProperty());
        // Also inside the panel: a wall screen in kiosk mode, or a desktop without window decorations, shows no title.
        dialog.getDialogPane().headerTextProperty().bind(model.titleProperty());
        dialog.getDialogPane().setContent(content(model, commands, text, openPdf));
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(text));
        dialog.setOnHidden(e -> model.close());
        dialog.show();
        return dialog;
    }

    private static Node content(BayPanelViewModel model, Commands commands, Messages text, Consumer<Path> openPdf) {
        Label state = bound(model.stateProperty(), "bay-panel-state");
        state.setWrapText(true);
        Label power = bound(model.powerProperty(), "bay-panel-power");
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        facts.addRow(0, new Label(text.get("baypanel.customer")), bound(model.customerProperty(), "bay-panel-customer"));
        facts.addRow(1, new Label(text.get("baypanel.plate")), bound(model.plateProperty(), "bay-panel-plate"));
        facts.addRow(2, new Label(text.get("baypanel.sessionLabel")), bound(model.sessionProperty(), "bay-panel-session"));

        VBox phases = new VBox(4);
        Label phasesNote = bound(model.phasesNoteProperty(), "bay-panel-note");
        phasesNote.setWrapText(true);
        Runnable showPhases = () -> {
            phases.getChildren().setAll(model.phases().stream().map(Label::new).toList());
            phases.getChildren().add(phasesNote);
        };
        follow(phases, model.phases(), showPhases);

        Button start = button(text.get("baypanel.start"), "bay-panel-start", commands.start());
        start.disableProperty().bind(model.sessionOpenProperty());
        Button stop = button(text.get("baypanel.stop"), "bay-panel-stop", commands.stop());
        stop.disableProperty().bind(model.sessionOpenProperty().not());
        Button customer = button(text.get("baypanel.customerButton"), "bay-panel-annotate", commands.customer());
        customer.disableProperty().bind(model.sessionOpenProperty().not());
        Button receipt = button(text.get("baypanel.openReceipt"), "bay-panel-receipt", () -> model.openReceipt(openPdf));
        Button print = button(text.get("baypanel.printReceipt"), "bay-panel-print", model::printReceipt);
        receipt.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.hasLastSession(),
                model.lastSessionProperty()));
        print.disableProperty().bind(receipt.disableProperty());
        Label lastSession = bound(model.lastSessionProperty(), "bay-panel-last");
        lastSession.setWrapText(true);
        Label message = bound(model.messageProperty(), "action-message");
        message.setWrapText(true);

        VBox box = new VBox(10, state, power, facts, chart(model, text), section(text.get("baypanel.phases")), phases,
                new HBox(8, start, stop, customer), section(text.get("baypanel.lastSessionLabel")), lastSession,
                new HBox(8, receipt, print), message);
        box.setPadding(new Insets(4));
        box.setPrefWidth(640);
        return box;
    }

    private static LineChart<Number, Number> chart(BayPanelViewModel model, Messages text) {
        NumberAxis minutes = new NumberAxis(text.get("baypanel.minutesAgo"), -60, 0, 10);
        NumberAxis kw = new NumberAxis(text.get("baypanel.kw"), 0, Math.max(1, Math.ceil(model.maxKw())),
                Math.max(1, Math.ceil(model.maxKw() / 5)));
        LineChart<Number, Number> chart = new LineChart<>(minutes, kw);
        chart.setId("bay-panel-chart");
        chart.setTitle(text.get("baypanel.chartTitle"));
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        Runnable plot = () -> series.getData().setAll(model.points().stream()
                .map(p -> new XYChart.Data<Number, Number>(p.minutes(), p.kw())).toList());
        follow(chart, model.points(), plot);
        return chart;
    }

    /**
     * Runs {@code show} now and on each change of {@code list}, for as long as {@code node} lives: the model outlives
     * every panel opened on it, so it holds the listener only weakly, and the node strongly.
     */
    private static <T> void follow(Node node, ObservableList<T> list, Runnable show) {
        ListChangeListener<T> listener = c -> show.run();
        node.getProperties().put(BayPanel.class, listener);
        list.addListener(new WeakListChangeListener<>(listener));
        show.run();
    }

    private static Button button(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label bound(javafx.beans.value.ObservableStringValue value, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(value);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
