package io.chargedesk.export;

import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.StatementDocument;
import io.chargedesk.text.Decimals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A statement's lines as CSV, for the accountant who takes the PDF's numbers into a ledger: UTF-8, RFC 4180, {@code
 * \n} line ends, decimal points, one line per receipt or credit note in the statement's order (docs/design.md,
 * Statements).
 */
public final class StatementCsv {

    public static final List<String> HEADER = List.of("statement", "start", "bay", "plate", "customer", "energy_kwh",
            "vat_percent", "net", "vat", "total", "currency", "document", "cancels");

    private StatementCsv() {
    }

    public static byte[] write(StatementDocument d) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader(HEADER.toArray(String[]::new)).build());
        ZoneId zone = ZoneId.of(d.zone());
        for (StatementDocument.Line l : d.lines()) {
            printer.printRecord(d.number(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            l.start().truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime()),
                    l.bayId(), l.plate(), l.customerName(), BigDecimal.valueOf(l.energyWh(), 3).toPlainString(),
                    Decimals.text(l.vatPercent()), l.net().toPlainString(), l.vat().toPlainString(),
                    l.total().toPlainString(), d.currency(), ReceiptDocument.formatNumber(l.documentNumber()),
                    l.isCredit() ? ReceiptDocument.formatNumber(l.creditsNumber()) : "");
        }
        printer.flush();
        return bytes.toByteArray();
    }
}
