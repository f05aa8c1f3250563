package io.chargedesk.ui.tariffs;

import io.chargedesk.tariff.MinuteBasis;
import io.chargedesk.tariff.NewVersionRules;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.tariff.TariffDraft;
import io.chargedesk.tariff.TariffDraft.Field;
import io.chargedesk.tariff.TariffDraft.WindowField;
import io.chargedesk.text.Decimals;
import io.chargedesk.text.Excerpt;
import io.chargedesk.text.Formats;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    public static final List<String> BASES = Arrays.stream(MinuteBasis.values())
            .map(b -> b.name().toLowerCase(Locale.ROOT)).toList();
    static final String EFFECTIVE_FROM = "Effective from";
    /** How the form names each field in a problem. */
    private static final Map<Field, String> LABELS = new EnumMap<>(Map.ofEntries(Map.entry(Field.ID, "Tariff id"),
            Map.entry(Field.NAME, "Name"), Map.entry(Field.EFFECTIVE_FROM, EFFECTIVE_FROM),
            Map.entry(Field.ENERGY_PER_KWH, "Energy per kWh"), Map.entry(Field.SESSION_FEE, "Session fee"),
            Map.entry(Field.PER_MINUTE, "Per minute"), Map.entry(Field.PER_MINUTE_BASIS, "Per-minute basis"),
            Map.entry(Field.IDLE_PER_MINUTE, "Idle fee per minute"), Map.entry(Field.IDLE_GRACE_MIN,
                    "Idle grace (min)"), Map.entry(Field.MIN_PRICE, "Minimum price"),
            Map.entry(Field.MAX_PRICE, "Maximum price"), Map.entry(Field.VAT_PERCENT, "VAT %")));
    private static final Map<WindowField, String> WINDOW_LABELS = new EnumMap<>(Map.of(WindowField.NAME, "name",
            WindowField.DAYS, "days", WindowField.FROM, "from", WindowField.TO, "to", WindowField.PER_KWH,
            "price per kWh"));

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
        return Formats.DATE_TIME.format(NewVersionRules.nextWholeHour(clock.instant(), zone));
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
                .map(t -> new VersionItem(t, Formats.dateTime(t.effectiveFrom(), zone), energyText(t),
                        t.effectiveFrom().isAfter(now) ? VersionItem.FUTURE
                                : book.inForce(t.id(), now).filter(t::equals).isPresent() ? VersionItem.IN_FORCE
                                : VersionItem.SUPERSEDED))
                .toList());
        check();
    }

    private static String energyText(Tariff t) {
        return t.timeOfUse().map(tou -> tou.windows().stream().map(w -> w.name() + " " + Decimals.text(w.perKwh()
                .amount())).distinct().collect(Collectors.joining(", ")))
                .orElse(Decimals.text(t.energyPerKwh().amount()));
    }

    /** Fills the draft from {@code version}, to take effect at the next whole hour. */
    public void startFrom(Tariff version) {
        id.set(version.id());
        name.set(version.name());
        effectiveFrom.set(nextWholeHour());
        energyPerKwh.set(version.timeOfUse().isPresent() ? "" : Decimals.text(version.energyPerKwh().amount()));
        sessionFee.set(Decimals.text(version.sessionFee().amount()));
        perMinute.set(Decimals.text(version.perMinute().amount()));
        minuteBasis.set(version.minuteBasis().name().toLowerCase(Locale.ROOT));
        idlePerMinute.set(Decimals.text(version.idlePerMinute().amount()));
        idleGraceMin.set(String.valueOf(version.idleGrace().toMinutes()));
        minPrice.set(version.minimum().map(m -> Decimals.text(m.amount())).orElse(""));
        maxPrice.set(version.maximum().map(m -> Decimals.text(m.amount())).orElse(""));
        vatPercent.set(Decimals.text(version.vatPercent()));
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

    /** The effective-from as the form takes it: site time, proposing the next whole hour. */
    private TariffDraft.StartFormat startFormat() {
        return TariffDraft.StartFormat.local(zone, Formats.DATE_TIME,
                NewVersionRules.nextWholeHour(clock.instant(), zone).toInstant());
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
        return startFormat().parse(effectiveFrom.get()).filter(t -> t.isAfter(clock.instant()))
                .map(t -> "Takes effect at " + Formats.dateTime(t, zone) + " (site time); the next whole hour is "
                        + proposed + ".").orElse("");
    }

    /** The version the form gives, read as a site file's tariff is; its problems, as the form words them, go to found. */
    private Optional<Tariff> draft(List<String> found) {
        TariffDraft.Result read = typed().read(currency, startFormat(), unprintable);
        read.problems().stream().map(this::problemText).forEach(found::add);
        return read.tariff();
    }

    /**
     * The form as a draft of a version: a blank minimum or maximum price is none, and a blank energy price beside
     * time-of-use windows is left out, as a site file leaves it out; every other field is as typed.
     */
    private TariffDraft typed() {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.ID, id.get());
        fields.put(Field.NAME, name.get());
        fields.put(Field.EFFECTIVE_FROM, effectiveFrom.get());
        if (!(energyPerKwh.get().isBlank() && !windows.isEmpty())) {
            fields.put(Field.ENERGY_PER_KWH, energyPerKwh.get());
        }
        fields.put(Field.SESSION_FEE, sessionFee.get());
        fields.put(Field.PER_MINUTE, perMinute.get());
        fields.put(Field.PER_MINUTE_BASIS, minuteBasis.get());
        fields.put(Field.IDLE_PER_MINUTE, idlePerMinute.get());
        fields.put(Field.IDLE_GRACE_MIN, idleGraceMin.get());
        if (!minPrice.get().isBlank()) {
            fields.put(Field.MIN_PRICE, minPrice.get());
        }
        if (!maxPrice.get().isBlank()) {
            fields.put(Field.MAX_PRICE, maxPrice.get());
        }
        fields.put(Field.VAT_PERCENT, vatPercent.get());
        return new TariffDraft(fields, windows.isEmpty() ? Optional.empty()
                : Optional.of(windows.stream().map(WindowRow::draft).toList()));
    }

    /**
     * A problem named as the form names its field ("Window 2 (off-peak) price per kWh: …"); one of the week or of the
     * version as a whole is named by itself.
     */
    private String problemText(TariffDraft.Problem p) {
        String field = "";
        if (p.window().isPresent()) {
            int i = p.window().getAsInt();
            field = "Window " + (i + 1) + " (" + Excerpt.of(windows.get(i).name.get()) + ")"
                    + p.windowField().map(f -> " " + WINDOW_LABELS.get(f)).orElse("");
        } else if (p.field().isPresent() && p.field().get() != Field.TIME_OF_USE) {
            field = LABELS.get(p.field().get());
        }
        return field.isEmpty() ? p.message() : field + ": " + p.message();
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
        return Formats.dateTime(t, zone);
    }
}
