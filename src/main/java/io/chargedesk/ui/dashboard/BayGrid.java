package io.chargedesk.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The bay tiles, grouped ({@link TileGroups}: one heading per area, or per bus), at the largest size that shows
 * every tile in the space there is: a few bays get large tiles, 50 bays on a full-HD screen get dense ones. Only below the
 * smallest readable tile does the grid grow taller than its space, and its scroll pane scrolls.
 */
final class BayGrid extends Region {

    static final double GAP = 8;
    static final double MIN_WIDTH = 168;
    static final double MIN_HEIGHT = 132;
    static final double MAX_WIDTH = 560;
    /** Taller than this share of its width, a tile only adds empty space below its lines. */
    static final double MAX_HEIGHT_SHARE = 0.65;
    static final double HEADING = 24;

    /** A group's heading, or none when all bays are in one group, and its tiles. */
    record Group(Label heading, List<Node> tiles) {}

    /** The tile size and columns chosen for a width and height. */
    record Fit(int columns, double tileWidth, double tileHeight, double height) {

        double width() {
            return columns * tileWidth + (columns - 1) * GAP;
        }
    }

    private final List<Group> groups;
    private Fit laidOut;

    BayGrid(List<Group> groups) {
        this.groups = List.copyOf(groups);
        for (Group g : groups) {
            if (g.heading() != null) {
                getChildren().add(g.heading());
            }
            getChildren().addAll(g.tiles());
        }
        getStyleClass().add("bay-grid");
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinHeight(double width) {
        double w = width > 0 ? width : getWidth();
        return w > 0 ? fit(sizes(), w - insetsWidth(), 0).height() + insetsHeight() : MIN_HEIGHT;
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return MIN_WIDTH + insetsWidth();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 5 * (MIN_WIDTH + GAP) + insetsWidth();
    }

    private double insetsWidth() {
        return snappedLeftInset() + snappedRightInset();
    }

    private double insetsHeight() {
        return snappedTopInset() + snappedBottomInset();
    }

    private List<Integer> sizes() {
        List<Integer> sizes = new ArrayList<>();
        for (Group g : groups) {
            sizes.add(g.tiles().size());
        }
        return sizes;
    }

    private boolean headed() {
        return groups.stream().anyMatch(g -> g.heading() != null);
    }

    /**
     * The columns and tile size for {@code groups} tiles (each group starting a new row) in {@code width} by
     * {@code height}: the largest tiles with which all fit; when none fit, the smallest tiles, and the height they
     * need.
     */
    static Fit fit(List<Integer> groups, boolean headed, double width, double height) {
        int most = groups.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (most == 0) {
            return new Fit(1, MIN_WIDTH, MIN_HEIGHT, 0);
        }
        Fit best = null;
        for (int columns = 1; columns <= most; columns++) {
            double tileWidth = Math.min(MAX_WIDTH, (width - (columns - 1) * GAP) / columns);
            int rows = rows(groups, columns);
            double fixed = headings(groups, headed) + (rows - 1) * GAP;
            double tileHeight = Math.min(tileWidth * MAX_HEIGHT_SHARE, (height - fixed) / rows);
            if (tileWidth < MIN_WIDTH || tileHeight < MIN_HEIGHT) {
                continue;
            }
            if (best == null || tileWidth * tileHeight > best.tileWidth() * best.tileHeight()) {
                best = new Fit(columns, tileWidth, tileHeight, fixed + rows * tileHeight);
            }
        }
        if (best != null) {
            return best;
        }
        int columns = (int) Math.max(1, Math.floor((width + GAP) / (MIN_WIDTH + GAP)));
        int rows = rows(groups, columns);
        double tileWidth = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (width - (columns - 1) * GAP) / columns));
        double fixed = headings(groups, headed) + (rows - 1) * GAP;
        return new Fit(columns, tileWidth, MIN_HEIGHT, fixed + rows * MIN_HEIGHT);
    }

    private Fit fit(List<Integer> sizes, double width, double height) {
        return fit(sizes, headed(), width, height);
    }

    private static int rows(List<Integer> groups, int columns) {
        return groups.stream().mapToInt(n -> (n + columns - 1) / columns).sum();
    }

    private static double headings(List<Integer> groups, boolean headed) {
        return headed ? groups.size() * HEADING : 0;
    }

    @Override
    protected void layoutChildren() {
        double y = snappedTopInset();
        Fit f = fit(sizes(), getWidth() - insetsWidth(), getHeight() - insetsHeight());
        // Tiles at their largest leave a margin; centred, it reads as a frame rather than a missing column.
        double x0 = snappedLeftInset() + Math.max(0, (getWidth() - insetsWidth() - f.width()) / 2);
        if (!f.equals(laidOut)) {
            // Text scales with the tile, so a large tile is read from across the room and a dense one still fits.
            String font = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                    Math.max(11, Math.min(28, Math.min(f.tileHeight() / 10, f.tileWidth() / 15))));
            groups.forEach(g -> g.tiles().forEach(t -> t.setStyle(font)));
            laidOut = f;
        }
        for (Group g : groups) {
            if (g.heading() != null) {
                g.heading().resizeRelocate(x0, y, f.width(), HEADING);
                y += HEADING;
            }
            for (int i = 0; i < g.tiles().size(); i++) {
                int column = i % f.columns();
                if (i > 0 && column == 0) {
                    y += f.tileHeight() + GAP;
                }
                g.tiles().get(i).resizeRelocate(x0 + column * (f.tileWidth() + GAP), y, f.tileWidth(),
                        f.tileHeight());
            }
            y += f.tileHeight() + GAP;
        }
    }
}
