package io.chargedesk.store;

import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.StatementDocument;
import io.chargedesk.usecase.port.StatementLedger;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issued statements. Numbers are gapless per year: each is the year's previous plus one, taken in the transaction
 * that stores the statement; two consoles issuing at once collide on the key and the later one takes the next.
 */
public final class StatementRepository implements StatementLedger {

    private static final int ATTEMPTS = 5;
    /** Session ids asked for in one query. */
    private static final int CHUNK = 500;

    private final Database db;

    public StatementRepository(Database db) {
        this.db = db;
    }

    @Override
    public Prepared issue(int year, Preparation preparation) throws StoreException, IOException {
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                int seq;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT COALESCE(MAX(seq), 0) + 1 FROM statement WHERE series_year = ?")) {
                    ps.setInt(1, year);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        seq = rs.getInt(1);
                    }
                }
                Prepared prepared = preparation.prepare(StatementDocument.formatNumber(year, seq));
                insert(c, year, seq, prepared);
                c.commit();
                return prepared;
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw new StoreException("Could not store the statement: " + Database.rootMessage(e), e);
                }
                last = e;
            }
        }
        throw new StoreException("Could not get a statement number: other consoles kept taking it; try again.", last);
    }

    private static void insert(Connection c, int year, int seq, Prepared prepared) throws SQLException {
        StatementDocument d = prepared.document();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO statement (series_year, seq, number, issued_utc, "
                + "subject_kind, subject_id, period_from, period_to, language, currency, total_minor, pdf, pdf_sha256, "
                + "csv, csv_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, year);
            ps.setInt(2, seq);
            ps.setString(3, d.number());
            Jdbc.setInstant(ps, 4, d.issuedAt());
            ps.setString(5, d.subjectKind());
            ps.setLong(6, prepared.subjectId());
            ps.setObject(7, d.period().from());
            ps.setObject(8, d.period().to());
            ps.setString(9, d.language());
            ps.setString(10, d.currency());
            BigDecimal total = d.total();
            ps.setLong(11, total.movePointRight(Math.max(0, total.scale())).longValueExact());
            ps.setBytes(12, prepared.pdf());
            ps.setString(13, sha256(prepared.pdf()));
            ps.setBytes(14, prepared.csv());
            ps.setString(15, sha256(prepared.csv()));
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<Stored> byNumber(String number) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT number, subject_kind, subject_id, language, pdf, csv, pdf_sha256 FROM statement "
                        + "WHERE number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getBytes(5), rs.getBytes(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the statements: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ReceiptDocument> documentsOf(Collection<UUID> sessionIds) throws StoreException {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(sessionIds));
        List<ReceiptDocument> out = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT document_json FROM receipt WHERE session_id IN ("
                        + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setObject(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(ReceiptRepository.fromJson(rs.getString(1)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the receipts: " + e.getMessage(), e);
        }
        out.sort(Comparator.comparingLong(ReceiptDocument::number));
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
