package io.chargedesk.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes session rows as CSV (the contract in docs/design.md, Sessions export) or JSON (an array of objects with
 * the same keys), or as CSV for Excel in a locale ({@link ExcelCsv}).
 */
public final class SessionExport {

    public enum Format { CSV, JSON }

    private SessionExport() {
    }

    /**
     * @param excel for a CSV: the locale of the Excel it is for, which then opens it with numbers and dates as
     *     such; empty for the contract itself. JSON is always the contract.
     */
    public static void write(List<SessionRow> rows, Format format, Optional<Locale> excel, OutputStream out)
            throws IOException {
        if (format == Format.JSON) {
            writeJson(rows, out);
        } else if (excel.isPresent()) {
            new ExcelCsv(excel.get()).write(rows, out);
        } else {
            writeCsv(rows, out);
        }
    }

    private static void writeCsv(List<SessionRow> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat csv = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader(SessionRow.HEADER.toArray(String[]::new)).build();
        CSVPrinter printer = new CSVPrinter(w, csv);
        for (SessionRow row : rows) {
            printer.printRecord(row.values());
        }
        printer.flush();
    }

    private static void writeJson(List<SessionRow> rows, OutputStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (SessionRow row : rows) {
            g.writeStartObject();
            List<Object> values = row.values();
            for (int i = 0; i < values.size(); i++) {
                String key = SessionRow.HEADER.get(i);
                Object v = values.get(i);
                if (v instanceof Long n) {
                    g.writeNumberField(key, n);
                } else if (((String) v).isEmpty() && (key.equals("end") || key.equals("cost")
                        || SessionRow.isWhole(key))) {
                    g.writeNullField(key);
                } else if (SessionRow.isDecimal(key) || SessionRow.isWhole(key)) {
                    g.writeFieldName(key);
                    g.writeNumber((String) v);
                } else {
                    g.writeStringField(key, (String) v);
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeRaw('\n');
        g.flush();
    }
}
