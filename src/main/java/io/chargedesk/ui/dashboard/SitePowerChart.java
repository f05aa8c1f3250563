package io.chargedesk.ui.dashboard;

import io.chargedesk.text.Messages;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;

/**
 * The site's total power in the last hour against its grid limit. The scale is fixed at the larger of the grid limit
 * and the hour's peak (rounded up), so noise at low load stays a flat line and the limit is always in sight; the
 * time axis runs from an hour ago to now.
 */
final class SitePowerChart extends Region {

    private static final double LEFT = 64;
    private static final double TOP = 28;
    private static final double BOTTOM = 22;
    private static final double RIGHT = 12;
    private static final int[] MINUTES = {60, 45, 30, 15, 0};

    private final SitePowerHistory history;
    private final double gridLimitKw;
    private final Messages text;
    private final Label title;
    private final Polyline curve = new Polyline();
    private final Line limit = new Line();
    private final Label limitLabel;
    private final Line baseline = new Line();
    private final Label[] scaleLabels = {new Label(), new Label(), new Label()};
    private final Label[] timeLabels = new Label[MINUTES.length];
    private double scaleKw;

    SitePowerChart(SitePowerHistory history, double gridLimitKw, Messages text) {
        this.history = history;
        this.gridLimitKw = gridLimitKw;
        this.text = text;
        title = styled(new Label(text.get("dashboard.chart.title")), "chart-title");
        limitLabel = styled(new Label(text.get("dashboard.chart.limit", gridLimitKw)), "chart-limit-label");
        curve.getStyleClass().add("chart-curve");
        limit.getStyleClass().add("chart-limit");
        baseline.getStyleClass().add("chart-axis");
        for (int i = 0; i < MINUTES.length; i++) {
            timeLabels[i] = styled(new Label(MINUTES[i] == 60 ? text.get("dashboard.chart.start")
                    : MINUTES[i] == 0 ? text.get("dashboard.chart.now")
                    : text.get("dashboard.chart.minutes", MINUTES[i])), "chart-axis-label");
        }
        for (Label l : scaleLabels) {
            styled(l, "chart-axis-label");
        }
        getChildren().addAll(baseline, limit, curve, title, limitLabel);
        getChildren().addAll(List.of(scaleLabels));
        getChildren().addAll(List.of(timeLabels));
        limit.setVisible(gridLimitKw > 0);
        limitLabel.setVisible(gridLimitKw > 0);
        getStyleClass().add("site-chart");
        setMinSize(240, 150);
        setPrefSize(520, 200);
    }

    private static Label styled(Label l, String styleClass) {
        l.getStyleClass().add(styleClass);
        l.setManaged(false);
        return l;
    }

    /** The top of the scale: the grid limit or the hour's peak, whichever is higher, rounded up to a round figure. */
    static double scale(double gridLimitKw, double peakKw) {
        double top = Math.max(Math.max(gridLimitKw, peakKw) * 1.1, 1);
        double step = Math.pow(10, Math.floor(Math.log10(top)));
        for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
            if (nice * step >= top) {
                return nice * step;
            }
        }
        return 10 * step;
    }

    /** Draws the hour as it is now; called when the history gains a point. */
    void redraw() {
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double plotW = Math.max(1, w - LEFT - RIGHT);
        double plotH = Math.max(1, h - TOP - BOTTOM);
        double bottom = TOP + plotH;
        double newScale = scale(gridLimitKw, history.peakKw());
        if (newScale != scaleKw) {
            scaleKw = newScale;
            for (int i = 0; i < scaleLabels.length; i++) {
                scaleLabels[i].setText(text.get("dashboard.chart.kw", scaleKw * i / 2));
            }
        }
        title.resizeRelocate(LEFT, 2, plotW, TOP - 6);
        baseline.setStartX(LEFT);
        baseline.setEndX(LEFT + plotW);
        baseline.setStartY(bottom);
        baseline.setEndY(bottom);
        double limitY = bottom - plotH * Math.min(1, gridLimitKw / scaleKw);
        limit.setStartX(LEFT);
        limit.setEndX(LEFT + plotW);
        limit.setStartY(limitY);
        limit.setEndY(limitY);
        double lw = limitLabel.prefWidth(-1);
        double lh = limitLabel.prefHeight(-1);
        limitLabel.resizeRelocate(LEFT + plotW - lw - 4, limitY - lh, lw, lh);
        for (int i = 0; i < scaleLabels.length; i++) {
            Label l = scaleLabels[i];
            double sh = l.prefHeight(-1);
            l.resizeRelocate(0, bottom - plotH * i / 2.0 - sh / 2, LEFT - 6, sh);
        }
        for (int i = 0; i < MINUTES.length; i++) {
            Label l = timeLabels[i];
            double tw = l.prefWidth(-1);
            double x = LEFT + plotW * (60 - MINUTES[i]) / 60.0 - tw / 2;
            l.resizeRelocate(Math.max(LEFT - tw / 2, Math.min(x, w - tw)), bottom + 2, tw, BOTTOM - 2);
        }
        double[] points = new double[SitePowerHistory.POINTS * 2];
        int[] n = {0};
        history.forEach((minutesAgo, kw) -> {
            points[n[0]++] = LEFT + plotW * (60 - minutesAgo) / 60.0;
            points[n[0]++] = bottom - plotH * Math.min(1, kw / scaleKw);
        });
        Double[] boxed = new Double[n[0]];
        for (int i = 0; i < n[0]; i++) {
            boxed[i] = points[i];
        }
        curve.getPoints().setAll(boxed);
    }
}
