package io.chargedesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.chargedesk.audit.AuditRecord;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.usecase.port.ReceiptLedger;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Issued receipts and credit notes. Numbers are gapless: each is the previous plus one, taken in the same
 * transaction that stores the document. Consoles issuing at once on one database take turns: each first locks the
 * one row of {@code receipt_issuer} (H2 and PostgreSQL alike), which its commit releases; should two still collide
 * on the key (a program without that lock), the later one takes the next number.
 */
public final class ReceiptRepository implements ReceiptLedger {

    private static final int ATTEMPTS = 20;
    /** Session ids per query of their statuses: well inside every database's limit of bound parameters. */
    private static final int IDS_PER_QUERY = 500;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Database db;

    public ReceiptRepository(Database db) {
        this.db = db;
    }

    /**
     * Prepares the document for the next number and stores it, with its PDF and evidence, in the transaction
     * that takes the number: a document whose preparation (rendering) fails is never stored, and its number is
     * the next one's.
     */
    public Prepared issue(Preparation preparation) throws StoreException, IOException {
        return issue(preparation, null);
    }

    public Prepared issue(Preparation preparation, Function<ReceiptDocument, AuditRecord> audit)
            throws StoreException, IOException {
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                takeTurn(c);
                long number;
                try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM receipt");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    number = rs.getLong(1);
                }
                Prepared prepared = preparation.prepare(number);
                insert(c, prepared);
                if (audit != null) {
                    AuditRepository.appendIn(c, audit.apply(prepared.document()));
                }
                c.commit();
                return prepared;
            } catch (SQLException e) {
                if (!isKeyClash(e) && !AuditRepository.busy(e)) {
                    throw new StoreException("Could not store the receipt: " + Database.rootMessage(e), e);
                }
                last = e;
            }
        }
        throw new StoreException("Could not get a receipt number: other consoles kept taking it; try again.", last);
    }

    /**
     * Waits until no other console is issuing. PostgreSQL waits as long as that takes; H2 gives up after its lock
     * timeout, which {@link #isKeyClash} counts as one more turn to retry.
     */
    private static void takeTurn(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM receipt_issuer WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
        }
    }

    /** Another console took the number (a duplicate key), or held the turn longer than H2 waits (its lock timeout). */
    private static boolean isKeyClash(SQLException e) {
        return "23505".equals(e.getSQLState()) || "HYT00".equals(e.getSQLState());
    }

    private static void insert(Connection c, Prepared prepared) throws SQLException {
        ReceiptDocument d = prepared.document();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO receipt (number, kind, session_id, credits_number, "
                + "issued_utc, tariff_id, tariff_from_utc, currency, total_minor, evidence_sha256, document_json, pdf, "
                + "evidence_text, revision, replaces_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, d.number());
            ps.setString(2, d.kind() == ReceiptDocument.Kind.RECEIPT ? "receipt" : "credit_note");
            ps.setObject(3, UUID.fromString(d.sessionId()));
            if (d.creditsNumber() == null) {
                ps.setNull(4, Types.BIGINT);
            } else {
                ps.setLong(4, d.creditsNumber());
            }
            Jdbc.setInstant(ps, 5, d.issuedAt());
            ps.setString(6, d.tariffId());
            Jdbc.setInstant(ps, 7, d.tariffEffectiveFrom());
            ps.setString(8, d.currency());
            ps.setLong(9, d.total().movePointRight(d.total().scale()).longValueExact());
            ps.setString(10, d.evidenceSha256());
            ps.setString(11, toJson(d));
            ps.setBytes(12, prepared.pdf());
            ps.setString(13, prepared.evidenceText());
            ps.setInt(14, revision(c, d));
            if (d.replacesNumber() == null) {
                ps.setNull(15, Types.BIGINT);
            } else {
                ps.setLong(15, d.replacesNumber());
            }
            ps.executeUpdate();
        }
    }

    /**
     * The document's place among its session's receipts: a correction follows the receipt it replaces, a credit note
     * shares its receipt's; the unique index on it keeps two consoles from issuing the same one twice.
     */
    private static int revision(Connection c, ReceiptDocument d) throws SQLException {
        Long of = d.replacesNumber() != null ? d.replacesNumber() : d.creditsNumber();
        if (of == null) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM receipt WHERE number = ?")) {
            ps.setLong(1, of);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("receipt " + of + " named by document " + d.number() + " is not stored");
                }
                return rs.getInt(1) + (d.replacesNumber() != null ? 1 : 0);
            }
        }
    }

    public Optional<ReceiptDocument> forSession(UUID sessionId, ReceiptDocument.Kind kind) throws StoreException {
        return one("SELECT document_json FROM receipt WHERE session_id = ? AND kind = ? ORDER BY number DESC", ps -> {
            ps.setObject(1, sessionId);
            ps.setString(2, kind == ReceiptDocument.Kind.RECEIPT ? "receipt" : "credit_note");
        });
    }

    public Optional<ReceiptDocument> byNumber(long number) throws StoreException {
        return one("SELECT document_json FROM receipt WHERE number = ?", ps -> ps.setLong(1, number));
    }

    /** The credit note cancelling receipt {@code number}, if one was issued. */
    public Optional<ReceiptDocument> creditFor(long number) throws StoreException {
        return one("SELECT document_json FROM receipt WHERE credits_number = ?", ps -> ps.setLong(1, number));
    }

    /**
     * The evidence text stored with the session's receipt: the one whose SHA-256 it prints. Empty when the
     * session has no receipt, or one issued before the evidence was stored with receipts.
     */
    public Optional<String> evidenceOf(UUID sessionId) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT evidence_text FROM receipt WHERE session_id = ? AND kind = 'receipt' ORDER BY number DESC")) {
            ps.setObject(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the receipts: " + e.getMessage(), e);
        }
    }

    /** Every session that has a receipt (credited or not). */
    public Set<UUID> sessionsWithReceipt() throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT session_id FROM receipt WHERE kind = 'receipt'");
             ResultSet rs = ps.executeQuery()) {
            Set<UUID> out = new HashSet<>();
            while (rs.next()) {
                out.add(rs.getObject(1, UUID.class));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the receipts: " + e.getMessage(), e);
        }
    }

    public Map<UUID, ReceiptStatus> statuses(Collection<UUID> sessionIds) throws StoreException {
        List<UUID> ids = List.copyOf(sessionIds);
        Map<UUID, List<ReceiptStatus.Entry>> entries = new HashMap<>();
        try (Connection c = db.connect()) {
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                List<UUID> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
                try (PreparedStatement ps = c.prepareStatement("SELECT number, kind, session_id, credits_number, "
                        + "replaces_number, total_minor, currency FROM receipt WHERE session_id IN ("
                        + String.join(", ", Collections.nCopies(part.size(), "?")) + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setObject(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            entries.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
                                    .add(entry(rs));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the receipts: " + e.getMessage(), e);
        }
        Map<UUID, ReceiptStatus> out = new HashMap<>();
        entries.forEach((id, list) -> out.put(id, ReceiptStatus.of(list)));
        return out;
    }

    private static ReceiptStatus.Entry entry(ResultSet rs) throws SQLException {
        return new ReceiptStatus.Entry(rs.getLong("number"), kind(rs.getString("kind")),
                optionalLong(rs, "replaces_number"), optionalLong(rs, "credits_number"), total(rs));
    }

    private static ReceiptDocument.Kind kind(String stored) {
        return "receipt".equals(stored) ? ReceiptDocument.Kind.RECEIPT : ReceiptDocument.Kind.CREDIT_NOTE;
    }

    private static BigDecimal total(ResultSet rs) throws SQLException {
        int places = Math.max(0, Currency.getInstance(rs.getString("currency").trim()).getDefaultFractionDigits());
        return BigDecimal.valueOf(rs.getLong("total_minor"), places);
    }

    private static OptionalLong optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    public IssuedTotals issuedBetween(Instant from, Instant to) throws StoreException {
        int receipts = 0;
        int credits = 0;
        BigDecimal receiptsTotal = BigDecimal.ZERO;
        BigDecimal creditsTotal = BigDecimal.ZERO;
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT kind, total_minor, "
                + "currency FROM receipt WHERE issued_utc >= ? AND issued_utc < ?")) {
            Jdbc.setInstant(ps, 1, from);
            Jdbc.setInstant(ps, 2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (kind(rs.getString("kind")) == ReceiptDocument.Kind.RECEIPT) {
                        receipts++;
                        receiptsTotal = receiptsTotal.add(total(rs));
                    } else {
                        credits++;
                        creditsTotal = creditsTotal.add(total(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the receipts: " + e.getMessage(), e);
        }
        return new IssuedTotals(receipts, receiptsTotal, credits, creditsTotal);
    }

    /** When the last receipt priced with tariff {@code tariffId} was issued: new versions may not start before. */
    public Optional<Instant> lastIssuedUsing(String tariffId) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(issued_utc) AS last FROM receipt WHERE tariff_id = ?")) {
            ps.setString(1, tariffId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Optional.ofNullable(Jdbc.getInstant(rs, "last"));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the receipts: " + e.getMessage(), e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<ReceiptDocument> one(String sql, Binder binder) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(fromJson(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the receipts: " + e.getMessage(), e);
        }
    }

    private static String toJson(ReceiptDocument d) {
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a receipt document always serialises", e);
        }
    }

    static ReceiptDocument fromJson(String json) throws SQLException {
        try {
            return JSON.readValue(json, ReceiptDocument.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored receipt cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
