package io.chargedesk.receipt;

import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.text.Messages;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * The words, amounts and times of one document in its language: texts from the bundle ({@code receipt.},
 * {@code credit.}, {@code evidence.}), amounts as that language writes them ("0,23 €", "€0.23"), times in its
 * pattern. Never rounds: every amount keeps the places it was priced with.
 */
final class DocumentWords {

    private final Messages text;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter stretch;
    private final DateTimeFormatter hour;

    DocumentWords(ReceiptDocument d) {
        this(d.locale(), ZoneId.of(d.zone()));
    }

    DocumentWords(Locale locale, ZoneId zone) {
        this.text = Messages.of(locale);
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern(text.get("receipt.format.dateTime"), locale);
        this.stretch = DateTimeFormatter.ofPattern(text.get("receipt.format.stretch"), locale);
        this.hour = DateTimeFormatter.ofPattern(text.get("receipt.format.hour"), locale);
    }

    String get(String key, Object... args) {
        return text.get(key, args);
    }

    /** "Receipt 000042", "Quittung 000042", "Stornorechnung 000043", "Korrigierte Quittung 000044". */
    String title(ReceiptDocument d) {
        String key = d.kind() == ReceiptDocument.Kind.CREDIT_NOTE ? "credit.title"
                : d.replacesNumber() != null ? "receipt.corrected.title" : "receipt.title";
        return get(key, ReceiptDocument.formatNumber(d.number()));
    }

    /** "10,58 €", "€10.58": to the currency's minor unit, or to more places where the amount has them. */
    String money(BigDecimal amount, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat f = NumberFormat.getCurrencyInstance(text.locale());
        f.setCurrency(currency);
        int places = Math.max(0, currency.getDefaultFractionDigits());
        f.setMinimumFractionDigits(places);
        f.setMaximumFractionDigits(Math.max(places, amount.scale()));
        return f.format(amount);
    }

    /** "21,600", "19": all the places it has, no grouping (a meter shows none). */
    String decimal(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(text.locale()));
        f.setMinimumFractionDigits(Math.max(0, value.scale()));
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        return f.format(value);
    }

    /** "4198,218": a register in kWh to the watt-hour. */
    String kwhNumber(long wh) {
        return decimal(BigDecimal.valueOf(wh, 3));
    }

    /** "21,600 kWh". */
    String kwh(long wh) {
        return kwhNumber(wh) + " kWh";
    }

    /** "29.11.2026 16:58:07", site-local. */
    String dateTime(Instant at) {
        return dateTime.format(at.atZone(zone));
    }

    /** "29.11. 16:58": the start or end of a time-of-use stretch. */
    String stretch(Instant at) {
        return stretch.format(at.atZone(zone));
    }

    /** "16:58": the end of a stretch on the day it started. */
    String hour(Instant at) {
        return hour.format(at.atZone(zone));
    }

    boolean sameDay(Instant a, Instant b) {
        return a.atZone(zone).toLocalDate().equals(b.atZone(zone).toLocalDate());
    }

    /** "kWh", "Min.": a line's unit in this language, or as priced where the bundle has no name for it. */
    String unit(String unit) {
        return text.has("receipt.unit." + unit) ? get("receipt.unit." + unit) : unit;
    }

    /** The line's name in this language; as priced (English) on documents from before lines had a kind. */
    String lineName(ReceiptDocument.Line line, String currency) {
        if (line.kind() == null || !text.has("receipt.line." + line.kind())) {
            return line.description();
        }
        return switch (line.kind()) {
            case "energy" -> line.detail().isEmpty() ? get("receipt.line.energy")
                    : get("receipt.line.energy_window", line.detail());
            case "minimum", "maximum" -> get("receipt.line." + line.kind(),
                    money(new BigDecimal(line.detail()), currency));
            default -> get("receipt.line." + line.kind(), line.detail());
        };
    }
}
