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
import java.util.stream.Collectors;

/**
 * One session as the export contract (docs/design.md, Sessions export) spells it: the same field names and
 * formats in CSV and JSON. Instants ISO-8601 with the site's offset, energy to the Wh, money to the minor unit.
 */
public record SessionRow(String sessionId, String bay, String start, String end, long durationS, String energyKwh,
                         String meterStartKwh, String meterEndKwh, String peakKw, String cost, String currency,
                         String status, String anomalies) {

    public static final List<String> HEADER = List.of("session_id", "bay", "start", "end", "duration_s", "energy_kwh",
            "meter_start_kwh", "meter_end_kwh", "peak_kw", "cost", "currency", "status", "anomalies");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** @param now where an open session's duration runs to */
    public static SessionRow of(Session s, Optional<Quote> quote, ZoneId zone, Instant now) {
        return new SessionRow(s.id().toString(), s.bayId(), format(s.start(), zone),
                s.end().map(e -> format(e, zone)).orElse(""), s.duration(now).toSeconds(),
                s.energy().kilowattHours().toPlainString(), s.startRegister().kilowattHours().toPlainString(),
                s.endRegister().kilowattHours().toPlainString(),
                s.peakPower().kilowatts().setScale(3, RoundingMode.UNNECESSARY).toPlainString(),
                quote.map(q -> q.total().rounded().amount().toPlainString()).orElse(""),
                quote.map(q -> q.total().currency().getCurrencyCode()).orElse(""),
                s.isOpen() ? "open" : "closed",
                s.anomalies().stream().map(Anomaly::code).distinct().map(c -> c.code())
                        .collect(Collectors.joining(";")));
    }

    private static String format(Instant instant, ZoneId zone) {
        return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
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
                currency, status, anomalies);
    }
}
