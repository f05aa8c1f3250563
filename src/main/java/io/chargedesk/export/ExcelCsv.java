package io.chargedesk.export;

import io.chargedesk.text.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The sessions CSV as Excel in one locale opens it by double-click: a UTF-8 byte-order mark (else Excel reads
 * names as its ANSI code page), the list separator Excel expects there ({@code ;} where the decimal separator is a
 * comma, as in German), decimals with that locale's separator and site-local date-times in its pattern
 * ({@code export.excel.dateTime}), which Excel turns into numbers and dates. The columns are the contract's, in its
 * order and with its names; only how values are written differs. Nothing is rounded.
 */
final class ExcelCsv {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final char decimalSeparator;
    private final char delimiter;
    private final DateTimeFormatter dateTime;

    ExcelCsv(Locale locale) {
        decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        delimiter = decimalSeparator == ',' ? ';' : ',';
        dateTime = DateTimeFormatter.ofPattern(Messages.of(locale).get("export.excel.dateTime"), locale);
    }

    void write(List<SessionRow> rows, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n")
                .setHeader(SessionRow.HEADER.toArray(String[]::new)).build();
        CSVPrinter printer = new CSVPrinter(w, csv);
        for (SessionRow row : rows) {
            List<Object> values = row.values();
            List<Object> cells = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                cells.add(cell(SessionRow.HEADER.get(i), values.get(i)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private Object cell(String key, Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return value;
        }
        if (SessionRow.isDecimal(key)) {
            return new BigDecimal(text).toPlainString().replace('.', decimalSeparator);
        }
        if (SessionRow.isInstant(key)) {
            // The site's wall-clock time, as the contract's offset gives it: what Excel shows as a date and time.
            return dateTime.format(OffsetDateTime.parse(text).toLocalDateTime());
        }
        return text;
    }
}
