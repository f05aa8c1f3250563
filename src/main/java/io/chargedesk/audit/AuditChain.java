package io.chargedesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The audit trail's hash chain (docs/design.md, Audit trail): each entry's hash is the SHA-256 of its canonical
 * form, which includes the previous entry's hash, so changing or removing any entry breaks every link after it.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /** The entry {@code record} becomes after the one whose seq and hash are given (0 and {@link #GENESIS} first). */
    public static AuditEntry next(long previousSeq, String previousHash, AuditRecord record) {
        long seq = previousSeq + 1;
        return new AuditEntry(seq, record, previousHash, hash(seq, record, previousHash));
    }

    /**
     * The canonical form: one {@code name=value} line per field in this order, UTF-8, each line ending in LF; in a
     * value a backslash is written {@code \\}, a line feed {@code \n} and a carriage return {@code \r}, so no value
     * can forge a line of its own.
     */
    public static String canonical(long seq, AuditRecord r, String previousHash) {
        return line("seq", Long.toString(seq)) + line("at", AT.format(r.at())) + line("role", r.who().role().code())
                + line("who", r.who().name()) + line("action", r.action().code()) + line("subject", r.subject())
                + line("why", r.why()) + line("details", r.details()) + line("previous", previousHash);
    }

    public static String hash(long seq, AuditRecord r, String previousHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(seq, r, previousHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String line(String name, String value) {
        return name + "=" + value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r") + "\n";
    }

    /** Where a walk of the chain found it broken: the entry (by seq) and what is wrong with it. */
    public record Break(long seq, String problem) {}

    /**
     * Walks the stored entries in seq order and names the first one altered or missing. {@link #accept} each entry
     * as read (they are not kept), then {@link #end} with the chain head the store keeps beside them.
     */
    public static final class Walk {

        private long seq;
        private String hash = GENESIS;
        private Break broken;

        /** @return false once the chain is broken (the rest need not be read) */
        public boolean accept(AuditEntry e) {
            if (broken != null) {
                return false;
            }
            if (e.seq() != seq + 1) {
                broken = new Break(seq + 1, e.seq() > seq + 1 ? "entries " + (seq + 1) + " to " + (e.seq() - 1)
                        + " were removed" : "entry " + e.seq() + " appears twice or out of order");
            } else if (!e.previousHash().equals(hash)) {
                broken = new Break(e.seq(), seq == 0 ? "its link to the start of the chain is broken"
                        : "its link to entry " + seq + " is broken (entry " + seq + " was altered, or this link)");
            } else if (!hash(e.seq(), e.record(), e.previousHash()).equals(e.hash())) {
                broken = new Break(e.seq(), "it was altered after it was written (its hash does not match)");
            } else {
                seq = e.seq();
                hash = e.hash();
            }
            return broken == null;
        }

        /** Checks the end of the chain against the head kept beside it: a removed last entry shows here. */
        public Optional<Break> end(long headSeq, String headHash) {
            if (broken == null && headSeq > seq) {
                broken = new Break(seq + 1, "entries " + (seq + 1) + " to " + headSeq + " were removed");
            } else if (broken == null && (headSeq < seq || !headHash.equals(hash))) {
                broken = new Break(seq, "the chain's head does not match entry " + seq + " (the head or the entry "
                        + "was altered)");
            }
            return Optional.ofNullable(broken);
        }

        /** How many entries checked out. */
        public long verified() {
            return seq;
        }
    }
}
