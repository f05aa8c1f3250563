package io.chargedesk.app;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.AnomalyReason;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.session.SessionTraces;
import io.chargedesk.sim.HistorySimulation;
import io.chargedesk.sim.SimulatedSite;
import io.chargedesk.site.BayConfig;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.Database;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.Recorder;
import io.chargedesk.store.RecordBatch;
import io.chargedesk.store.RecordPart;
import io.chargedesk.store.WriteMark;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.text.Reason;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.StoredTariffs;
import io.chargedesk.usecase.port.StoreException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's sample history in {@code sample-data/}: a year of simulated sessions and interval energy, written
 * once by {@link #write} and loaded into an empty demo database with its days moved up by whole weeks to the last
 * week, so a newcomer's History screen has a year to show. It loads in the background ({@link SampleLoad}) while the
 * live demo runs.
 */
public final class SampleHistory {

    private static final Logger LOG = LoggerFactory.getLogger(SampleHistory.class);
    private static final String RESOURCE = "/sample-data/";
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();
    private static final String[] SESSION_HEADER = {"session_id", "bay", "meter_serial", "start", "end",
        "start_register_wh", "end_register_wh", "peak_w", "charging_s", "last_charging", "anomalies"};
    private static final String[] INTERVAL_HEADER = {"bay", "interval_start", "energy_wh"};
    private static final String[] DAY_HEADER = {"bay", "day", "energy_wh", "sessions", "session_energy_wh",
        "charging_s"};
    private static final String[] READING_HEADER = {"bay", "at", "import_wh", "power_w", "meter_serial"};
    private static final String[] MINUTE_HEADER = {"session_id", "minute", "register_wh", "power_max_w",
        "power_sum_w", "readings"};
    /**
     * Of each session's per-minute evidence the sample keeps the last minute of every hour: the register at each
     * whole hour, enough for time-of-use prices on the hour, at a sixtieth of the size.
     */
    private static final int KEPT_MINUTE_OF_HOUR = 59;
    /** How long a bay stays free, on average, between one car leaving and the next arriving in the sample. */
    public static final Duration MEAN_GAP_BETWEEN_CARS = Duration.ofMinutes(150);
    /** Days per transaction of a load: the unit in which it resumes. */
    static final int WEEK = 7;
    /**
     * The write marks of a load: its shift (one mark, its seq the days moved) and each week loaded (its place in the
     * load's order, newest week first).
     */
    private static final UUID SHIFT_MARK = UUID.nameUUIDFromBytes(
            "chargedesk sample history: days moved".getBytes(StandardCharsets.UTF_8));
    static final UUID WEEK_MARK = UUID.nameUUIDFromBytes(
            "chargedesk sample history: weeks loaded".getBytes(StandardCharsets.UTF_8));

    private SampleHistory() {
    }

    /** Writes a simulation's result as the sample-data files. */
    public static void write(HistorySimulation.Result result, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (CSVPrinter p = printer(dir.resolve("sessions.csv.gz"), SESSION_HEADER)) {
            for (Session s : result.sessions()) {
                p.printRecord(s.id(), s.bayId(), s.meterSerial(), s.start(), s.end().orElseThrow(),
                        s.startRegister().wattHours(), s.endRegister().wattHours(), s.peakPower().watts(),
                        s.chargingTime().toSeconds(), s.lastChargingAt(),
                        String.join(";", s.anomalies().stream().map(a -> a.code().code()).toList()));
            }
        }
        try (CSVPrinter p = printer(dir.resolve("bay-intervals.csv.gz"), INTERVAL_HEADER)) {
            for (HistoryBatch.IntervalEnergy i : result.history().intervals()) {
                p.printRecord(i.bayId(), i.intervalStart(), i.energyWh());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("bay-days.csv.gz"), DAY_HEADER)) {
            for (HistoryBatch.DayTotals d : result.history().days()) {
                p.printRecord(d.bayId(), d.day(), d.energyWh(), d.sessions(), d.sessionEnergyWh(), d.chargingSeconds());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("session-minutes.csv.gz"), MINUTE_HEADER)) {
            for (HistoryBatch.SessionMinute m : result.closedSessionMinutes()) {
                if (m.minute().atZone(ZoneOffset.UTC).getMinute() == KEPT_MINUTE_OF_HOUR) {
                    p.printRecord(m.sessionId(), m.minute(), m.registerWh(), m.powerMaxW(), m.powerSumW(),
                            m.readings());
                }
            }
        }
        try (CSVPrinter p = printer(dir.resolve("last-readings.csv.gz"), READING_HEADER)) {
            for (Reading r : result.lastReadings().values().stream().sorted((a, b) -> a.bayId().compareTo(b.bayId()))
                    .toList()) {
                p.printRecord(r.bayId(), r.at(), r.importRegister().wattHours(), r.power().watts(), r.meterSerial());
            }
        }
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        // Compressed: a year of a site's history is a few megabytes of CSV, a fifth of that gzip'd.
        Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8));
        return new CSVPrinter(w, CSV.builder().setHeader(header).build());
    }

    /**
     * Starts or resumes loading the sample history into {@code db}: the quick part at once, the year itself by
     * {@link SampleLoad#run}, a week per transaction, so that the live demo need not wait for it. A database that
     * holds no sessions yet gets the site, its tariffs and the sample's last meter readings (the live demo continues
     * from them), and the number of days the sample is moved by, so that its last day falls in the week up to
     * yesterday in the site's zone. A database where a load began and stopped (the app was closed) gets the weeks
     * still missing, moved by the same days. Empty when there is nothing (more) to load.
     */
    public static Optional<SampleLoad> begin(Database db, SiteConfig site, Instant now) throws StoreException {
        if (SampleHistory.class.getResource(RESOURCE + "bay-days.csv.gz") == null) {
            return Optional.empty();
        }
        List<LocalDate> days = read("bay-days.csv.gz", DAY_HEADER).stream().map(r -> LocalDate.parse(r.get("day")))
                .toList();
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate firstDay = Collections.min(days);
        LocalDate lastDay = Collections.max(days);
        Recorder recorder = new Recorder(db);
        OptionalLong moved = recorder.lastMark(SHIFT_MARK);
        long shiftDays;
        if (moved.isPresent()) {
            shiftDays = moved.getAsLong();
        } else if (new SessionRepository(db).list(SessionFilter.ALL).isEmpty()) {
            ZoneId zone = site.site().zone();
            // Whole weeks, so the sample's quiet weekends stay on Saturdays and Sundays.
            shiftDays = Math.floorDiv(lastDay.until(LocalDate.ofInstant(now, zone).minusDays(1), ChronoUnit.DAYS), 7)
                    * 7;
            start(db, recorder, site, now, new Shift(zone, shiftDays), lastDay.plusDays(shiftDays + 1));
        } else {
            return Optional.empty();
        }
        int weeks = (int) (firstDay.until(lastDay, ChronoUnit.DAYS) / WEEK) + 1;
        int loaded = (int) (recorder.lastMark(WEEK_MARK).orElse(-1) + 1);
        if (loaded >= weeks) {
            return Optional.empty();
        }
        return Optional.of(new SampleLoad(db, site, now, firstDay.plusDays(shiftDays),
                (int) firstDay.until(lastDay, ChronoUnit.DAYS) + 1, shiftDays, loaded));
    }

    /**
     * How far the sample history's load into {@code db} has got while another program runs it, read from the marks
     * it commits with each week: for a console that watches that program's collector. Empty when no load began there.
     */
    public static Optional<WatchedSampleLoad> watch(Database db) throws StoreException {
        Recorder recorder = new Recorder(db);
        if (SampleHistory.class.getResource(RESOURCE + "bay-days.csv.gz") == null
                || recorder.lastMark(SHIFT_MARK).isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> days = read("bay-days.csv.gz", DAY_HEADER).stream().map(r -> LocalDate.parse(r.get("day")))
                .toList();
        return Optional.of(new WatchedSampleLoad(() -> (int) (recorder.lastMark(WEEK_MARK).orElse(-1) + 1),
                (int) Collections.min(days).until(Collections.max(days), ChronoUnit.DAYS) + 1));
    }

    /**
     * The site goes in first, as the collector would store it: the rollups count local days and hours in its zone.
     * Then its tariffs: they start before the sample sessions, and a version from a site file may start in the past
     * only while no session has started since. Then the last readings with the shift, and the days up to today
     * ({@link #daysToToday}), in one transaction: once the shift is stored, a load resumes rather than starts.
     *
     * @param afterSample the first day after the sample's last one, moved
     */
    private static void start(Database db, Recorder recorder, SiteConfig site, Instant now, Shift shift,
                              LocalDate afterSample) throws StoreException {
        new SiteRepository(db).save(site.site());
        new TariffRepository(db).addFromSiteFile(site, now).forEach(LOG::warn);
        Map<String, Reading> last = read("last-readings.csv.gz", READING_HEADER).stream()
                .map(r -> new Reading(r.get("bay"), shift.apply(Instant.parse(r.get("at"))),
                        Energy.ofWattHours(Long.parseLong(r.get("import_wh"))),
                        Power.ofWatts(Long.parseLong(r.get("power_w"))), r.get("meter_serial")))
                .collect(Collectors.toMap(Reading::bayId, r -> r));
        recordWhole(recorder, daysToToday(db, site, now, last, afterSample), new WriteMark(SHIFT_MARK, shift.days()));
    }

    /**
     * The days from the sample's end up to today, simulated now with each meter carrying on from the sample's last
     * reading, so the history reaches yesterday: moved by whole weeks, the sample ends up to six days before that, and
     * a newcomer's last seven days would be mostly empty. Today is left to the live demo. With each bay's last
     * reading, from which the live demo carries on.
     */
    private static RecordBatch daysToToday(Database db, SiteConfig site, Instant now, Map<String, Reading> last,
                                           LocalDate from) throws StoreException {
        ZoneId zone = site.site().zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (!from.isBefore(today)) {
            return new RecordBatch(List.copyOf(last.values()), List.of(), HistoryBatch.EMPTY);
        }
        var bays = new SimulatedSite.SequencedBays(site.bays().stream().map(BayConfig::id).toList(),
                site.bays().stream().map(BayConfig::maxPower).toList(), zone);
        // Seeded by the day, never the sample's seed: the simulation's session ids are made from its seed.
        HistorySimulation.Result days = HistorySimulation.carryOn(last, bays, site.sessionDefaults(), today.toEpochDay(),
                from.atStartOfDay(zone).toInstant(), today.atStartOfDay(zone).toInstant(), MEAN_GAP_BETWEEN_CARS);
        List<HistoryBatch.SessionMinute> minutes = days.closedSessionMinutes();
        SessionPricer pricer = Pricing.read(db, now).pricer(zone, minutes);
        List<Session> sessions = days.sessions().stream()
                .map(s -> s.withTariffVersion(pricer.pinFor(s.bayId(), s.start()))).toList();
        Map<String, Reading> readings = new HashMap<>(last);
        readings.putAll(days.lastReadings());
        LOG.info("Sample history: {} to {} simulated to reach yesterday, {} sessions", from, today.minusDays(1),
                sessions.size());
        return new RecordBatch(List.copyOf(readings.values()), sessions, new HistoryBatch(days.history().intervals(),
                days.history().days(), minutes, prices(sessions, pricer)));
    }

    /**
     * The stored tariffs and the bays' own: all the sample's pricing reads of the database, in one step, so that a
     * load reads them where a stop can wait for it (or not at all) and prices from memory after.
     */
    record Pricing(StoredTariffs tariffs, Map<String, String> bayTariffs) {
        static Pricing read(Database db, Instant now) throws StoreException {
            return new Pricing(UseCases.tariffs(db, Clock.fixed(now, ZoneOffset.UTC)),
                    new BayRepository(db).tariffIds());
        }

        /** Prices sessions with {@code minutes} as the evidence of their registers, which reach the database later. */
        SessionPricer pricer(ZoneId zone, List<HistoryBatch.SessionMinute> minutes) {
            return new SessionPricer(tariffs, bayTariffs, zone, traces(minutes));
        }
    }

    /** Each priced session's total, for the revenue rollups written with it. */
    static List<HistoryBatch.SessionPrice> prices(List<Session> sessions, SessionPricer pricer) {
        return sessions.stream().flatMap(s -> pricer.price(s, s.end().orElseThrow())
                .map(q -> new HistoryBatch.SessionPrice(s.id(), q.total())).stream()).toList();
    }

    /** Writes rows with their mark in one transaction; the sample's own rows are never refused, or it is a bug. */
    static void recordWhole(Recorder recorder, RecordBatch rows, WriteMark mark) throws StoreException {
        recorder.record(List.of(RecordPart.whole(rows, List.of(mark))), List.of(), refused -> {
            throw new StoreException("The sample history could not be loaded: " + refused.get(0).reason(), null);
        });
    }

    /** The sample's rows of one kind, its instants moved by {@code shift}. */
    static List<Session> sessions(Shift shift, SessionPricer pricer) {
        List<Session> sessions = new ArrayList<>();
        for (CSVRecord r : read("sessions.csv.gz", SESSION_HEADER)) {
            Instant end = shift.apply(Instant.parse(r.get("end")));
            List<Anomaly> anomalies = Arrays.stream(r.get("anomalies").split(";")).filter(c -> !c.isEmpty())
                    .map(c -> new Anomaly(AnomalyCode.fromCode(c), end,
                            Reason.of(AnomalyReason.SAMPLE))).toList();
            Instant start = shift.apply(Instant.parse(r.get("start")));
            sessions.add(new Session(UUID.fromString(r.get("session_id")), r.get("bay"), r.get("meter_serial"),
                    start, Optional.of(end),
                    Energy.ofWattHours(Long.parseLong(r.get("start_register_wh"))),
                    Energy.ofWattHours(Long.parseLong(r.get("end_register_wh"))),
                    Power.ofWatts(Long.parseLong(r.get("peak_w"))),
                    Duration.ofSeconds(Long.parseLong(r.get("charging_s"))),
                    shift.apply(Instant.parse(r.get("last_charging"))), false, Customer.NONE,
                    Optional.of(EndReason.TIMEOUT), List.of(), anomalies, Map.of(), pricer.pinFor(r.get("bay"), start)));
        }
        return sessions;
    }

    static List<HistoryBatch.IntervalEnergy> intervals(Shift shift) {
        return read("bay-intervals.csv.gz", INTERVAL_HEADER).stream()
                .map(r -> new HistoryBatch.IntervalEnergy(r.get("bay"), shift.apply(Instant.parse(r.get("interval_start"))),
                        Long.parseLong(r.get("energy_wh"))))
                .toList();
    }

    static List<HistoryBatch.DayTotals> days(Shift shift) {
        return read("bay-days.csv.gz", DAY_HEADER).stream()
                .map(r -> new HistoryBatch.DayTotals(r.get("bay"), LocalDate.parse(r.get("day")).plusDays(shift.days()),
                        Long.parseLong(r.get("energy_wh")), Integer.parseInt(r.get("sessions")),
                        Long.parseLong(r.get("session_energy_wh")), Long.parseLong(r.get("charging_s"))))
                .toList();
    }

    static List<HistoryBatch.SessionMinute> minutes(Shift shift) {
        return read("session-minutes.csv.gz", MINUTE_HEADER).stream()
                .map(r -> new HistoryBatch.SessionMinute(UUID.fromString(r.get("session_id")),
                        shift.apply(Instant.parse(r.get("minute"))), Long.parseLong(r.get("register_wh")),
                        Long.parseLong(r.get("power_max_w")), Long.parseLong(r.get("power_sum_w")),
                        Integer.parseInt(r.get("readings"))))
                .toList();
    }

    /** Each session's register as of its last kept minute before an instant, as the stored minutes would answer. */
    static SessionTraces traces(List<HistoryBatch.SessionMinute> minutes) {
        Map<UUID, TreeMap<Instant, Long>> registers = new HashMap<>();
        minutes.forEach(m -> registers.computeIfAbsent(m.sessionId(), id -> new TreeMap<>())
                .put(m.minute(), m.registerWh()));
        return session -> at -> {
            Map.Entry<Instant, Long> read = registers.getOrDefault(session.id(), new TreeMap<>())
                    .lowerEntry(at.truncatedTo(ChronoUnit.MINUTES));
            return read == null ? Energy.ZERO
                    : Energy.ofWattHours(Math.max(0, read.getValue() - session.startRegister().wattHours()));
        };
    }

    private static List<CSVRecord> read(String name, String[] header) {
        try (InputStream in = SampleHistory.class.getResourceAsStream(RESOURCE + name)) {
            if (in == null) {
                return List.of();
            }
            Reader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            return CSV.builder().setHeader(header).setSkipHeaderRecord(true).build().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("the sample history file " + name + " cannot be read", e);
        }
    }

    /** Moves instants by whole local days, so times of day stay what they were across DST changes. */
    record Shift(ZoneId zone, long days) {
        Instant apply(Instant t) {
            return t.atZone(zone).plusDays(days).toInstant();
        }
    }
}
