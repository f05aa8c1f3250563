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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes session rows as CSV (the contract in docs/design.md, Sessions export) or JSON (an array of objects with
 * the same keys).
 */
public final class SessionExport {

    public enum Format { CSV, JSON }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SessionExport() {
    }

    /**
     * @param excel start the CSV with a UTF-8 byte-order mark, so Excel opens it as UTF-8
     */
    public static void write(List<SessionRow> rows, Format format, boolean excel, OutputStream out) throws IOException {
        if (format == Format.JSON) {
            writeJson(rows, out);
        } else {
            writeCsv(rows, excel, out);
        }
    }

    private static void writeCsv(List<SessionRow> rows, boolean excel, OutputStream out) throws IOException {
        if (excel) {
            out.write(UTF8_BOM);
        }
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
                } else if (((String) v).isEmpty() && (key.equals("end") || key.equals("cost"))) {
                    g.writeNullField(key);
                } else if (isDecimalField(key)) {
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

    private static boolean isDecimalField(String key) {
        return key.endsWith("_kwh") || key.equals("peak_kw") || key.equals("cost");
    }
}
