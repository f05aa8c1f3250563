package io.chargedesk.export;

import io.chargedesk.audit.AuditEntry;
import io.chargedesk.audit.AuditRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Audit entries as CSV (docs/design.md, Audit trail): one row per entry with every field its hash covers, as
 * stored (UTC times, codes), and both hashes, so an exported list can be checked against the chain.
 */
public final class AuditExport {

    public static final List<String> HEADER = List.of("seq", "at_utc", "role", "who", "action", "subject", "why",
            "details", "previous_hash", "hash");

    private AuditExport() {
    }

    public static void writeCsv(List<AuditEntry> entries, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader(HEADER.toArray(String[]::new)).build());
        for (AuditEntry e : entries) {
            AuditRecord r = e.record();
            printer.printRecord(e.seq(), r.at().toString(), r.who().role().code(), r.who().name(), r.action().code(),
                    r.subject(), r.why(), r.details(), e.previousHash(), e.hash());
        }
        printer.flush();
    }
}
