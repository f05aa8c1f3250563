package io.chargedesk.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Everything a receipt or credit note says, as issued: stored with it, so a reprint shows exactly the same
 * document (marked COPY). Amounts are gross, in the currency's minor-unit scale; a credit note carries the
 * cancelled receipt's lines and amounts negated.
 *
 * @param creditsNumber the receipt a credit note cancels; null on a receipt
 * @param customerName the name the attendant gave the session; empty if none (and on documents issued before
 *     receipts named the customer)
 * @param customerPlate the number plate the attendant gave the session; empty if none
 * @param energySplit under time-of-use prices, the meter readings at each window boundary; empty for a flat price
 * @param language the ISO 639 code of the language it was issued in ("de"), so every copy reads the same;
 *     English on documents issued before receipts had a language
 * @param replacesNumber on a corrected receipt, the credited receipt it replaces; null otherwise
 * @param customerCompany the company of the registered customer chosen for the session; empty if none (and on
 *     documents issued before customers were registered)
 * @param customerAddress that customer's billing address; empty if none
 * @param odometerKm the odometer reading given with the session, for a company car's log; null if none
 */
public record ReceiptDocument(
        Kind kind,
        long number,
        Long creditsNumber,
        Instant issuedAt,
        String zone,
        String siteName,
        String operatorName,
        String operatorAddress,
        String operatorVatId,
        String customerName,
        String customerPlate,
        String sessionId,
        String bayId,
        String bayName,
        String meterSerial,
        Instant start,
        Instant end,
        long connectedSeconds,
        long chargingSeconds,
        long startRegisterWh,
        long endRegisterWh,
        String tariffId,
        String tariffName,
        Instant tariffEffectiveFrom,
        BigDecimal vatPercent,
        String currency,
        List<Line> lines,
        List<EnergySplit> energySplit,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal total,
        String evidenceSha256,
        String language,
        Long replacesNumber,
        String customerCompany,
        String customerAddress,
        Integer odometerKm) {

    public enum Kind { RECEIPT, CREDIT_NOTE }

    /**
     * One priced line: {@code quantity unit × unitPrice = amount}.
     *
     * @param description the line in English, as priced
     * @param kind what it charges for ({@code QuoteLine.Kind} code, "energy"), for its name in the document's
     *     language; null on documents issued before lines had one, which print the description
     * @param detail what the kind's name needs (a time-of-use window, minutes of grace, a limit); empty if nothing
     */
    public record Line(String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal amount,
                       String kind, String detail) {

        public Line {
            detail = detail == null ? "" : detail;
        }
    }

    /** The energy of one stretch in one time-of-use window: the register read at both of its ends. */
    public record EnergySplit(Instant from, Instant to, String window, long fromRegisterWh, long toRegisterWh) {

        public long energyWh() {
            return toRegisterWh - fromRegisterWh;
        }
    }

    /**
     * A document that replaces none and names no registered customer: every receipt before corrections and customers
     * existed.
     */
    public ReceiptDocument(Kind kind, long number, Long creditsNumber, Instant issuedAt, String zone, String siteName,
                           String operatorName, String operatorAddress, String operatorVatId, String customerName,
                           String customerPlate, String sessionId, String bayId, String bayName, String meterSerial,
                           Instant start, Instant end, long connectedSeconds, long chargingSeconds,
                           long startRegisterWh, long endRegisterWh, String tariffId, String tariffName,
                           Instant tariffEffectiveFrom, BigDecimal vatPercent, String currency, List<Line> lines,
                           List<EnergySplit> energySplit, BigDecimal net, BigDecimal vat, BigDecimal total,
                           String evidenceSha256, String language) {
        this(kind, number, creditsNumber, issuedAt, zone, siteName, operatorName, operatorAddress, operatorVatId,
                customerName, customerPlate, sessionId, bayId, bayName, meterSerial, start, end, connectedSeconds,
                chargingSeconds, startRegisterWh, endRegisterWh, tariffId, tariffName, tariffEffectiveFrom, vatPercent,
                currency, lines, energySplit, net, vat, total, evidenceSha256, language, null, "", "", null);
    }

    /** A document's number as printed and in file names: six digits, "000042". */
    public static String formatNumber(long number) {
        return String.format("%06d", number);
    }

    public ReceiptDocument {
        customerName = customerName == null ? "" : customerName;
        customerPlate = customerPlate == null ? "" : customerPlate;
        customerCompany = customerCompany == null ? "" : customerCompany;
        customerAddress = customerAddress == null ? "" : customerAddress;
        language = language == null ? Locale.ENGLISH.getLanguage() : language;
        if (replacesNumber != null && kind != Kind.RECEIPT) {
            throw new IllegalArgumentException("credit note " + number + ": only a receipt replaces another");
        }
        lines = List.copyOf(lines);
        // Documents issued before time-of-use prices existed have no split stored.
        energySplit = energySplit == null ? List.of() : List.copyOf(energySplit);
        BigDecimal sum = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0 || net.add(vat).compareTo(total) != 0) {
            throw new IllegalArgumentException("receipt " + number + ": lines sum to " + sum + ", net + VAT to "
                    + net.add(vat) + ", but the total is " + total);
        }
    }

    /** The language it is written in. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public long energyWh() {
        return endRegisterWh - startRegisterWh;
    }

    /**
     * What the QR code carries, for a customer's or auditor's check: receipt and session, the meter readings,
     * the amount and the fingerprint of the session's evidence.
     */
    public String verificationPayload() {
        return "CHARGEDESK1;" + (kind == Kind.RECEIPT ? "R" : "C") + number + ";" + sessionId + ";" + startRegisterWh
                + ";" + endRegisterWh + ";" + total.toPlainString() + ";" + currency + ";" + evidenceSha256;
    }
}
