package io.chargedesk.collector;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Gap;
import io.chargedesk.session.Session;
import io.chargedesk.store.RecordBatch;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of a {@link RecordBatch} as lines of text, one row a line, in the files the collector keeps in the data
 * folder: tab-separated fields, with backslash, tab, newline and carriage return escaped, so any text a customer's
 * name holds stays on its line. Instants are epoch seconds with nanoseconds after a dot when there are any, exactly
 * as the collector had them. The first field names the row:
 *
 * <pre>
 * r  bay  at  import_wh  power_w  meter_serial                                  a reading
 * s  id  bay  serial  start  end|""  start_wh  end_wh  peak_w  charging  last_charging  manual(0|1)
 *    name  plate  note  end_reason|""  gaps n, from to…  anomalies n, code at reason…  faults n, kind polls…
 * i  bay  interval_start  energy_wh                                              15-minute energy
 * d  bay  local_day  energy_wh  sessions  session_energy_wh  charging_s          a day's totals
 * m  session  minute  register_wh  power_max_w  power_sum_w  readings            a minute of a session's evidence
 * p  session  amount  currency                                                  a closed session's priced total
 * </pre>
 */
final class RowLines {

    private RowLines() {
    }

    static List<String> write(RecordBatch batch) {
        List<String> lines = new ArrayList<>(batch.readings().size() + batch.sessions().size()
                + batch.history().minutes().size() + 8);
        for (Reading r : batch.readings()) {
            lines.add(line("r", r.bayId(), instant(r.at()), r.importRegister().wattHours(), r.power().watts(),
                    r.meterSerial()));
        }
        for (Session s : batch.sessions()) {
            lines.add(session(s));
        }
        for (HistoryBatch.IntervalEnergy i : batch.history().intervals()) {
            lines.add(line("i", i.bayId(), instant(i.intervalStart()), i.energyWh()));
        }
        for (HistoryBatch.DayTotals d : batch.history().days()) {
            lines.add(line("d", d.bayId(), d.day(), d.energyWh(), d.sessions(), d.sessionEnergyWh(),
                    d.chargingSeconds()));
        }
        for (HistoryBatch.SessionMinute m : batch.history().minutes()) {
            lines.add(line("m", m.sessionId(), instant(m.minute()), m.registerWh(), m.powerMaxW(), m.powerSumW(),
                    m.readings()));
        }
        for (HistoryBatch.SessionPrice p : batch.history().prices()) {
            lines.add(line("p", p.sessionId(), p.total().amount().toPlainString(), p.total().currency()));
        }
        return lines;
    }

    /** @throws IllegalArgumentException a line that is not a row of this format */
    static RecordBatch read(List<String> lines) {
        List<Reading> readings = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        List<HistoryBatch.IntervalEnergy> intervals = new ArrayList<>();
        List<HistoryBatch.DayTotals> days = new ArrayList<>();
        List<HistoryBatch.SessionMinute> minutes = new ArrayList<>();
        List<HistoryBatch.SessionPrice> prices = new ArrayList<>();
        for (String line : lines) {
            Fields f = new Fields(line);
            switch (f.text()) {
                case "r" -> readings.add(new Reading(f.text(), f.instant(), Energy.ofWattHours(f.number()),
                        Power.ofWatts(f.number()), f.text()));
                case "s" -> sessions.add(session(f));
                case "i" -> intervals.add(new HistoryBatch.IntervalEnergy(f.text(), f.instant(), f.number()));
                case "d" -> days.add(new HistoryBatch.DayTotals(f.text(), LocalDate.parse(f.text()), f.number(),
                        (int) f.number(), f.number(), f.number()));
                case "m" -> minutes.add(new HistoryBatch.SessionMinute(UUID.fromString(f.text()), f.instant(),
                        f.number(), f.number(), f.number(), (int) f.number()));
                case "p" -> prices.add(new HistoryBatch.SessionPrice(UUID.fromString(f.text()),
                        Money.of(f.text(), f.text())));
                default -> throw new IllegalArgumentException("unknown row " + line);
            }
            f.end();
        }
        return new RecordBatch(readings, sessions, new HistoryBatch(intervals, days, minutes, prices));
    }

    private static String session(Session s) {
        List<Object> fields = new ArrayList<>(List.of("s", s.id(), s.bayId(), s.meterSerial(), instant(s.start()),
                s.end().map(RowLines::instant).orElse(""), s.startRegister().wattHours(),
                s.endRegister().wattHours(), s.peakPower().watts(), duration(s.chargingTime()),
                instant(s.lastChargingAt()), s.manual() ? 1 : 0, s.customer().name(), s.customer().plate(),
                s.customer().note(), s.endReason().map(Enum::name).orElse("")));
        fields.add(s.gaps().size());
        for (Gap g : s.gaps()) {
            fields.add(instant(g.from()));
            fields.add(instant(g.to()));
        }
        fields.add(s.anomalies().size());
        for (Anomaly a : s.anomalies()) {
            fields.add(a.code().code());
            fields.add(instant(a.at()));
            fields.add(a.reason().stored());
        }
        fields.add(s.faults().size());
        s.faults().forEach((kind, polls) -> {
            fields.add(kind.name());
            fields.add(polls);
        });
        return line(fields.toArray());
    }

    private static Session session(Fields f) {
        UUID id = UUID.fromString(f.text());
        String bay = f.text();
        String serial = f.text();
        Instant start = f.instant();
        String end = f.text();
        Energy startRegister = Energy.ofWattHours(f.number());
        Energy endRegister = Energy.ofWattHours(f.number());
        Power peak = Power.ofWatts(f.number());
        Duration charging = parseDuration(f.text());
        Instant lastCharging = f.instant();
        boolean manual = f.number() == 1;
        Customer customer = new Customer(f.text(), f.text(), f.text());
        String endReason = f.text();
        List<Gap> gaps = new ArrayList<>();
        for (long n = f.number(); n > 0; n--) {
            gaps.add(new Gap(f.instant(), f.instant()));
        }
        List<Anomaly> anomalies = new ArrayList<>();
        for (long n = f.number(); n > 0; n--) {
            anomalies.add(new Anomaly(AnomalyCode.fromCode(f.text()), f.instant(), Reason.read(f.text())));
        }
        Map<FaultKind, Integer> faults = new EnumMap<>(FaultKind.class);
        for (long n = f.number(); n > 0; n--) {
            faults.put(FaultKind.valueOf(f.text()), (int) f.number());
        }
        return new Session(id, bay, serial, start, end.isEmpty() ? Optional.empty() : Optional.of(parseInstant(end)),
                startRegister, endRegister, peak, charging, lastCharging, manual, customer,
                endReason.isEmpty() ? Optional.empty() : Optional.of(EndReason.valueOf(endReason)), gaps, anomalies,
                faults);
    }

    private static String line(Object... fields) {
        StringBuilder b = new StringBuilder();
        for (Object field : fields) {
            if (b.length() > 0) {
                b.append('\t');
            }
            escape(String.valueOf(field), b);
        }
        return b.toString();
    }

    private static void escape(String text, StringBuilder b) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
    }

    private static String instant(Instant t) {
        return t.getNano() == 0 ? Long.toString(t.getEpochSecond())
                : t.getEpochSecond() + "." + String.format("%09d", t.getNano());
    }

    private static String duration(Duration d) {
        return instant(Instant.ofEpochSecond(d.getSeconds(), d.getNano()));
    }

    private static Instant parseInstant(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? Instant.ofEpochSecond(Long.parseLong(text))
                : Instant.ofEpochSecond(Long.parseLong(text.substring(0, dot)),
                        Long.parseLong(text.substring(dot + 1)));
    }

    private static Duration parseDuration(String text) {
        Instant t = parseInstant(text);
        return Duration.ofSeconds(t.getEpochSecond(), t.getNano());
    }

    /** The fields of one line, read in order. */
    private static final class Fields {

        private final String line;
        private int at;

        Fields(String line) {
            this.line = line;
        }

        String text() {
            if (at > line.length()) {
                throw new IllegalArgumentException("too few fields in " + line);
            }
            StringBuilder b = new StringBuilder();
            while (at < line.length() && line.charAt(at) != '\t') {
                char ch = line.charAt(at++);
                if (ch == '\\' && at < line.length()) {
                    char next = line.charAt(at++);
                    b.append(switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        default -> next;
                    });
                } else {
                    b.append(ch);
                }
            }
            at++;
            return b.toString();
        }

        long number() {
            return Long.parseLong(text());
        }

        Instant instant() {
            return parseInstant(text());
        }

        void end() {
            if (at <= line.length()) {
                throw new IllegalArgumentException("too many fields in " + line);
            }
        }
    }
}
