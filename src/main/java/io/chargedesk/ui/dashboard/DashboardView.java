package io.chargedesk.ui.dashboard;

import eu.hansolo.tilesfx.Tile;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The attendants' screen: the site's load, then one tile per bay, readable from across the room. */
public final class DashboardView {

    private final DashboardViewModel model;
    private final Function<String, Optional<String>> unprintable;
    private final ScrollPane root;

    /** @param unprintable what in a customer's name or plate cannot be printed on a receipt, if anything */
    public DashboardView(DashboardViewModel model, Function<String, Optional<String>> unprintable) {
        this.model = model;
        this.unprintable = unprintable;
        VBox content = new VBox(12, siteRow(), warningBanner(), bayTiles(), messageLine());
        content.setPadding(new Insets(12));
        content.getStyleClass().add("dashboard");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("dashboard-scroll");
    }

    public Parent node() {
        return root;
    }

    private HBox siteRow() {
        Tile gauge = TileFactory.siteLoadGauge(model.gridLimitKw());
        Tile spark = TileFactory.sitePowerSparkLine();
        model.siteKwProperty().addListener((o, was, kw) -> {
            TileFactory.show(gauge, kw.doubleValue());
            TileFactory.show(spark, kw.doubleValue());
        });
        Label summary = new Label();
        summary.textProperty().bind(model.siteSummaryProperty());
        summary.getStyleClass().add("site-summary");
        summary.setWrapText(true);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox row = new HBox(12, gauge, spark, summary);
        row.getStyleClass().add("site-row");
        return row;
    }

    private Label warningBanner() {
        Label banner = new Label();
        banner.textProperty().bind(model.warningProperty());
        banner.getStyleClass().add("warning-banner");
        banner.visibleProperty().bind(model.warningProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setMaxWidth(Double.MAX_VALUE);
        return banner;
    }

    private Label messageLine() {
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("action-message");
        return message;
    }

    private FlowPane bayTiles() {
        FlowPane pane = new FlowPane(12, 12);
        pane.getStyleClass().add("bay-tiles");
        for (BayTileModel tile : model.tiles()) {
            pane.getChildren().add(bayTile(tile));
        }
        return pane;
    }

    private Tile bayTile(BayTileModel m) {
        Label state = new Label();
        state.getStyleClass().add("state-badge");
        Label power = boundLabel(m.powerProperty(), "bay-power");
        ProgressBar bar = new ProgressBar(0);
        bar.getStyleClass().add("power-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(m.powerKwProperty().divide(Math.max(1, m.maxKw())));
        Label energy = boundLabel(m.energyProperty(), "bay-energy");
        Label elapsed = boundLabel(m.elapsedProperty(), "bay-elapsed");
        Label cost = boundLabel(m.costProperty(), "bay-cost");
        Label detail = boundLabel(m.detailProperty(), "bay-detail");
        detail.setWrapText(true);
        HBox sessionLine = new HBox(10, energy, elapsed);
        Label fault = new Label("FAULT");
        fault.getStyleClass().addAll("state-badge", "fault-badge");
        fault.visibleProperty().bind(m.faultProperty());
        fault.managedProperty().bind(m.faultProperty());
        VBox content = new VBox(4, new HBox(6, state, fault), power, bar, sessionLine, cost, detail);
        content.getStyleClass().add("bay-content");
        Tile tile = TileFactory.bayTile(m.title(), content);
        tile.setId("bay-" + m.bayId());
        state.textProperty().bind(m.stateTextProperty());
        m.stateProperty().addListener((o, was, now) -> showState(tile, state, now));
        showState(tile, state, m.stateProperty().get());
        m.faultProperty().addListener((o, was, now) -> tile.pseudoClassStateChanged(FAULT, now));
        tile.setFocusTraversable(true);
        tile.setOnMouseClicked(e -> {
            if (onOpenBay != null && e.getButton() == MouseButton.PRIMARY) {
                onOpenBay.accept(commands(m));
            } else {
                showActions(tile, m, e.getScreenX(), e.getScreenY());
            }
        });
        tile.setOnKeyPressed(e -> {
            if (onOpenBay != null && e.getCode() == KeyCode.ENTER) {
                onOpenBay.accept(commands(m));
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                Bounds b = tile.localToScreen(tile.getBoundsInLocal());
                showActions(tile, m, b.getMinX() + 20, b.getMinY() + 40);
            }
        });
        return tile;
    }

    /** An attendant's actions on a bay: click the tile, or focus it and press Enter. */
    private void showActions(Tile tile, BayTileModel m, double x, double y) {
        ContextMenu menu = new ContextMenu();
        if (model.hasFault(m.bayId())) {
            MenuItem acknowledge = new MenuItem("Acknowledge fault (meter checked)");
            acknowledge.setOnAction(e -> model.acknowledgeFault(m.bayId()));
            menu.getItems().add(acknowledge);
        }
        if (model.hasOpenSession(m.bayId())) {
            MenuItem customer = new MenuItem("Customer and note…");
            customer.setOnAction(e -> editCustomer(m));
            MenuItem stop = new MenuItem("Stop session");
            stop.setOnAction(e -> stopSession(m));
            menu.getItems().addAll(customer, stop);
        } else {
            MenuItem start = new MenuItem("Start session for a customer…");
            start.setOnAction(e -> startSession(m));
            menu.getItems().add(start);
        }
        menu.show(tile, x, y);
    }

    private void editCustomer(BayTileModel m) {
        CustomerDialog.ask("Customer of " + m.title(), "Save", model.customerOf(m.bayId()), unprintable)
                .ifPresent(c -> model.annotate(m.bayId(), c));
    }

    private void stopSession(BayTileModel m) {
        model.closeSession(m.bayId()).ifPresent(this::askWhileDrawing);
    }

    private void startSession(BayTileModel m) {
        CustomerDialog.ask("Start a session on " + m.title(), "Start", Customer.NONE, unprintable)
                .ifPresent(c -> model.openSession(m.bayId(), c));
    }

    // --- Bay panel hook (alerts branch): a click or Enter on a tile opens the bay's panel; right-click, the menu.
    private Consumer<BayPanel.Commands> onOpenBay;

    /** Opens a bay's panel, given the tile menu's actions on it, on a click or Enter on its tile. */
    public void setOnOpenBay(Consumer<BayPanel.Commands> onOpenBay) {
        this.onOpenBay = onOpenBay;
    }

    private BayPanel.Commands commands(BayTileModel m) {
        return new BayPanel.Commands(m.bayId(), () -> startSession(m), () -> stopSession(m), () -> editCustomer(m));
    }
    // --- end of the bay panel hook

    /**
     * The car still draws power: end here and go on in a new session, for the customer chosen next (the current one
     * unless changed), or cancel and leave the session running.
     */
    private void askWhileDrawing(DashboardViewModel.StillDrawing question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question.question());
        alert.setTitle("Stop session on bay " + question.bayId());
        alert.setHeaderText(question.title());
        ButtonType endHere = new ButtonType("_End here and start a new session…", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(endHere, ButtonType.CANCEL);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (alert.showAndWait().filter(endHere::equals).isPresent()) {
            CustomerDialog.ask("New session on bay " + question.bayId() + " for the rest of the charge",
                    "End here and start", question.customer(), unprintable)
                    .ifPresent(c -> model.endAndContinue(question.bayId(), c));
        }
    }

    private static final PseudoClass FAULT = PseudoClass.getPseudoClass("fault");

    private static void showState(Tile tile, Label badge, BayState state) {
        for (BayState s : BayState.values()) {
            PseudoClass pc = PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT));
            tile.pseudoClassStateChanged(pc, s == state);
            badge.pseudoClassStateChanged(pc, s == state);
        }
    }

    private static Label boundLabel(javafx.beans.value.ObservableStringValue text, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
