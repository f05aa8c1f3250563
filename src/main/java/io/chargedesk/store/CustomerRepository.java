package io.chargedesk.store;

import io.chargedesk.audit.AuditRecord;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.Fleet;
import io.chargedesk.customer.Plate;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.usecase.port.CustomerRecords;
import io.chargedesk.usecase.port.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The {@code customer}, {@code fleet} and {@code session_customer} tables and their plates and bays. */
public final class CustomerRepository implements CustomerRecords {

    private final Database db;

    public CustomerRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<CustomerAccount> customers() throws StoreException {
        return read("the customers", c -> {
            Map<Long, List<String>> plates = plates(c, "SELECT customer_id, plate FROM customer_plate ORDER BY plate");
            List<CustomerAccount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM customer ORDER BY LOWER(name), id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    long fleet = rs.getLong("fleet_id");
                    OptionalLong fleetId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(fleet);
                    out.add(new CustomerAccount(id, rs.getString("name"), rs.getString("company"),
                            plates.getOrDefault(id, List.of()), rs.getString("card"), rs.getString("email"),
                            rs.getString("billing_address"), fleetId));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<CustomerAccount> customer(long id) throws StoreException {
        return customers().stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public CustomerAccount save(CustomerAccount customer) throws StoreException {
        return write("the customer " + customer.name(), c -> {
            long id = customer.id();
            if (id == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (name, company, card, email, "
                        + "billing_address, fleet_id) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    bind(ps, customer);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE customer SET name = ?, company = ?, card = ?, "
                        + "email = ?, billing_address = ?, fleet_id = ? WHERE id = ?")) {
                    bind(ps, customer);
                    ps.setLong(7, id);
                    if (ps.executeUpdate() == 0) {
                        throw new IllegalArgumentException("There is no customer " + id + " any more; reload the list.");
                    }
                }
            }
            replacePlates(c, "customer_plate", "customer_id", id, customer.plates(), "customer");
            return customer.withId(id);
        });
    }

    private static void bind(PreparedStatement ps, CustomerAccount customer) throws SQLException {
        ps.setString(1, customer.name());
        ps.setString(2, customer.company());
        ps.setString(3, customer.card());
        ps.setString(4, customer.email());
        ps.setString(5, customer.billingAddress());
        if (customer.fleetId().isPresent()) {
            ps.setLong(6, customer.fleetId().getAsLong());
        } else {
            ps.setNull(6, Types.BIGINT);
        }
    }

    /** Plates belong to one owner: one already another's is named, so nothing half-saved is left. */
    private static void replacePlates(Connection c, String table, String owner, long id, List<String> plates,
                                      String what) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + owner + " = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement taken = c.prepareStatement("SELECT plate FROM " + table + " WHERE plate_key = ?");
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (plate_key, plate, " + owner
                     + ") VALUES (?, ?, ?)")) {
            for (String plate : plates) {
                taken.setString(1, Plate.key(plate));
                try (ResultSet rs = taken.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("Plate " + plate + ": already registered for another "
                                + what + " (as " + rs.getString(1) + "); remove it there first.");
                    }
                }
                ps.setString(1, Plate.key(plate));
                ps.setString(2, plate);
                ps.setLong(3, id);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public List<Fleet> fleets() throws StoreException {
        return read("the fleets", c -> {
            Map<Long, List<String>> plates = plates(c, "SELECT fleet_id, plate FROM fleet_plate ORDER BY plate");
            Map<Long, List<Fleet.Reservation>> bays = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM fleet_bay ORDER BY bay_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bays.computeIfAbsent(rs.getLong("fleet_id"), k -> new ArrayList<>())
                            .add(new Fleet.Reservation(rs.getString("bay_id"), Jdbc.getInstant(rs, "since_utc")));
                }
            }
            List<Fleet> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM fleet ORDER BY LOWER(name), id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    out.add(new Fleet(id, rs.getString("name"), plates.getOrDefault(id, List.of()),
                            bays.getOrDefault(id, List.of())));
                }
            }
            return out;
        });
    }

    @Override
    public Fleet save(Fleet fleet) throws StoreException {
        return write("the fleet " + fleet.name(), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM fleet WHERE LOWER(name) = LOWER(?) AND id <> ?")) {
                ps.setString(1, fleet.name());
                ps.setLong(2, fleet.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("Fleet name " + fleet.name() + ": another fleet has it; "
                                + "choose another name.");
                    }
                }
            }
            long id = fleet.id();
            if (id == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO fleet (name) VALUES (?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, fleet.name());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE fleet SET name = ? WHERE id = ?")) {
                    ps.setString(1, fleet.name());
                    ps.setLong(2, id);
                    if (ps.executeUpdate() == 0) {
                        throw new IllegalArgumentException("There is no fleet " + id + " any more; reload the list.");
                    }
                }
            }
            replacePlates(c, "fleet_plate", "fleet_id", id, fleet.plates(), "fleet");
            long stored = id;
            return new Fleet(stored, fleet.name(), fleet.plates(), bays(c, stored));
        });
    }

    private static List<Fleet.Reservation> bays(Connection c, long fleetId) throws SQLException {
        List<Fleet.Reservation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT bay_id, since_utc FROM fleet_bay WHERE fleet_id = ? "
                + "ORDER BY bay_id")) {
            ps.setLong(1, fleetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Fleet.Reservation(rs.getString("bay_id"), Jdbc.getInstant(rs, "since_utc")));
                }
            }
        }
        return out;
    }

    @Override
    public boolean reserve(String bayId, OptionalLong fleetId, Instant since, Function<OptionalLong, AuditRecord> audit)
            throws StoreException {
        return write("the reservation of bay " + bayId, c -> {
            OptionalLong before = OptionalLong.empty();
            try (PreparedStatement ps = c.prepareStatement("SELECT fleet_id FROM fleet_bay WHERE bay_id = ?")) {
                ps.setString(1, bayId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        before = OptionalLong.of(rs.getLong(1));
                    }
                }
            }
            if (before.equals(fleetId)) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM fleet_bay WHERE bay_id = ?")) {
                ps.setString(1, bayId);
                ps.executeUpdate();
            }
            if (fleetId.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO fleet_bay (bay_id, fleet_id, since_utc) VALUES (?, ?, ?)")) {
                    ps.setString(1, bayId);
                    ps.setLong(2, fleetId.getAsLong());
                    Jdbc.setInstant(ps, 3, since);
                    ps.executeUpdate();
                }
            }
            AuditRepository.appendIn(c, audit.apply(before));
            return true;
        });
    }

    @Override
    public boolean link(SessionLink link, Function<Optional<SessionLink>, AuditRecord> audit) throws StoreException {
        return write("the customer of session " + link.sessionId(), c -> {
            Optional<SessionLink> before = Optional.empty();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM session_customer WHERE session_id = ?")) {
                ps.setObject(1, link.sessionId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        before = Optional.of(link(rs));
                    }
                }
            }
            if (before.equals(Optional.of(link))) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM session_customer WHERE session_id = ?")) {
                ps.setObject(1, link.sessionId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO session_customer (session_id, customer_id, odometer_km) VALUES (?, ?, ?)")) {
                ps.setObject(1, link.sessionId());
                if (link.customerId().isPresent()) {
                    ps.setLong(2, link.customerId().getAsLong());
                } else {
                    ps.setNull(2, Types.BIGINT);
                }
                if (link.odometerKm().isPresent()) {
                    ps.setInt(3, link.odometerKm().getAsInt());
                } else {
                    ps.setNull(3, Types.INTEGER);
                }
                ps.executeUpdate();
            }
            AuditRepository.appendIn(c, audit.apply(before));
            return true;
        });
    }

    @Override
    public Map<UUID, SessionLink> links(Collection<UUID> sessionIds) throws StoreException {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        return read("the sessions' customers", c -> {
            Map<UUID, SessionLink> out = new LinkedHashMap<>();
            // Read all and keep the asked ones: a month of sessions is far fewer rows than an IN list may take.
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM session_customer");
                 ResultSet rs = ps.executeQuery()) {
                Set<UUID> wanted = new HashSet<>(sessionIds);
                while (rs.next()) {
                    UUID id = rs.getObject("session_id", UUID.class);
                    if (wanted.contains(id)) {
                        out.put(id, link(rs));
                    }
                }
            }
            return out;
        });
    }

    private static SessionLink link(ResultSet rs) throws SQLException {
        long customer = rs.getLong("customer_id");
        OptionalLong customerId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(customer);
        int km = rs.getInt("odometer_km");
        OptionalInt odometer = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(km);
        return new SessionLink(rs.getObject("session_id", UUID.class), customerId, odometer);
    }

    private static Map<Long, List<String>> plates(Connection c, String sql) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(String what, Work<T> work) throws StoreException {
        try (Connection c = db.connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("Could not read " + what + ": " + e.getMessage(), e);
        }
    }

    /** One transaction: a plate refused half-way leaves the customer or fleet as it was. */
    private <T> T write(String what, Work<T> work) throws StoreException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not store " + what + ": " + e.getMessage(), e);
        }
    }
}
