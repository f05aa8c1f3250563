package io.chargedesk.store;

import io.chargedesk.meter.FaultKind;
import io.chargedesk.session.Anomaly;
import io.chargedesk.session.AnomalyCode;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Gap;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.session.TariffVersionRef;
import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.SessionRecords;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Charging sessions with their gaps and anomalies. */
public final class SessionRepository implements SessionRecords {

    private static final String COLUMNS = "id, bay_id, meter_serial, status, start_utc, end_utc, start_register_wh, "
            + "end_register_wh, energy_wh, peak_power_w, charging_ms, last_charging_utc, manual, customer_name, "
            + "customer_plate, customer_note, end_reason, tariff_id, tariff_from_utc";

    private final Database db;

    public SessionRepository(Database db) {
        this.db = db;
    }

    public void save(Session session) throws StoreException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            save(c, session);
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not store session " + session.id() + ": " + e.getMessage(), e);
        }
    }

    /** Inserts or replaces the session, its gaps and anomalies, inside the caller's transaction. */
    static void save(Connection c, Session s) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement("UPDATE charging_session SET bay_id = ?, meter_serial = ?, "
                + "status = ?, start_utc = ?, end_utc = ?, start_register_wh = ?, end_register_wh = ?, energy_wh = ?, "
                + "peak_power_w = ?, charging_ms = ?, last_charging_utc = ?, manual = ?, customer_name = ?, "
                + "customer_plate = ?, customer_note = ?, end_reason = ?, tariff_id = ?, tariff_from_utc = ? "
                + "WHERE id = ?")) {
            int i = bind(ps, s, 1);
            ps.setObject(i, s.id());
            updated = ps.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO charging_session (bay_id, meter_serial, "
                    + "status, start_utc, end_utc, start_register_wh, end_register_wh, energy_wh, peak_power_w, "
                    + "charging_ms, last_charging_utc, manual, customer_name, customer_plate, customer_note, "
                    + "end_reason, tariff_id, tariff_from_utc, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = bind(ps, s, 1);
                ps.setObject(i, s.id());
                ps.executeUpdate();
            }
        }
        replaceChildren(c, s);
    }

    private static int bind(PreparedStatement ps, Session s, int first) throws SQLException {
        int i = first;
        ps.setString(i++, s.bayId());
        ps.setString(i++, s.meterSerial());
        ps.setString(i++, s.isOpen() ? "open" : "closed");
        Jdbc.setInstant(ps, i++, s.start());
        Jdbc.setInstant(ps, i++, s.end().orElse(null));
        ps.setLong(i++, s.startRegister().wattHours());
        ps.setLong(i++, s.endRegister().wattHours());
        ps.setLong(i++, s.energy().wattHours());
        ps.setLong(i++, s.peakPower().watts());
        ps.setLong(i++, s.chargingTime().toMillis());
        Jdbc.setInstant(ps, i++, s.lastChargingAt());
        ps.setBoolean(i++, s.manual());
        ps.setString(i++, s.customer().name());
        ps.setString(i++, s.customer().plate());
        ps.setString(i++, s.customer().note());
        ps.setString(i++, s.endReason().map(Enum::name).orElse(null));
        ps.setString(i++, s.tariffVersion().map(TariffVersionRef::tariffId).orElse(null));
        Jdbc.setInstant(ps, i++, s.tariffVersion().map(TariffVersionRef::effectiveFrom).orElse(null));
        return i;
    }

    private static void replaceChildren(Connection c, Session s) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM session_gap WHERE session_id = ?")) {
            del.setObject(1, s.id());
            del.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM session_anomaly WHERE session_id = ?")) {
            del.setObject(1, s.id());
            del.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM session_fault WHERE session_id = ?")) {
            del.setObject(1, s.id());
            del.executeUpdate();
        }
        if (!s.faults().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO session_fault (session_id, kind, polls) VALUES (?, ?, ?)")) {
                for (var f : s.faults().entrySet()) {
                    ps.setObject(1, s.id());
                    ps.setString(2, f.getKey().name());
                    ps.setInt(3, f.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!s.gaps().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO session_gap (session_id, from_utc, to_utc) VALUES (?, ?, ?)")) {
                for (Gap g : s.gaps()) {
                    ps.setObject(1, s.id());
                    Jdbc.setInstant(ps, 2, g.from());
                    Jdbc.setInstant(ps, 3, g.to());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!s.anomalies().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_anomaly (session_id, code, severity, "
                    + "at_utc, reason) VALUES (?, ?, ?, ?, ?)")) {
                for (Anomaly a : s.anomalies()) {
                    ps.setObject(1, s.id());
                    ps.setString(2, a.code().code());
                    ps.setString(3, a.code().severity().name());
                    Jdbc.setInstant(ps, 4, a.at());
                    ps.setString(5, a.reason().stored());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    public Optional<Session> find(UUID id) throws StoreException {
        List<Session> found = query("WHERE id = ?", ps -> ps.setObject(1, id));
        return found.stream().findFirst();
    }

    /** Sessions whose id starts with {@code prefix} (as people type ids: the first few hex digits). */
    public List<Session> findByPrefix(String prefix) throws StoreException {
        String p = prefix.strip().toLowerCase();
        if (!p.matches("[0-9a-f-]{1,36}")) {
            return List.of();
        }
        String hex = p.replace("-", "");
        if (hex.length() > 32) {
            return List.of();
        }
        // A prefix is a range of ids: the index finds it, where matching the text of every id would read them all.
        UUID lowest = uuid(hex + "0".repeat(32 - hex.length()));
        UUID highest = uuid(hex + "f".repeat(32 - hex.length()));
        return query("WHERE id BETWEEN ? AND ? ORDER BY start_utc", ps -> {
            ps.setObject(1, lowest);
            ps.setObject(2, highest);
        });
    }

    private static UUID uuid(String hex32) {
        return new UUID(Long.parseUnsignedLong(hex32.substring(0, 16), 16), Long.parseUnsignedLong(hex32.substring(16), 16));
    }

    /** When the latest session started; empty when none was ever recorded. */
    public Optional<Instant> latestStart() throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(start_utc) AS latest FROM charging_session");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Optional.ofNullable(Jdbc.getInstant(rs, "latest"));
        } catch (SQLException e) {
            throw new StoreException("Could not read when the latest session started: " + e.getMessage(), e);
        }
    }

    /** Whether any session is pinned to the tariff version of {@code tariffId} from {@code effectiveFrom}. */
    public boolean anyPricedWith(String tariffId, Instant effectiveFrom) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM charging_session WHERE tariff_id = ? AND tariff_from_utc = ? FETCH FIRST 1 ROW ONLY")) {
            ps.setString(1, tariffId);
            Jdbc.setInstant(ps, 2, effectiveFrom);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read which sessions tariff " + tariffId + " prices: "
                    + e.getMessage(), e);
        }
    }

    public List<Session> openSessions() throws StoreException {
        return query("WHERE status = 'open' ORDER BY start_utc", ps -> { });
    }

    /** Sessions matching {@code filter}, oldest first. */
    public List<Session> list(SessionFilter filter) throws StoreException {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filter.from().ifPresent(f -> {
            where.add("start_utc >= ?");
            params.add(f);
        });
        filter.to().ifPresent(t -> {
            where.add("start_utc < ?");
            params.add(t);
        });
        filter.bayId().ifPresent(b -> {
            where.add("bay_id = ?");
            params.add(b);
        });
        filter.open().ifPresent(o -> {
            where.add("status = ?");
            params.add(o ? "open" : "closed");
        });
        filter.customer().ifPresent(text -> {
            where.add("(LOWER(customer_name) LIKE ? OR LOWER(customer_plate) LIKE ?)");
            String like = "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
        });
        filter.anomaly().ifPresent(a -> {
            where.add("EXISTS (SELECT 1 FROM session_anomaly a WHERE a.session_id = charging_session.id AND a.code = ?)");
            params.add(a.code());
        });
        if (filter.anyAnomaly()) {
            where.add("EXISTS (SELECT 1 FROM session_anomaly a WHERE a.session_id = charging_session.id)");
        }
        String sql = (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where)) + " ORDER BY start_utc, id";
        return query(sql, ps -> {
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i) instanceof Instant t) {
                    Jdbc.setInstant(ps, i + 1, t);
                } else {
                    ps.setString(i + 1, (String) params.get(i));
                }
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Session> query(String tail, Binder binder) throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM charging_session " + tail)) {
            binder.bind(ps);
            Map<UUID, SessionRow> rows = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SessionRow row = SessionRow.of(rs);
                    rows.put(row.id, row);
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<Gap>> gaps = children(c, rows, "SELECT session_id, from_utc, to_utc FROM session_gap",
                    rs -> new Gap(Jdbc.getInstant(rs, "from_utc"), Jdbc.getInstant(rs, "to_utc")));
            Map<UUID, List<Anomaly>> anomalies = children(c, rows,
                    "SELECT session_id, code, at_utc, reason FROM session_anomaly",
                    rs -> new Anomaly(AnomalyCode.fromCode(rs.getString("code")), Jdbc.getInstant(rs, "at_utc"),
                            Reason.read(rs.getString("reason"))));
            Map<UUID, List<Map.Entry<FaultKind, Integer>>> faults = children(c, rows,
                    "SELECT session_id, kind, polls FROM session_fault",
                    rs -> Map.entry(FaultKind.valueOf(rs.getString("kind")), rs.getInt("polls")));
            List<Session> out = new ArrayList<>(rows.size());
            for (SessionRow row : rows.values()) {
                Map<FaultKind, Integer> byKind = new EnumMap<>(FaultKind.class);
                faults.getOrDefault(row.id, List.of()).forEach(f -> byKind.put(f.getKey(), f.getValue()));
                out.add(row.toSession(gaps.getOrDefault(row.id, List.of()), anomalies.getOrDefault(row.id, List.of()),
                        byKind));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read sessions: " + e.getMessage(), e);
        }
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Loads child rows for the given sessions; few sessions by id, many by a join on the same filter. */
    private static <T> Map<UUID, List<T>> children(Connection c, Map<UUID, SessionRow> rows, String select,
                                                   RowMapper<T> mapper) throws SQLException {
        Map<UUID, List<T>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(select + " WHERE session_id = ANY(?) ORDER BY session_id")) {
            ps.setArray(1, c.createArrayOf("UUID", rows.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("session_id", UUID.class);
                    out.computeIfAbsent(id, k -> new ArrayList<>()).add(mapper.map(rs));
                }
            }
        }
        return out;
    }

    private record SessionRow(UUID id, String bayId, String serial, Instant start, Instant end, long startWh,
                              long endWh, long peakW, long chargingMs, Instant lastCharging, boolean manual,
                              Customer customer, String endReason, Optional<TariffVersionRef> tariffVersion) {

        static SessionRow of(ResultSet rs) throws SQLException {
            return new SessionRow(rs.getObject("id", UUID.class), rs.getString("bay_id"), rs.getString("meter_serial"),
                    Jdbc.getInstant(rs, "start_utc"), Jdbc.getInstant(rs, "end_utc"), rs.getLong("start_register_wh"),
                    rs.getLong("end_register_wh"), rs.getLong("peak_power_w"), rs.getLong("charging_ms"),
                    Jdbc.getInstant(rs, "last_charging_utc"), rs.getBoolean("manual"),
                    Customer.stored(rs.getString("customer_name"), rs.getString("customer_plate"),
                            rs.getString("customer_note")), rs.getString("end_reason"), tariffVersion(rs));
        }

        private static Optional<TariffVersionRef> tariffVersion(ResultSet rs) throws SQLException {
            String tariffId = rs.getString("tariff_id");
            return tariffId == null ? Optional.empty()
                    : Optional.of(new TariffVersionRef(tariffId, Jdbc.getInstant(rs, "tariff_from_utc")));
        }

        Session toSession(List<Gap> gaps, List<Anomaly> anomalies, Map<FaultKind, Integer> faults) {
            return new Session(id, bayId, serial, start, Optional.ofNullable(end), Energy.ofWattHours(startWh),
                    Energy.ofWattHours(endWh), Power.ofWatts(peakW), Duration.ofMillis(chargingMs), lastCharging,
                    manual, customer, Optional.ofNullable(endReason).map(EndReason::valueOf), gaps, anomalies, faults,
                    tariffVersion);
        }
    }
}
