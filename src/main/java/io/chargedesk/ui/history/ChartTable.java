package io.chargedesk.ui.history;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data behind one chart, as its CSV export writes it: a header row and one row per point, plain numbers with
 * a dot as decimal mark (what spreadsheets and scripts read in every locale), days as ISO dates.
 */
public record ChartTable(String name, List<String> columns, List<List<String>> rows) {

    public ChartTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + name + " has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    public static ChartTable empty(String name, List<String> columns) {
        return new ChartTable(name, columns, List.of());
    }

    /** RFC 4180 text, UTF-8 with CRLF line ends. */
    public byte[] csv() {
        StringBuilder out = new StringBuilder(line(columns));
        rows.forEach(r -> out.append(line(r)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(ChartTable::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
