package io.chargedesk.ui.dashboard;

import eu.hansolo.tilesfx.Tile;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import io.chargedesk.text.Messages;
import io.chargedesk.text.PrintCheck;
import io.chargedesk.ui.shell.DialogButtons;
import io.chargedesk.ui.shell.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The attendants' screen: the site's load against its grid limit, its last hour and today's totals on top, then one
 * tile per bay, as large as the space allows for all of them to show at once.
 */
public final class DashboardView {

    private final DashboardViewModel model;
    private final Messages text;
    private final PrintCheck unprintable;
    private final List<Tile> tiles = new ArrayList<>();
    private final BorderPane root = new BorderPane();

    /**
     * @param unprintable what in a customer's name or plate cannot be printed on a receipt, if anything
     * @param theme the theme shown, for the tiles TilesFX draws itself
     */
    public DashboardView(DashboardViewModel model, PrintCheck unprintable,
                         ObservableValue<Theme> theme) {
        this.model = model;
        this.text = model.text();
        this.unprintable = unprintable;
        VBox top = new VBox(8, siteRow(), warningBanner());
        top.setPadding(new Insets(8, 8, 8, 8));
        ScrollPane scroll = new ScrollPane(bayTiles());
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("dashboard-scroll");
        // ScrollPane's skin keeps its viewport as one cached bitmap. With tiles changing every second, JavaFX then
        // renders the whole grid into that bitmap each frame, not just the tiles that changed: half the painting
        // of a 50-bay console was that, in software rendering.
        scroll.skinProperty().addListener((o, was, skin) ->
                Optional.ofNullable(scroll.lookup(".viewport")).ifPresent(viewport -> viewport.setCache(false)));
        root.setTop(top);
        root.setCenter(scroll);
        root.setBottom(messageLine());
        root.getStyleClass().add("dashboard");
        theme.addListener((o, was, now) -> paint(now));
        paint(theme.getValue());
    }

    public Parent node() {
        return root;
    }

    private void paint(Theme theme) {
        tiles.forEach(t -> TileFactory.paint(t, theme));
    }

    private HBox siteRow() {
        double limit = model.gridLimitKw();
        Tile gauge = TileFactory.siteLoadGauge(text.get("dashboard.load.title"),
                text.get("dashboard.load.limit", limit), limit);
        gauge.setId("site-load");
        gauge.setMinSize(200, 180);
        gauge.setPrefSize(240, 200);
        tiles.add(gauge);
        model.siteKwProperty().addListener((o, was, kw) -> TileFactory.show(gauge, kw.doubleValue()));
        SitePowerChart chart = new SitePowerChart(model.history(), limit, text);
        chart.setId("site-chart");
        model.historyRevisionProperty().addListener((o, was, now) -> chart.redraw());
        HBox.setHgrow(chart, Priority.ALWAYS);
        Label bands = new Label(text.get("dashboard.load.bands", DashboardViewModel.WARNING_SHARE * limit,
                DashboardViewModel.ALARM_SHARE * limit));
        bands.getStyleClass().add("site-bands");
        bands.setWrapText(true);
        VBox summary = new VBox(6, boundLabel(model.chargingSummaryProperty(), "site-summary"),
                boundLabel(model.onlineSummaryProperty(), "site-summary"),
                boundLabel(model.todaySummaryProperty(), "site-summary"), bands);
        summary.getChildren().forEach(n -> ((Label) n).setWrapText(true));
        summary.getStyleClass().add("site-summary-box");
        summary.setMinWidth(220);
        summary.setPrefWidth(380);
        HBox row = new HBox(12, gauge, chart, summary);
        row.getStyleClass().add("site-row");
        row.setMinHeight(180);
        row.setPrefHeight(200);
        row.setMaxHeight(200);
        return row;
    }

    private Label warningBanner() {
        Label banner = new Label();
        banner.setId("warning-banner");
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
        message.managedProperty().bind(model.messageProperty().isNotEmpty());
        return message;
    }

    /** By area when the site file gives bays one, else one group per bus when the site has several buses. */
    private BayGrid bayTiles() {
        List<BayGrid.Group> groups = new ArrayList<>();
        for (TileGroups.Group g : TileGroups.of(model.tiles(), text)) {
            Label heading = g.heading().map(Label::new).orElse(null);
            if (heading != null) {
                heading.getStyleClass().add("bay-group-heading");
            }
            groups.add(new BayGrid.Group(heading, g.tiles().stream().<Node>map(this::bayTile).toList()));
        }
        BayGrid grid = new BayGrid(groups);
        grid.setId("bay-grid");
        return grid;
    }

    private Tile bayTile(BayTileModel m) {
        Label state = new Label();
        state.getStyleClass().addAll("state-badge", "bay-state");
        Label fault = new Label(text.get("dashboard.fault"));
        fault.getStyleClass().addAll("state-badge", "fault-badge");
        fault.visibleProperty().bind(m.faultProperty());
        fault.managedProperty().bind(m.faultProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label power = boundLabel(m.powerProperty(), "bay-power");
        // The state and the power are the tile's first read: the spacer gives way, never they.
        state.setMinWidth(Region.USE_PREF_SIZE);
        power.setMinWidth(Region.USE_PREF_SIZE);
        HBox stateLine = new HBox(4, state, fault, spacer, power);
        stateLine.getStyleClass().add("bay-state-line");
        ProgressBar bar = new ProgressBar(0);
        bar.getStyleClass().add("power-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(m.powerKwProperty().divide(Math.max(1, m.maxKw())));
        Label energy = boundLabel(m.energyProperty(), "bay-energy");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label elapsed = boundLabel(m.elapsedProperty(), "bay-elapsed");
        HBox sessionLine = new HBox(6, energy, gap, elapsed);
        Label cost = boundLabel(m.costProperty(), "bay-cost");
        Label customer = boundLabel(m.customerProperty(), "bay-customer");
        Label detail = boundLabel(m.detailProperty(), "bay-detail");
        detail.setWrapText(true);
        Label name = new Label(m.title());
        name.getStyleClass().add("bay-name");
        VBox content = new VBox(name, stateLine, bar, sessionLine, cost, customer, detail);
        content.getStyleClass().add("bay-content");
        Tile tile = TileFactory.bayTile(content);
        tile.setId("bay-" + m.bayId());
        tiles.add(tile);
        state.textProperty().bind(m.stateTextProperty());
        m.stateProperty().addListener((o, was, now) -> showState(tile, state, now));
        showState(tile, state, m.stateProperty().get());
        m.faultProperty().addListener((o, was, now) -> tile.pseudoClassStateChanged(FAULT, now));
        tile.setFocusTraversable(true);
        tile.setOnMouseClicked(e -> {
            tile.requestFocus();
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
            MenuItem acknowledge = new MenuItem(text.get("dashboard.action.acknowledge"));
            acknowledge.setOnAction(e -> model.acknowledgeFault(m.bayId()));
            menu.getItems().add(acknowledge);
        }
        if (model.hasOpenSession(m.bayId())) {
            MenuItem customer = new MenuItem(text.get("dashboard.action.customer"));
            customer.setOnAction(e -> editCustomer(m));
            MenuItem stop = new MenuItem(text.get("dashboard.action.stop"));
            stop.setOnAction(e -> stopSession(m));
            menu.getItems().addAll(customer, stop);
        } else {
            MenuItem start = new MenuItem(text.get("dashboard.action.start"));
            start.setOnAction(e -> startSession(m));
            menu.getItems().add(start);
        }
        menu.show(tile, x, y);
    }

    private void editCustomer(BayTileModel m) {
        CustomerDialog.ask(text, text.get("dashboard.dialog.customerOf", m.title()), text.get("dashboard.dialog.save"),
                model.annotateChoice(m.bayId()), unprintable)
                .ifPresent(c -> model.annotate(m.bayId(), c));
    }

    private void stopSession(BayTileModel m) {
        model.closeSession(m.bayId()).ifPresent(this::askWhileDrawing);
    }

    private void startSession(BayTileModel m) {
        CustomerDialog.ask(text, text.get("dashboard.dialog.startOn", m.title()), text.get("dashboard.dialog.start"),
                model.customerChoice(Customer.NONE), unprintable).ifPresent(c -> model.openSession(m.bayId(), c));
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
        alert.setTitle(text.get("dashboard.drawing.dialogTitle", question.bayId()));
        alert.setHeaderText(question.title());
        ButtonType endHere = new ButtonType(text.get("dashboard.drawing.endHere"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(endHere, DialogButtons.cancel(text));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (alert.showAndWait().filter(endHere::equals).isPresent()) {
            CustomerDialog.ask(text, text.get("dashboard.drawing.newSession", question.bayId()),
                    text.get("dashboard.drawing.endAndStart"), model.customerChoice(question.customer()), unprintable)
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

    private static Label boundLabel(ObservableStringValue text, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
