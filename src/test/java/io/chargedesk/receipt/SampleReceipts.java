package io.chargedesk.receipt;

import io.chargedesk.ledger.ReceiptDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** Receipt documents for the receipt tests: a short one, and a long one that makes every part of a page wrap. */
final class SampleReceipts {

    static final String SESSION = "0acb0b4a-be30-480e-ade2-047d9e2bccca";
    static final String EVIDENCE = "d71c717dbadec1588cf92a46676e232d7564160c47ee6f5f8d19e1cd2505b675";

    private SampleReceipts() {
    }

    /** Both receipts on both layouts, as originals and as copies: the arguments of a parameterised test. */
    static Stream<Arguments> onEveryLayout() {
        return Stream.of(Layout.values()).flatMap(layout -> Stream.of(false, true).flatMap(copy -> Stream.of(
                Arguments.of(Named.of("short receipt", simple(7)), layout, copy),
                Arguments.of(Named.of("weekend receipt", weekend(42)), layout, copy))));
    }

    /** An hour and a half at one bay, one energy line, 10.58 EUR. */
    static ReceiptDocument simple(long number) {
        return new ReceiptDocument(ReceiptDocument.Kind.RECEIPT, number, null, Instant.parse("2026-07-01T12:00:00Z"),
                "Europe/Berlin", "Harbour Car Park", "Harbour Parking GmbH", "Kaiweg 1, 20457 Hamburg", "DE123456789",
                "", "", SESSION, "A1", "Bay A1", "58731913", Instant.parse("2026-07-01T08:00:00Z"),
                Instant.parse("2026-07-01T09:30:00Z"), 5400, 5100, 4_198_218, 4_219_818, "standard", "Standard",
                Instant.parse("2025-12-31T23:00:00Z"), new BigDecimal("19"), "EUR",
                List.of(new ReceiptDocument.Line("Energy", new BigDecimal("21.600"), "kWh", new BigDecimal("0.49"),
                        new BigDecimal("10.58"), "energy", "")), List.of(), new BigDecimal("8.89"),
                new BigDecimal("1.69"), new BigDecimal("10.58"), EVIDENCE, "en", null, "", "", null);
    }

    /**
     * A car left from Friday afternoon to Monday morning under peak and off-peak prices: seven time-of-use
     * stretches, long operator, site and tariff names, 22.65 EUR.
     */
    static ReceiptDocument weekend(long number) {
        long[] registers = {4_198_218, 4_220_018, 4_243_518, 4_243_600, 4_243_650, 4_243_700, 4_243_740, 4_243_760};
        String[] bounds = {"2026-07-03T16:00:00Z", "2026-07-03T18:00:00Z", "2026-07-04T05:00:00Z",
                "2026-07-04T18:00:00Z", "2026-07-05T05:00:00Z", "2026-07-05T18:00:00Z", "2026-07-06T05:00:00Z",
                "2026-07-06T07:00:00Z"};
        List<ReceiptDocument.EnergySplit> split = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            split.add(new ReceiptDocument.EnergySplit(Instant.parse(bounds[i]), Instant.parse(bounds[i + 1]),
                    i % 2 == 0 ? "peak" : "off-peak", registers[i], registers[i + 1]));
        }
        List<ReceiptDocument.Line> lines = List.of(
                new ReceiptDocument.Line("Energy, peak", new BigDecimal("21.952"), "kWh", new BigDecimal("0.59"),
                        new BigDecimal("12.95"), "energy", "peak"),
                new ReceiptDocument.Line("Energy, off-peak", new BigDecimal("23.590"), "kWh", new BigDecimal("0.39"),
                        new BigDecimal("9.20"), "energy", "off-peak"),
                new ReceiptDocument.Line("Session fee", BigDecimal.ONE, "session", new BigDecimal("0.50"),
                        new BigDecimal("0.50"), "session_fee", ""));
        return new ReceiptDocument(ReceiptDocument.Kind.RECEIPT, number, null, Instant.parse("2026-07-06T07:05:00Z"),
                "Europe/Berlin", "Parkhaus HafenCity Überseequartier Nord",
                "Stadtwerke Musterstadt Ladeinfrastruktur und Parkraumbewirtschaftung GmbH & Co. KG",
                "Hafenstraße 112–114, Gebäude C, 3. Obergeschoss, 20457 Hamburg", "DE987654321",
                "Dr. Maximiliane Theodora Rosenkranz-Oberhauser", "HH-MR 2026E", SESSION, "L-2-117",
                "Ebene −2, Stellplatz 117 (Schnelllader)", "58731913", Instant.parse(bounds[0]),
                Instant.parse(bounds[7]), 226_800, 41_400, registers[0], registers[7], "tou-2026",
                "Zeitvariabler Tarif für Haushalt und Gewerbe 2026", Instant.parse("2025-12-31T23:00:00Z"),
                new BigDecimal("19"), "EUR", lines, split, new BigDecimal("19.03"), new BigDecimal("3.62"),
                new BigDecimal("22.65"), EVIDENCE, "en", null, "Rosenkranz Praxis für Allgemeinmedizin",
                "Elbchaussee 401, 22609 Hamburg", 48_213);
    }

    /** {@code d} as issued in {@code language} ("de"): the same document, its texts in that language. */
    static ReceiptDocument in(String language, ReceiptDocument d) {
        return new ReceiptDocument(d.kind(), d.number(), d.creditsNumber(), d.issuedAt(), d.zone(), d.siteName(),
                d.operatorName(), d.operatorAddress(), d.operatorVatId(), d.customerName(), d.customerPlate(),
                d.sessionId(), d.bayId(), d.bayName(), d.meterSerial(), d.start(), d.end(), d.connectedSeconds(),
                d.chargingSeconds(), d.startRegisterWh(), d.endRegisterWh(), d.tariffId(), d.tariffName(),
                d.tariffEffectiveFrom(), d.vatPercent(), d.currency(), d.lines(), d.energySplit(), d.net(), d.vat(),
                d.total(), d.evidenceSha256(), language, null, d.customerCompany(), d.customerAddress(), d.odometerKm());
    }

    /** The credit note {@code number} cancelling {@code r}, as the receipt service makes it: lines and amounts negated. */
    static ReceiptDocument creditOf(ReceiptDocument r, long number) {
        return new ReceiptDocument(ReceiptDocument.Kind.CREDIT_NOTE, number, r.number(), r.issuedAt(), r.zone(),
                r.siteName(), r.operatorName(), r.operatorAddress(), r.operatorVatId(), r.customerName(),
                r.customerPlate(), r.sessionId(), r.bayId(), r.bayName(), r.meterSerial(), r.start(), r.end(),
                r.connectedSeconds(), r.chargingSeconds(), r.startRegisterWh(), r.endRegisterWh(), r.tariffId(),
                r.tariffName(), r.tariffEffectiveFrom(), r.vatPercent(), r.currency(),
                r.lines().stream().map(l -> new ReceiptDocument.Line(l.description(), l.quantity().negate(), l.unit(),
                        l.unitPrice(), l.amount().negate(), l.kind(), l.detail())).toList(), r.energySplit(),
                r.net().negate(), r.vat().negate(), r.total().negate(), r.evidenceSha256(), r.language(), null,
                r.customerCompany(), r.customerAddress(), r.odometerKm());
    }
}
