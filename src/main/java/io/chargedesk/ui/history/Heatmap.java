package io.chargedesk.ui.history;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Weekday × hour-of-day cells coloured from light (little) to dark (much) on one sequential scale, with a legend:
 * a grid of styled regions rather than a chart, since JavaFX has no heat map and the pattern is read at a glance.
 */
final class Heatmap {

    /** Dark to bright on the console's dark ground: little blends into the panel, much stands out. */
    private static final Color LOW = Color.web("#26323f");
    private static final Color MIDDLE = Color.web("#2e86c1");
    private static final Color HIGH = Color.web("#f7dc6f");

    private final GridPane grid = new GridPane();
    private final Region[][] cells = new Region[7][24];
    private final Label legendLow = new Label();
    private final Label legendHigh = new Label();
    private final String[] weekdays = new String[7];
    private final VBox root;

    Heatmap(String id, Locale locale) {
        grid.getStyleClass().add("heatmap");
        grid.setHgap(2);
        grid.setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(names);
        for (int h = 0; h < 24; h++) {
            ColumnConstraints c = new ColumnConstraints(14, 36, Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            c.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(c);
            Label hour = new Label(String.format("%02d", h));
            hour.getStyleClass().add("heatmap-axis");
            grid.add(hour, h + 1, 7);
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            weekdays[d.ordinal()] = d.getDisplayName(TextStyle.SHORT, locale);
            Label name = new Label(weekdays[d.ordinal()]);
            name.getStyleClass().add("heatmap-axis");
            grid.add(name, 0, d.ordinal());
            for (int h = 0; h < 24; h++) {
                Region cell = new Region();
                cell.getStyleClass().add("heatmap-cell");
                cell.setMinSize(12, 18);
                cell.setPrefSize(36, 28);
                cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                GridPane.setHgrow(cell, Priority.ALWAYS);
                GridPane.setVgrow(cell, Priority.ALWAYS);
                cells[d.ordinal()][h] = cell;
                grid.add(cell, h + 1, d.ordinal());
            }
        }
        Region scale = new Region();
        scale.getStyleClass().add("heatmap-scale");
        scale.setStyle("-fx-background-color: linear-gradient(to right, " + web(LOW) + ", " + web(MIDDLE)
                + ", " + web(HIGH) + ");");
        scale.setPrefSize(220, 12);
        HBox legend = new HBox(6, legendLow, scale, legendHigh);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("heatmap-legend");
        root = new VBox(6, grid, legend);
        root.setId(id);
        VBox.setVgrow(grid, Priority.ALWAYS);
    }

    Parent node() {
        return root;
    }

    /**
     * @param values by weekday (Monday first) and hour; the darkest colour is the highest value
     * @param format how a value reads in the tooltip and legend ("12.5 kW")
     */
    void show(double[][] values, DoubleFunction<String> format) {
        double max = 0;
        for (double[] day : values) {
            for (double v : day) {
                max = Math.max(max, v);
            }
        }
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                double v = values[d][h];
                Region cell = cells[d][h];
                cell.setStyle("-fx-background-color: " + web(colour(max > 0 ? v / max : 0)) + ";");
                Tooltip.install(cell, new Tooltip(weekdays[d] + String.format(" %02d:00  ", h) + format.apply(v)));
            }
        }
        legendLow.setText(format.apply(0));
        legendHigh.setText(format.apply(max));
    }

    /** The colour of a share of the highest value, 0 to 1, along the legend's scale. */
    private static Color colour(double share) {
        return share < 0.5 ? LOW.interpolate(MIDDLE, share * 2) : MIDDLE.interpolate(HIGH, share * 2 - 1);
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
