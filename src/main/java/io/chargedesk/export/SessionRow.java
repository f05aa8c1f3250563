package io.chargedesk.export;

import io.chargedesk.billing.Quote;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.Session;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One session as the export contract (docs/design.md, Sessions export) spells it: the same field names and
 * formats in CSV and JSON. Instants ISO-8601 with the site's offset, energy to the Wh, money to the minor unit.
 */
public record SessionRow(String sessionId, String bay, String start, String end, long durationS, String energyKwh,
                         String meterStartKwh, String meterEndKwh, String peakKw, String cost, String currency,
                         String status, String anomalies, String customer, String company, String plate,
                         String odometerKm, String fleet) {

    /** The contract's first 13 columns, then those added since (new ones only ever at the end). */
    public static final List<String> HEADER = List.of("session_id", "bay", "start", "end", "duration_s", "energy_kwh",
            "meter_start_kwh", "meter_end_kwh", "peak_kw", "cost", "currency", "status", "anomalies", "customer",
            "company", "plate", "odometer_km", "fleet");

    /**
     * Whom a session is billed to, for the export: the customer's name (the session's own, else the registered
     * customer's), the registered customer's company, the odometer reading and the fleet, each empty if none.
     */
    public record Party(String customer, String company, OptionalInt odometerKm, String fleet) {}

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** @param now where an open session's duration runs to */
    public static SessionRow of(Session s, Optional<Quote> quote, ZoneId zone, Instant now, Party party) {
        return new SessionRow(s.id().toString(), s.bayId(), format(s.start(), zone),
                s.end().map(e -> format(e, zone)).orElse(""), s.duration(now).toSeconds(),
                s.energy().kilowattHours().toPlainString(), s.startRegister().kilowattHours().toPlainString(),
                s.endRegister().kilowattHours().toPlainString(),
                s.peakPower().kilowatts().setScale(3, RoundingMode.UNNECESSARY).toPlainString(),
                quote.map(q -> q.total().rounded().amount().toPlainString()).orElse(""),
                quote.map(q -> q.total().currency().getCurrencyCode()).orElse(""),
                s.isOpen() ? "open" : "closed",
                s.anomalies().stream().map(Anomaly::code).distinct().map(c -> c.code())
                        .collect(Collectors.joining(";")),
                party.customer(), party.company(), s.customer().plate(),
                party.odometerKm().isPresent() ? String.valueOf(party.odometerKm().getAsInt()) : "", party.fleet());
    }

    private static String format(Instant instant, ZoneId zone) {
        return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    /** Whether the field {@code key} is a whole number (a JSON number); empty is JSON's null. */
    static boolean isWhole(String key) {
        return key.equals("odometer_km");
    }

    /** Whether the field {@code key} is a decimal number (a JSON number, written with the locale's comma for Excel). */
    static boolean isDecimal(String key) {
        return key.endsWith("_kwh") || key.equals("peak_kw") || key.equals("cost");
    }

    /** Whether the field {@code key} is an instant. */
    static boolean isInstant(String key) {
        return key.equals("start") || key.equals("end");
    }

    List<Object> values() {
        return List.of(sessionId, bay, start, end, durationS, energyKwh, meterStartKwh, meterEndKwh, peakKw, cost,
                currency, status, anomalies, customer, company, plate, odometerKm, fleet);
    }
}
