package io.chargedesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.testing.FxThread;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

class ChartCardTest {

    @Test
    void aTrendLabelsEveryFewDaysAndItsLastDayWhichTheTickJustBeforeGivesWayTo() throws Exception {
        // 29 days, as "last 30 days" drawn up to yesterday: the axis ticks 0, 3, …, 27 and its upper bound, 28.
        List<String> days = IntStream.rangeClosed(1, 29).mapToObj(d -> "day " + d).toList();
        ChartData data = new ChartData("chart-energy", "Energy", "kWh", false, days,
                List.of(new ChartData.Series("This period", new ArrayList<>(Collections.nCopies(29, 1.0)))),
                new ChartTable("energy", List.of("day", "kWh"), List.of()));

        List<String> labels = FxThread.call(() -> {
            LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
            ChartCard.lines(chart, data, NumberFormat.getCurrencyInstance(Locale.GERMANY));
            NumberAxis x = (NumberAxis) chart.getXAxis();
            StringConverter<Number> label = x.getTickLabelFormatter();
            return List.of(String.valueOf(x.getTickUnit()), label.toString(0), label.toString(3),
                    label.toString(24), label.toString(27), label.toString(28), label.toString(1.5));
        });

        assertThat(labels).containsExactly("3.0", "day 1", "day 4", "day 25", "", "day 29", "");
    }
}
