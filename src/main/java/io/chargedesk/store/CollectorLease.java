package io.chargedesk.store;

import io.chargedesk.usecase.port.StoreException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The right to collect into a database: at most one collector holds it, so two never resume the same open
 * sessions and overwrite each other's (see {@code docs/decisions/0006-collector-lease.md}).
 *
 * <p>The lease is the one row of {@code collector_lease}. It is free when nobody holds it, when its holder has
 * not been seen for {@link #STALE_AFTER}, or at once when its holder ran on this host and its process is gone
 * (a collector killed with SIGKILL and started again). Taking it is a compare-and-set on the row's version, so
 * of two collectors starting together exactly one wins. The holder renews it every {@link #RENEW_EVERY} and in
 * every recording transaction ({@link Recorder}), so a collector that lost it never writes again.
 *
 * <p>Times come from the wall clock given here (never a sped-up demo clock): PCs sharing a database must agree
 * on the time to within a few seconds, as NTP keeps them.
 */
public final class CollectorLease {

    /** A holder not seen for this long is taken to be gone. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(15);
    /** How often a holder renews; well inside {@link #STALE_AFTER}. */
    public static final Duration RENEW_EVERY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(CollectorLease.class);
    private static final int ATTEMPTS = 5;

    /** Who holds a lease: what it is, where it runs, since when, and when it last renewed. */
    public record Holder(String description, String host, long pid, Instant since, Instant lastSeen) {
    }

    /** A program that wants the lease: its host and process id. */
    record Claimant(String host, long pid) {

        static Claimant thisProcess() {
            return new Claimant(HostName.VALUE, ProcessHandle.current().pid());
        }

        /**
         * Whether the host has a name of its own: two PCs both called "localhost" must not take each other's
         * process ids for their own.
         */
        boolean hostNamed() {
            return !host.equals(HostName.UNKNOWN) && !host.startsWith("localhost");
        }
    }

    private final Database db;
    private final Clock clock;
    private final UUID token;
    private final Holder holder;

    private CollectorLease(Database db, Clock clock, UUID token, Holder holder) {
        this.db = db;
        this.clock = clock;
        this.token = token;
        this.holder = holder;
    }

    /**
     * Takes the lease for this process.
     *
     * @param description what holds it, as another program's error message will name it ("the console")
     * @param clock the wall clock
     * @throws LeaseHeldException another collector holds it and is alive
     */
    public static CollectorLease acquire(Database db, String description, Clock clock) throws StoreException {
        return acquire(db, description, clock, Claimant.thisProcess(), CollectorLease::processAlive);
    }

    static CollectorLease acquire(Database db, String description, Clock clock, Claimant me, LongPredicate alive)
            throws StoreException {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection c = db.connect()) {
                Row row = read(c);
                Instant now = clock.instant();
                Optional<String> takeOver = Optional.empty();
                if (row.holder().isPresent()) {
                    Holder other = row.holder().get();
                    takeOver = whyFree(other, now, me, alive);
                    if (takeOver.isEmpty()) {
                        throw new LeaseHeldException(other, now, !other.host().equals(me.host()));
                    }
                }
                UUID token = UUID.randomUUID();
                Holder mine = new Holder(description, me.host(), me.pid(), now, now);
                if (take(c, row.version(), token, mine)) {
                    takeOver.ifPresent(why -> LOG.warn("Took over the collector lease from {} on host {} (pid {}): {}",
                            row.holder().get().description(), row.holder().get().host(), row.holder().get().pid(),
                            why));
                    LOG.info("Collecting into {} as {} on host {} (pid {})", db.url(), description, me.host(),
                            me.pid());
                    return new CollectorLease(db, clock, token, mine);
                }
                // Another program changed the row between our read and our write: look again.
            } catch (SQLException e) {
                if (attempt == ATTEMPTS) {
                    throw new StoreException("Could not take the collector lease of " + db.url() + ": "
                            + Database.rootMessage(e) + ". If another program holds the database, close it.", e);
                }
                LOG.info("Taking the collector lease: {}; trying again", Database.rootMessage(e));
            }
        }
        throw new StoreException("Could not take the collector lease of " + db.url()
                + ": other programs kept changing it. Close the other ChargeDesk programs on this database.", null);
    }

    /** Empty while the holder is alive; otherwise why its lease is free. */
    private static Optional<String> whyFree(Holder other, Instant now, Claimant me, LongPredicate alive) {
        if (me.hostNamed() && other.host().equals(me.host()) && other.pid() != me.pid() && !alive.test(other.pid())) {
            return Optional.of("its process has ended");
        }
        Duration silent = Duration.between(other.lastSeen(), now);
        if (silent.compareTo(STALE_AFTER) > 0) {
            return Optional.of("not seen for " + silent.toSeconds() + " s");
        }
        return Optional.empty();
    }

    static boolean processAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Who holds the lease now, if anyone (a holder may be stale). */
    public static Optional<Holder> current(Database db) throws StoreException {
        try (Connection c = db.connect()) {
            return read(c).holder();
        } catch (SQLException e) {
            throw new StoreException("Could not read the collector lease: " + Database.rootMessage(e), e);
        }
    }

    /** This lease's holder as recorded when it was taken. */
    public Holder holder() {
        return holder;
    }

    /**
     * Tells other programs this holder is alive.
     *
     * @throws LeaseLostException another collector took the lease over: stop writing
     * @throws StoreException the database cannot be reached now (the lease is still held until it goes stale)
     */
    public void heartbeat() throws StoreException {
        try (Connection c = db.connect()) {
            renew(c);
        } catch (SQLException e) {
            throw new StoreException("Could not renew the collector lease: " + Database.rootMessage(e), e);
        }
    }

    /** Renews within the caller's transaction, so what it writes commits only while this lease is held. */
    void renew(Connection c) throws SQLException, LeaseLostException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE collector_lease SET heartbeat_utc = ?, "
                + "version = version + 1 WHERE id = 1 AND token = ?")) {
            Jdbc.setInstant(ps, 1, clock.instant());
            ps.setObject(2, token);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        throw new LeaseLostException(read(c).holder());
    }

    /** Frees the lease on a clean stop, so the next collector need not wait; a lost lease stays with its taker. */
    public void release() {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE collector_lease SET token = NULL, holder = NULL, "
                     + "host = NULL, pid = NULL, started_utc = NULL, heartbeat_utc = NULL, version = version + 1 "
                     + "WHERE id = 1 AND token = ?")) {
            ps.setObject(1, token);
            if (ps.executeUpdate() == 1) {
                LOG.info("Released the collector lease of {}", db.url());
            }
        } catch (SQLException e) {
            LOG.warn("Could not release the collector lease of {} (the next collector waits {} s for it): {}",
                    db.url(), STALE_AFTER.toSeconds(), Database.rootMessage(e));
        }
    }

    private record Row(long version, Optional<Holder> holder) {
    }

    private static Row read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM collector_lease WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return new Row(-1, Optional.empty());
            }
            Optional<Holder> holder = rs.getObject("token") == null ? Optional.empty()
                    : Optional.of(new Holder(rs.getString("holder"), rs.getString("host"), rs.getLong("pid"),
                    Jdbc.getInstant(rs, "started_utc"), Jdbc.getInstant(rs, "heartbeat_utc")));
            return new Row(rs.getLong("version"), holder);
        }
    }

    /** Compare-and-set: writes the lease only if nobody changed the row since it was read at {@code version}. */
    private static boolean take(Connection c, long version, UUID token, Holder mine) throws SQLException {
        if (version < 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO collector_lease (id, token, holder, host, "
                    + "pid, started_utc, heartbeat_utc, version) VALUES (1, ?, ?, ?, ?, ?, ?, 1)")) {
                bind(ps, token, mine);
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE collector_lease SET token = ?, holder = ?, host = ?, "
                + "pid = ?, started_utc = ?, heartbeat_utc = ?, version = version + 1 WHERE id = 1 AND version = ?")) {
            bind(ps, token, mine);
            ps.setLong(7, version);
            return ps.executeUpdate() == 1;
        }
    }

    private static void bind(PreparedStatement ps, UUID token, Holder mine) throws SQLException {
        ps.setObject(1, token);
        ps.setString(2, truncate(mine.description(), 200));
        ps.setString(3, truncate(mine.host(), 255));
        ps.setLong(4, mine.pid());
        Jdbc.setInstant(ps, 5, mine.since());
        Jdbc.setInstant(ps, 6, mine.lastSeen());
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** This computer's name, looked up once (a slow resolver would otherwise delay every start). */
    private static final class HostName {

        static final String UNKNOWN = "unknown host";
        static final String VALUE = lookUp();

        private static String lookUp() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                String env = System.getenv(System.getProperty("os.name", "").startsWith("Windows")
                        ? "COMPUTERNAME" : "HOSTNAME");
                return env != null && !env.isBlank() ? env : UNKNOWN;
            }
        }
    }
}
