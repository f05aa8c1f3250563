package io.chargedesk.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a backup holds, written into it when it is taken and recomputed from its copy when it is checked: the rows of
 * every table and the SHA-256 of every issued receipt's stored document. A copy whose rows or receipts differ from
 * its manifest was damaged after it was taken.
 */
public record BackupManifest(Instant taken, String schemaVersion, SortedMap<String, Long> rows,
                      SortedMap<Long, String> receipts) {

    static final String ENTRY = "chargedesk-backup.properties";

    public BackupManifest {
        rows = new TreeMap<>(rows);
        receipts = new TreeMap<>(receipts);
    }

    /** The first difference from {@code copy}, in words, or empty. */
    Optional<String> firstDifference(BackupManifest copy) {
        if (!schemaVersion.equals(copy.schemaVersion)) {
            return Optional.of("its schema version is " + copy.schemaVersion + ", not " + schemaVersion);
        }
        for (Map.Entry<String, Long> table : rows.entrySet()) {
            Long found = copy.rows.get(table.getKey());
            if (!table.getValue().equals(found)) {
                return Optional.of("table " + table.getKey() + " has " + found + " rows, not " + table.getValue());
            }
        }
        for (Map.Entry<Long, String> receipt : receipts.entrySet()) {
            if (!receipt.getValue().equals(copy.receipts.get(receipt.getKey()))) {
                return Optional.of("receipt " + receipt.getKey() + " is not the one that was backed up");
            }
        }
        // When it was taken is not part of what was copied.
        return rows.equals(copy.rows) && receipts.equals(copy.receipts) ? Optional.empty()
                : Optional.of("it holds tables or receipts the backup did not");
    }

    byte[] bytes() {
        StringBuilder b = new StringBuilder("# ChargeDesk backup: rows per table and SHA-256 of each receipt\n");
        b.append("taken=").append(taken).append('\n');
        b.append("schema=").append(schemaVersion).append('\n');
        rows.forEach((table, n) -> b.append("rows.").append(table).append('=').append(n).append('\n'));
        receipts.forEach((number, sha) -> b.append("receipt.").append(number).append('=').append(sha).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static BackupManifest parse(byte[] bytes) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        SortedMap<String, Long> rows = new TreeMap<>();
        SortedMap<Long, String> receipts = new TreeMap<>();
        try {
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("rows.")) {
                    rows.put(key.substring("rows.".length()), Long.parseLong(p.getProperty(key)));
                } else if (key.startsWith("receipt.")) {
                    receipts.put(Long.parseLong(key.substring("receipt.".length())), p.getProperty(key));
                }
            }
            String taken = p.getProperty("taken");
            String schema = p.getProperty("schema");
            if (taken == null || schema == null) {
                throw new IOException("the backup's manifest lacks its time or schema version");
            }
            return new BackupManifest(Instant.parse(taken), schema, rows, receipts);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IOException("the backup's manifest is damaged: " + e.getMessage(), e);
        }
    }
}
