package io.chargedesk.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A statement for a customer or fleet over a period: every receipt and credit note issued for the sessions billed
 * to them that started in the period, with totals and a VAT summary. Every amount is taken from those documents as
 * they were issued (one cost engine; a credit note counts negative), never priced again, so the totals are the
 * sum of the listed receipts minus their credit notes.
 *
 * @param number "ST-2026-0001"
 * @param subjectKind "customer" or "fleet"
 * @param openSessions sessions of the subject in the period still open when it was issued, so not on it
 * @param unbilled closed sessions of the subject in the period that could not be billed (no tariff in force)
 */
public record StatementDocument(String number, Instant issuedAt, String zone, String language, Issuer issuer,
                                String subjectKind, String subjectName, String subjectCompany, String subjectAddress,
                                StatementPeriod period, String currency, List<Line> lines, List<VatTotal> vatTotals,
                                long energyWh, BigDecimal net, BigDecimal vat, BigDecimal total, int openSessions,
                                int unbilled) {

    /** Who issues it: the site's operator, as on its receipts. */
    public record Issuer(String siteName, String operatorName, String operatorAddress, String operatorVatId) {}

    /** One receipt or credit note: its session's start, bay, plate and customer, energy and amounts. */
    public record Line(Instant start, String bayId, String plate, String customerName, long energyWh,
                       BigDecimal vatPercent, BigDecimal net, BigDecimal vat, BigDecimal total, long documentNumber,
                       Long creditsNumber) {

        static Line of(ReceiptDocument d) {
            boolean credit = d.kind() == ReceiptDocument.Kind.CREDIT_NOTE;
            return new Line(d.start(), d.bayId(), d.customerPlate(), d.customerName(),
                    credit ? -d.energyWh() : d.energyWh(), d.vatPercent(), d.net(), d.vat(), d.total(), d.number(),
                    d.creditsNumber());
        }

        public boolean isCredit() {
            return creditsNumber != null;
        }
    }

    /** The amounts at one VAT rate. */
    public record VatTotal(BigDecimal percent, BigDecimal net, BigDecimal vat, BigDecimal total) {}

    public StatementDocument {
        lines = List.copyOf(lines);
        vatTotals = List.copyOf(vatTotals);
    }

    /** What a statement says besides its documents. */
    public record Heading(String number, Instant issuedAt, String zone, String language, Issuer issuer,
                          String subjectKind, String subjectName, String subjectCompany, String subjectAddress,
                          StatementPeriod period, String currency, int openSessions, int unbilled) {}

    /**
     * The statement of {@code documents}: lines in order of their sessions' start (a credit note after the receipt
     * it cancels), totals and VAT per rate summed from them.
     *
     * @throws IllegalArgumentException if a document is in another currency than the statement's
     */
    public static StatementDocument of(Heading h, List<ReceiptDocument> documents) {
        List<Line> lines = new ArrayList<>();
        Map<BigDecimal, BigDecimal[]> byRate = new TreeMap<>();
        long energy = 0;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (ReceiptDocument d : documents) {
            if (!d.currency().equals(h.currency())) {
                throw new IllegalArgumentException("Receipt " + ReceiptDocument.formatNumber(d.number()) + " is in "
                        + d.currency() + ", the statement in " + h.currency() + ": issue one statement per currency.");
            }
            Line line = Line.of(d);
            lines.add(line);
            energy += line.energyWh();
            net = net.add(d.net());
            vat = vat.add(d.vat());
            total = total.add(d.total());
            BigDecimal[] sums = byRate.computeIfAbsent(d.vatPercent().stripTrailingZeros(),
                    r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(d.net());
            sums[1] = sums[1].add(d.vat());
            sums[2] = sums[2].add(d.total());
        }
        lines.sort(Comparator.comparing(Line::start).thenComparing(Line::documentNumber));
        List<VatTotal> vatTotals = byRate.entrySet().stream()
                .map(e -> new VatTotal(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new StatementDocument(h.number(), h.issuedAt(), h.zone(), h.language(), h.issuer(), h.subjectKind(),
                h.subjectName(), h.subjectCompany(), h.subjectAddress(), h.period(), h.currency(), lines, vatTotals,
                energy, net, vat, total, h.openSessions(), h.unbilled());
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** "ST-2026-0001": the series of a year, four digits and more after 9,999. */
    public static String formatNumber(int year, int seq) {
        return String.format(Locale.ROOT, "ST-%04d-%04d", year, seq);
    }
}
