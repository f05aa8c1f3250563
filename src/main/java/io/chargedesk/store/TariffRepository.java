package io.chargedesk.store;

import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFileWriter;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.tariff.MinuteBasis;
import io.chargedesk.tariff.NewVersionRules;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.tariff.TimeOfUse;
import io.chargedesk.tariff.TimeOfUseWindow;
import io.chargedesk.text.Messages;
import io.chargedesk.units.Money;
import io.chargedesk.usecase.port.StoreException;
import io.chargedesk.usecase.port.TariffVersions;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Tariff versions, so every stored session can be priced later exactly as it was when it ran. */
public final class TariffRepository implements TariffVersions {

    /** Who the audit log names for versions that came from the site file. */
    public static final String SITE_FILE = "site file";

    private final Database db;

    public TariffRepository(Database db) {
        this.db = db;
    }

    /**
     * Stores the site file's versions that are not stored yet, audited as changes made by the site file, under the
     * same rules as the tariff editor's, but for one: a version from the site file may start in the past if no
     * session has started since (a new site's first tariffs). A stored version (same id and effective-from) is never
     * changed.
     *
     * @return one warning per version of the file that was not stored, saying why and what to do
     */
    public List<String> addFromSiteFile(SiteConfig config, Instant now) throws StoreException {
        SiteInfo site = config.site();
        List<String> warnings = new ArrayList<>();
        List<Tariff> stored = new ArrayList<>(all());
        NewVersionRules.Start start = NewVersionRules.Start.inFutureOrBeforeAnySession("effective_from", now,
                new SessionRepository(db).latestStart());
        for (Tariff t : config.tariffs()) {
            Optional<Tariff> twin = stored.stream().filter(s -> s.id().equals(t.id())
                    && s.effectiveFrom().equals(t.effectiveFrom())).findFirst();
            if (twin.isPresent()) {
                if (!twin.get().equals(t)) {
                    warnings.add(describe(t, site) + " differs from the stored version, which is kept: a version "
                            + "never changes once stored. To change prices, add a version with a later effective_from.");
                }
                continue;
            }
            List<String> problems = problems(t, stored, site, start);
            if (problems.isEmpty()) {
                store(t, stored, site, SITE_FILE, now);
                stored.add(t);
            } else {
                warnings.add(describe(t, site) + " is not used: " + String.join("; ", problems) + ".");
            }
        }
        return warnings;
    }

    private static String describe(Tariff t, SiteInfo site) {
        return "Tariff " + t.id() + " version from " + t.effectiveFrom().atZone(site.zone()).toOffsetDateTime()
                + " in the site file";
    }

    /**
     * Adds a version made in the tariff editor, with an audit entry, if {@link NewVersionRules} allow it: it takes
     * effect after {@code now}.
     *
     * @throws IllegalArgumentException naming every rule the version breaks
     */
    public void addVersion(Tariff version, SiteInfo site, String who, Instant now) throws StoreException {
        List<Tariff> stored = all();
        List<String> problems = problems(version, stored, site, NewVersionRules.Start.inFuture("Effective from", now));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        store(version, stored, site, who, now);
    }

    /** What {@link NewVersionRules} hold against storing {@code version} beside {@code stored}, in English, as logged. */
    private List<String> problems(Tariff version, List<Tariff> stored, SiteInfo site, NewVersionRules.Start start)
            throws StoreException {
        Messages english = Messages.of(Locale.ENGLISH);
        return NewVersionRules.problems(version, stored, site.currency(), site.zone(),
                new ReceiptRepository(db).lastIssuedUsing(version.id()), start).stream()
                .map(r -> english.reason(r, site.zone())).toList();
    }

    private void store(Tariff version, List<Tariff> stored, SiteInfo site, String who, Instant now)
            throws StoreException {
        String before = inForce(stored, version.id(), version.effectiveFrom())
                .map(t -> SiteFileWriter.tariffText(t, site.zone())).orElse("");
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            insert(c, version);
            audit(c, new TariffAuditEntry(now, who, TariffAuditEntry.ADDED, version.id(), version.effectiveFrom(),
                    before, SiteFileWriter.tariffText(version, site.zone())));
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not add tariff " + version.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Withdraws a version that has not taken effect yet, so no session was ever priced with it; audited.
     *
     * @throws IllegalArgumentException when the version is already in force or does not exist
     */
    public void withdraw(String tariffId, Instant effectiveFrom, SiteInfo site, String who, Instant now)
            throws StoreException {
        List<Tariff> stored = all();
        Tariff version = stored.stream().filter(t -> t.id().equals(tariffId) && t.effectiveFrom().equals(effectiveFrom))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("tariff " + tariffId
                        + " has no version from " + effectiveFrom));
        if (!effectiveFrom.isAfter(now)) {
            throw new IllegalArgumentException("this version of tariff " + tariffId + " is in force already and "
                    + "may have priced sessions; add a new version instead of withdrawing it");
        }
        Optional<Instant> lastReceipt = new ReceiptRepository(db).lastIssuedUsing(tariffId);
        if (lastReceipt.filter(last -> !last.isBefore(effectiveFrom)).isPresent()) {
            throw new IllegalArgumentException("receipts priced with this version of tariff " + tariffId
                    + " were issued already; it can no longer be withdrawn");
        }
        if (new SessionRepository(db).anyPricedWith(tariffId, effectiveFrom)) {
            throw new IllegalArgumentException("sessions are priced with this version of tariff " + tariffId
                    + " already; it can no longer be withdrawn");
        }
        List<Tariff> others = stored.stream().filter(t -> t != version).toList();
        String instead = inForce(others, tariffId, effectiveFrom).map(t -> SiteFileWriter.tariffText(t, site.zone()))
                .orElse("");
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            for (String table : List.of("tariff_window", "tariff")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE "
                        + (table.equals("tariff") ? "id" : "tariff_id") + " = ? AND effective_from_utc = ?")) {
                    ps.setString(1, tariffId);
                    Jdbc.setInstant(ps, 2, effectiveFrom);
                    ps.executeUpdate();
                }
            }
            audit(c, new TariffAuditEntry(now, who, TariffAuditEntry.WITHDRAWN, tariffId, effectiveFrom,
                    SiteFileWriter.tariffText(version, site.zone()), instead));
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not withdraw tariff " + tariffId + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Tariff> inForce(List<Tariff> versions, String id, Instant at) {
        return new TariffBook(versions).inForce(id, at);
    }

    private static void audit(Connection c, TariffAuditEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tariff_audit (changed_utc, changed_by, action, "
                + "tariff_id, effective_from_utc, before_text, after_text) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.setInstant(ps, 1, e.at());
            ps.setString(2, e.by());
            ps.setString(3, e.action());
            ps.setString(4, e.tariffId());
            Jdbc.setInstant(ps, 5, e.effectiveFrom());
            ps.setString(6, e.before());
            ps.setString(7, e.after());
            ps.executeUpdate();
        }
    }

    /** Every change made in the tariff editor, newest first. */
    public List<TariffAuditEntry> audit() throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM tariff_audit ORDER BY changed_utc DESC, id DESC");
             ResultSet rs = ps.executeQuery()) {
            List<TariffAuditEntry> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new TariffAuditEntry(Jdbc.getInstant(rs, "changed_utc"), rs.getString("changed_by"),
                        rs.getString("action"), rs.getString("tariff_id"), Jdbc.getInstant(rs, "effective_from_utc"),
                        Optional.ofNullable(rs.getString("before_text")).orElse(""),
                        Optional.ofNullable(rs.getString("after_text")).orElse("")));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the tariff audit log: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, Tariff t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM tariff WHERE id = ? AND effective_from_utc = ?")) {
            ps.setString(1, t.id());
            Jdbc.setInstant(ps, 2, t.effectiveFrom());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insert(Connection c, Tariff t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tariff (id, effective_from_utc, name, currency, "
                + "energy_per_kwh, per_minute, minute_basis, session_fee, idle_per_minute, idle_grace_s, min_price, "
                + "max_price, vat_percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, t.id());
            Jdbc.setInstant(ps, 2, t.effectiveFrom());
            ps.setString(3, t.name());
            ps.setString(4, t.currency().getCurrencyCode());
            ps.setBigDecimal(5, t.energyPerKwh().amount());
            ps.setBigDecimal(6, t.perMinute().amount());
            ps.setString(7, t.minuteBasis().name());
            ps.setBigDecimal(8, t.sessionFee().amount());
            ps.setBigDecimal(9, t.idlePerMinute().amount());
            ps.setLong(10, t.idleGrace().toSeconds());
            ps.setBigDecimal(11, t.minimum().map(Money::amount).orElse(null));
            ps.setBigDecimal(12, t.maximum().map(Money::amount).orElse(null));
            ps.setBigDecimal(13, t.vatPercent());
            ps.executeUpdate();
        }
        List<TimeOfUseWindow> windows = t.timeOfUse().map(TimeOfUse::windows).orElse(List.of());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tariff_window (tariff_id, effective_from_utc, "
                + "seq, name, days, start_minute, end_minute, per_kwh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < windows.size(); i++) {
                TimeOfUseWindow w = windows.get(i);
                ps.setString(1, t.id());
                Jdbc.setInstant(ps, 2, t.effectiveFrom());
                ps.setInt(3, i);
                ps.setString(4, w.name());
                ps.setString(5, w.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
                ps.setInt(6, w.from().toSecondOfDay() / 60);
                ps.setInt(7, w.to().toSecondOfDay() / 60);
                ps.setBigDecimal(8, w.perKwh().amount());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<Tariff> all() throws StoreException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM tariff ORDER BY effective_from_utc, id");
             ResultSet rs = ps.executeQuery()) {
            Map<String, List<TimeOfUseWindow>> windows = windows(c);
            List<Tariff> out = new ArrayList<>();
            while (rs.next()) {
                Currency cur = Currency.getInstance(rs.getString("currency"));
                Instant from = Jdbc.getInstant(rs, "effective_from_utc");
                List<TimeOfUseWindow> tou = windows.getOrDefault(key(rs.getString("id"), from), List.of());
                out.add(new Tariff(rs.getString("id"), rs.getString("name"), from,
                        cur, money(rs, "energy_per_kwh", cur).orElseThrow(), money(rs, "per_minute", cur).orElseThrow(),
                        MinuteBasis.valueOf(rs.getString("minute_basis")), money(rs, "session_fee", cur).orElseThrow(),
                        money(rs, "idle_per_minute", cur).orElseThrow(), Duration.ofSeconds(rs.getLong("idle_grace_s")),
                        money(rs, "min_price", cur), money(rs, "max_price", cur), rs.getBigDecimal("vat_percent"),
                        tou.isEmpty() ? Optional.empty() : Optional.of(TimeOfUse.of(tou))));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the tariffs: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<TimeOfUseWindow>> windows(Connection c) throws SQLException {
        Map<String, List<TimeOfUseWindow>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT w.*, t.currency FROM tariff_window w JOIN tariff t "
                + "ON t.id = w.tariff_id AND t.effective_from_utc = w.effective_from_utc ORDER BY w.seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Set<DayOfWeek> days = Arrays.stream(rs.getString("days").split(",")).map(DayOfWeek::valueOf)
                        .collect(Collectors.toSet());
                out.computeIfAbsent(key(rs.getString("tariff_id"), Jdbc.getInstant(rs, "effective_from_utc")),
                        k -> new ArrayList<>()).add(new TimeOfUseWindow(rs.getString("name"), days,
                        LocalTime.ofSecondOfDay(rs.getInt("start_minute") * 60L),
                        LocalTime.ofSecondOfDay(rs.getInt("end_minute") * 60L),
                        money(rs, "per_kwh", Currency.getInstance(rs.getString("currency"))).orElseThrow()));
            }
        }
        return out;
    }

    private static String key(String tariffId, Instant effectiveFrom) {
        return tariffId + "@" + effectiveFrom;
    }

    private static Optional<Money> money(ResultSet rs, String column, Currency currency) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        if (amount == null) {
            return Optional.empty();
        }
        // Prices read as people write them: 0.10, 0.4925 — never 0.100000 from the column, nor 0.1.
        BigDecimal plain = amount.stripTrailingZeros();
        int minor = Math.max(0, currency.getDefaultFractionDigits());
        return Optional.of(new Money(plain.scale() < minor ? plain.setScale(minor) : plain, currency));
    }
}
