package io.chargedesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.usecase.port.ReceiptLedger;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issued receipts and credit notes. Numbers are gapless: each is the previous plus one, taken in the same
 * transaction that stores the document; two consoles issuing at once collide on the key and the later one
 * simply takes the next number.
 */
public final class ReceiptRepository implements ReceiptLedger {

    private static final int ATTEMPTS = 5;
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
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                long number;
                try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM receipt");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    number = rs.getLong(1);
                }
                Prepared prepared = preparation.prepare(number);
                insert(c, prepared);
                c.commit();
                return prepared;
            } catch (SQLException e) {
                if (!isKeyClash(e)) {
                    throw new StoreException("Could not store the receipt: " + Database.rootMessage(e), e);
                }
                last = e;
            }
        }
        throw new StoreException("Could not get a receipt number: other consoles kept taking it; try again.", last);
    }

    private static boolean isKeyClash(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static void insert(Connection c, Prepared prepared) throws SQLException {
        ReceiptDocument d = prepared.document();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO receipt (number, kind, session_id, credits_number, "
                + "issued_utc, tariff_id, tariff_from_utc, currency, total_minor, evidence_sha256, document_json, pdf, "
                + "evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            ps.executeUpdate();
        }
    }

    public Optional<ReceiptDocument> forSession(UUID sessionId, ReceiptDocument.Kind kind) throws StoreException {
        return one("SELECT document_json FROM receipt WHERE session_id = ? AND kind = ?", ps -> {
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
                "SELECT evidence_text FROM receipt WHERE session_id = ? AND kind = 'receipt'")) {
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
