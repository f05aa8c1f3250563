package io.chargedesk.audit;

/** An entry of the audit trail as stored: its place in the chain, what it records, and the hashes linking it. */
public record AuditEntry(long seq, AuditRecord record, String previousHash, String hash) {}
