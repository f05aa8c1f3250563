package io.chargedesk.ui.tariffs;

import io.chargedesk.tariff.MinuteBasis;
import io.chargedesk.tariff.NewVersionRules;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.tariff.TimeOfUse;
import io.chargedesk.tariff.TimeOfUseWindow;
import io.chargedesk.tariff.Days;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tariff editor: the stored versions, a draft of a new version checked as it is typed (prices, time-of-use
 * windows, the rules for new versions), and the audit log. Versions are never edited: a change is a new version,
 * and a version not yet in force can be withdrawn. The store is read and written on the background executor, and
 * what the screen shows is set on the UI executor.
 */
public final class TariffsViewModel {

    /** Where versions and the audit log live (the database in the app). */
    public interface TariffStore {
        List<Tariff> versions() throws Exception;

        List<TariffAuditEntry> audit() throws Exception;

        Optional<Instant> lastReceiptIssued(String tariffId) throws Exception;

        void add(Tariff version) throws Exception;

        void withdraw(Tariff version) throws Exception;
    }

    public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    public static final List<String> BASES = List.of("charging", "connected");
    static final String EFFECTIVE_FROM = "Effective from";
    /** The widths of the columns a version is stored in. */
    static final int ID_MAX = 32;
    static final int NAME_MAX = 100;
    static final int WINDOW_NAME_MAX = 60;
    /** Prices per kWh or per minute beyond this are typing mistakes, not tariffs. */
    static final BigDecimal UNIT_PRICE_MAX = new BigDecimal("1000");
    /** A session fee, minimum or maximum price beyond this is a typing mistake. */
    static final BigDecimal SESSION_PRICE_MAX = new BigDecimal("100000");
    /** Prices are stored to 6 decimal places, VAT rates to 3. */
    static final int PRICE_DECIMALS = 6;
    static final int VAT_DECIMALS = 3;
    static final long IDLE_GRACE_MAX_MIN = 24 * 60;

    private final TariffStore store;
    private final Currency currency;
    private final ZoneId zone;
    private final Clock clock;
    private final Function<String, Optional<String>> unprintable;
    private final Executor background;
    private final Executor ui;
    private final LastReceipts lastReceipts;
    private final ObservableList<VersionItem> versions = FXCollections.observableArrayList();
    private final ObservableList<TariffAuditEntry> audit = FXCollections.observableArrayList();
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty effectiveFrom = new SimpleStringProperty(this, "effectiveFrom", "");
    private final StringProperty energyPerKwh = new SimpleStringProperty(this, "energyPerKwh", "");
    private final StringProperty sessionFee = new SimpleStringProperty(this, "sessionFee", "0");
    private final StringProperty perMinute = new SimpleStringProperty(this, "perMinute", "0");
    private final StringProperty minuteBasis = new SimpleStringProperty(this, "minuteBasis", "charging");
    private final StringProperty idlePerMinute = new SimpleStringProperty(this, "idlePerMinute", "0");
    private final StringProperty idleGraceMin = new SimpleStringProperty(this, "idleGraceMin", "0");
    private final StringProperty minPrice = new SimpleStringProperty(this, "minPrice", "");
    private final StringProperty maxPrice = new SimpleStringProperty(this, "maxPrice", "");
    private final StringProperty vatPercent = new SimpleStringProperty(this, "vatPercent", "");
    private final ObservableList<WindowRow> windows = FXCollections.observableArrayList(
            r -> new Observable[] {r.name, r.days, r.from, r.to, r.perKwh});
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty effectiveFromNote = new SimpleStringProperty(this, "effectiveFromNote", "");
    private List<Tariff> stored = List.of();

    /**
     * @param unprintable what in a text cannot be printed on a receipt, if anything: the tariff's id and name and
     *     its windows' names are printed on the receipts priced with it
     * @param background where the store is read and written
     * @param ui where what the screen shows is set (the FX thread in the app)
     */
    public TariffsViewModel(TariffStore store, Currency currency, ZoneId zone, Clock clock,
                            Function<String, Optional<String>> unprintable, Executor background, Executor ui) {
        this.store = store;
        this.currency = currency;
        this.zone = zone;
        this.clock = clock;
        this.unprintable = unprintable;
        this.background = background;
        this.ui = ui;
        this.lastReceipts = new LastReceipts(store::lastReceiptIssued, background, ui);
        for (StringProperty p : List.of(id, name, effectiveFrom, energyPerKwh, sessionFee, perMinute, minuteBasis,
                idlePerMinute, idleGraceMin, minPrice, maxPrice, vatPercent)) {
            p.addListener((o, a, b) -> check());
        }
        windows.addListener((javafx.collections.ListChangeListener<WindowRow>) c -> check());
        effectiveFrom.set(nextWholeHour());
        refresh(() -> versions.stream().filter(v -> v.state().equals(VersionItem.IN_FORCE)).findFirst()
                .ifPresent(v -> startFrom(v.tariff())));
    }

    /** The earliest start a new version may have, as the form shows it: versions only take effect in the future. */
    private String nextWholeHour() {
        return LOCAL.format(NewVersionRules.nextWholeHour(clock.instant(), zone));
    }

    /** Reads the versions and the audit log on the background executor; shows them, then runs {@code then}. */
    private void refresh(Runnable then) {
        background.execute(() -> {
            try {
                List<Tariff> read = store.versions();
                List<TariffAuditEntry> log = store.audit();
                ui.execute(() -> {
                    show(read, log);
                    then.run();
                });
            } catch (Exception e) {
                ui.execute(() -> message.set("The tariffs could not be read: " + e.getMessage()));
            }
        });
    }

    private void show(List<Tariff> read, List<TariffAuditEntry> log) {
        stored = read;
        audit.setAll(log);
        lastReceipts.forget();
        Instant now = clock.instant();
        TariffBook book = new TariffBook(stored);
        versions.setAll(stored.stream()
                .sorted((a, b) -> a.id().equals(b.id()) ? b.effectiveFrom().compareTo(a.effectiveFrom())
                        : a.id().compareTo(b.id()))
                .map(t -> new VersionItem(t, LOCAL.format(t.effectiveFrom().atZone(zone)), energyText(t),
                        t.effectiveFrom().isAfter(now) ? VersionItem.FUTURE
                                : book.inForce(t.id(), now).filter(t::equals).isPresent() ? VersionItem.IN_FORCE
                                : VersionItem.SUPERSEDED))
                .toList());
        check();
    }

    private static String energyText(Tariff t) {
        return t.timeOfUse().map(tou -> tou.windows().stream().map(w -> w.name() + " " + w.perKwh().amount()
                .toPlainString()).distinct().collect(Collectors.joining(", ")))
                .orElse(t.energyPerKwh().amount().toPlainString());
    }

    /** Fills the draft from {@code version}, to take effect at the next whole hour. */
    public void startFrom(Tariff version) {
        id.set(version.id());
        name.set(version.name());
        effectiveFrom.set(nextWholeHour());
        energyPerKwh.set(version.timeOfUse().isPresent() ? "" : version.energyPerKwh().amount().toPlainString());
        sessionFee.set(version.sessionFee().amount().toPlainString());
        perMinute.set(version.perMinute().amount().toPlainString());
        minuteBasis.set(version.minuteBasis().name().toLowerCase(Locale.ROOT));
        idlePerMinute.set(version.idlePerMinute().amount().toPlainString());
        idleGraceMin.set(String.valueOf(version.idleGrace().toMinutes()));
        minPrice.set(version.minimum().map(m -> m.amount().toPlainString()).orElse(""));
        maxPrice.set(version.maximum().map(m -> m.amount().toPlainString()).orElse(""));
        vatPercent.set(version.vatPercent().toPlainString());
        windows.setAll(version.timeOfUse().map(tou -> tou.windows().stream().map(WindowRow::of).toList())
                .orElse(List.of()));
        message.set("");
    }

    public void addWindow() {
        WindowRow r = new WindowRow();
        r.name.set("window " + (windows.size() + 1));
        windows.add(r);
    }

    public void removeWindow(WindowRow row) {
        windows.remove(row);
    }

    /**
     * Checks the draft; the problems list says what to fix, field by field. The last receipt under the draft's tariff
     * is read once per tariff on the background executor: until it is known the draft is not valid yet, and it is
     * checked again then.
     */
    public Optional<Tariff> check() {
        List<String> found = new ArrayList<>();
        Optional<Tariff> draft = draft(found);
        boolean reading = false;
        if (draft.isPresent()) {
            Optional<LastReceipts.Known> last = lastReceipts.of(draft.get().id(), this::check);
            reading = last.isEmpty();
            last.flatMap(LastReceipts.Known::failure).ifPresent(failure ->
                    found.add("the receipts could not be read to check the effective-from: " + failure));
            last.filter(k -> k.failure().isEmpty()).ifPresent(k -> found.addAll(NewVersionRules.problems(draft.get(),
                    stored, currency, zone, k.lastIssued(),
                    NewVersionRules.Start.inFuture(EFFECTIVE_FROM, clock.instant()))));
        }
        effectiveFromNote.set(noteOnStart());
        problems.setAll(found);
        valid.set(found.isEmpty() && !reading);
        return valid.get() ? draft : Optional.empty();
    }

    /**
     * What the effective-from field means: when the version takes effect, in words; empty while it is not a time in
     * the future (the problems say why).
     */
    private String noteOnStart() {
        String proposed = nextWholeHour();
        if (effectiveFrom.get().strip().equals(proposed)) {
            return "Takes effect at the next whole hour, " + proposed + " (site time).";
        }
        return parseLocal(effectiveFrom.get()).filter(t -> t.isAfter(clock.instant()))
                .map(t -> "Takes effect at " + LOCAL.format(t.atZone(zone)) + " (site time); the next whole hour is "
                        + proposed + ".").orElse("");
    }

    private Optional<Tariff> draft(List<String> found) {
        String tariffId = id.get().strip();
        if (tariffId.isEmpty()) {
            found.add("Tariff id: give the id of the tariff (an existing one for a new version, or a new one)");
        }
        fitsIn("Tariff id", tariffId, ID_MAX, found);
        fitsIn("Name", name.get().strip(), NAME_MAX, found);
        unprintable.apply(tariffId).ifPresent(p -> found.add("Tariff id: " + p));
        unprintable.apply(name.get()).ifPresent(p -> found.add("Name: " + p));
        Optional<Instant> from = instant(effectiveFrom.get(), found);
        Optional<Money> energy = energyPerKwh.get().isBlank() && !windows.isEmpty() ? Optional.of(Money.zero(currency))
                : money("Energy per kWh", energyPerKwh.get(), UNIT_PRICE_MAX, found);
        Optional<Money> fee = money("Session fee", sessionFee.get(), SESSION_PRICE_MAX, found);
        Optional<Money> minute = money("Per minute", perMinute.get(), UNIT_PRICE_MAX, found);
        Optional<Money> idle = money("Idle fee per minute", idlePerMinute.get(), UNIT_PRICE_MAX, found);
        Optional<Long> grace = whole("Idle grace (min)", idleGraceMin.get(), IDLE_GRACE_MAX_MIN, found);
        Optional<Optional<Money>> min = optionalMoney("Minimum price", minPrice.get(), found);
        Optional<Optional<Money>> max = optionalMoney("Maximum price", maxPrice.get(), found);
        Optional<BigDecimal> vat = vat(found);
        if (!BASES.contains(minuteBasis.get())) {
            found.add("Per-minute basis: '" + shown(minuteBasis.get()) + "' is not charging or connected");
        }
        Optional<Optional<TimeOfUse>> tou = timeOfUse(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Tariff(tariffId, name.get().strip(), from.get(), currency, energy.get(), minute.get(),
                    MinuteBasis.valueOf(minuteBasis.get().toUpperCase(Locale.ROOT)), fee.get(), idle.get(),
                    Duration.ofMinutes(grace.get()), min.get(), max.get(), vat.get(), tou.get()));
        } catch (IllegalArgumentException e) {
            found.add(e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Optional<TimeOfUse>> timeOfUse(List<String> found) {
        if (windows.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        int before = found.size();
        List<TimeOfUseWindow> parsed = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            WindowRow r = windows.get(i);
            String where = "Window " + (i + 1) + " (" + shown(r.name.get()) + ")";
            fitsIn(where + " name", r.name.get().strip(), WINDOW_NAME_MAX, found);
            unprintable.apply(r.name.get()).ifPresent(p -> found.add(where + " name: " + p));
            var days = Days.parse(r.days.get());
            if (days.isEmpty()) {
                found.add(where + ": days '" + shown(r.days.get()) + "' are not days such as mon-fri, sat,sun or daily");
            }
            var start = TimeOfUseWindow.parseClock(r.from.get());
            var end = TimeOfUseWindow.parseClock(r.to.get());
            if (start.isEmpty() || end.isEmpty()) {
                found.add(where + ": from and to are times of day such as 08:00 or 24:00");
            }
            Optional<Money> price = money(where + " price per kWh", r.perKwh.get(), UNIT_PRICE_MAX, found);
            if (days.isPresent() && start.isPresent() && end.isPresent() && price.isPresent()) {
                try {
                    parsed.add(new TimeOfUseWindow(r.name.get().strip(), days.get(), start.get(), end.get(),
                            price.get()));
                } catch (IllegalArgumentException e) {
                    found.add(where + ": " + e.getMessage());
                }
            }
        }
        if (found.size() > before) {
            return Optional.empty();
        }
        if (!energyPerKwh.get().isBlank()) {
            found.add("Energy per kWh: leave it empty, the time-of-use windows set the price of every kWh");
        }
        List<String> week = TimeOfUse.problems(parsed);
        found.addAll(week);
        return week.isEmpty() ? Optional.of(Optional.of(TimeOfUse.of(parsed))) : Optional.empty();
    }

    private static void fitsIn(String field, String text, int max, List<String> found) {
        if (text.length() > max) {
            found.add(field + ": " + text.length() + " characters; at most " + max + " fit, so shorten it");
        }
    }

    /** Text as typed, cut short for quoting in a problem: a pasted page must not become the message. */
    private static String shown(String text) {
        String t = text.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }

    private Optional<Instant> instant(String text, List<String> found) {
        Optional<Instant> parsed = parseLocal(text);
        if (parsed.isEmpty()) {
            found.add(EFFECTIVE_FROM + ": '" + shown(text) + "' is not a local date and time such as " + nextWholeHour());
        }
        return parsed;
    }

    private Optional<Instant> parseLocal(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), LOCAL).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A number from 0 to {@code max} with at most {@code decimals} places; what is wrong, else. */
    private static Optional<BigDecimal> decimal(String field, String text, BigDecimal max, int decimals,
                                                List<String> found) {
        BigDecimal d;
        try {
            d = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            found.add(field + ": '" + shown(text) + "' is not a number such as 0.49");
            return Optional.empty();
        }
        if (d.signum() < 0) {
            found.add(field + ": " + shown(text) + " is negative; prices must be 0 or more");
        } else if (d.compareTo(max) > 0) {
            found.add(field + ": " + shown(text) + " is more than " + max.toPlainString() + "; give a value from 0 to "
                    + max.toPlainString());
        } else if (Math.max(0, d.stripTrailingZeros().scale()) > decimals) {
            found.add(field + ": " + shown(text) + " has more than " + decimals + " decimal places");
        } else {
            return Optional.of(d);
        }
        return Optional.empty();
    }

    private Optional<Money> money(String field, String text, BigDecimal max, List<String> found) {
        return decimal(field, text, max, PRICE_DECIMALS, found).map(d -> Money.of(d, currency));
    }

    private Optional<Optional<Money>> optionalMoney(String field, String text, List<String> found) {
        return text.isBlank() ? Optional.of(Optional.empty())
                : money(field, text, SESSION_PRICE_MAX, found).map(Optional::of);
    }

    /** VAT is a rate from 0 to below 100 %: the gross price of 100 % VAT would be all tax. */
    private Optional<BigDecimal> vat(List<String> found) {
        String field = "VAT %";
        Optional<BigDecimal> rate = decimal(field, vatPercent.get(), BigDecimal.valueOf(100), VAT_DECIMALS, found);
        if (rate.filter(r -> r.compareTo(BigDecimal.valueOf(100)) == 0).isPresent()) {
            found.add(field + ": 100 is not a rate below 100; give a value from 0 to below 100");
            return Optional.empty();
        }
        return rate;
    }

    private static Optional<Long> whole(String field, String text, long max, List<String> found) {
        try {
            long n = Long.parseLong(text.strip());
            if (n < 0 || n > max) {
                found.add(field + ": " + n + " is not from 0 to " + max);
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            found.add(field + ": '" + shown(text) + "' is not a whole number of minutes from 0 to " + max);
            return Optional.empty();
        }
    }

    /** Stores the draft as a new version, if it passes every check. */
    public void add() {
        Optional<Tariff> version = check();
        if (version.isEmpty()) {
            message.set(problems.isEmpty() ? "Not added yet: the receipts under this tariff are still being read; "
                    + "add it again in a moment." : "Not added: fix the problems listed.");
            return;
        }
        change(() -> store.add(version.get()), "Not added: ",
                "Added tariff " + version.get().id() + " from " + effectiveFrom.get() + ".");
    }

    /** Withdraws a version that is not yet in force. */
    public void withdraw(VersionItem item) {
        if (!item.state().equals(VersionItem.FUTURE)) {
            message.set("Only a version not yet in force can be withdrawn; to change prices, add a new version.");
            return;
        }
        change(() -> store.withdraw(item.tariff()), "Not withdrawn: ",
                "Withdrew tariff " + item.tariff().id() + " from " + item.effectiveFrom() + ".");
    }

    private interface StoreChange {
        void run() throws Exception;
    }

    /**
     * Makes a change in the store on the background executor, then shows the versions and the draft's problems as
     * they are now.
     */
    private void change(StoreChange change, String failed, String done) {
        background.execute(() -> {
            try {
                change.run();
            } catch (Exception e) {
                ui.execute(() -> message.set(failed + e.getMessage()));
                return;
            }
            ui.execute(() -> refresh(() -> message.set(done)));
        });
    }

    public ObservableList<VersionItem> versions() {
        return versions;
    }

    public ObservableList<TariffAuditEntry> audit() {
        return audit;
    }

    public ObservableList<WindowRow> windows() {
        return windows;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty effectiveFromProperty() {
        return effectiveFrom;
    }

    /** When the draft takes effect, in words: "Takes effect at the next whole hour, 2026-11-29 18:00 (site time)." */
    public ReadOnlyStringProperty effectiveFromNoteProperty() {
        return effectiveFromNote;
    }

    public StringProperty energyPerKwhProperty() {
        return energyPerKwh;
    }

    public StringProperty sessionFeeProperty() {
        return sessionFee;
    }

    public StringProperty perMinuteProperty() {
        return perMinute;
    }

    public StringProperty minuteBasisProperty() {
        return minuteBasis;
    }

    public StringProperty idlePerMinuteProperty() {
        return idlePerMinute;
    }

    public StringProperty idleGraceMinProperty() {
        return idleGraceMin;
    }

    public StringProperty minPriceProperty() {
        return minPrice;
    }

    public StringProperty maxPriceProperty() {
        return maxPrice;
    }

    public StringProperty vatPercentProperty() {
        return vatPercent;
    }

    /** "2026-11-25 14:00" in the site's zone. */
    public String local(Instant t) {
        return LOCAL.format(t.atZone(zone));
    }
}
