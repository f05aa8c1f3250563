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
import io.chargedesk.text.Messages;
import io.chargedesk.text.PrintCheck;
import io.chargedesk.text.Reason;
import io.chargedesk.ui.paperwork.WhatIfRun;
import io.chargedesk.usecase.WhatIfPricing;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** What the past would have cost under a draft that is not stored: the what-if of the paperwork screen. */
    @FunctionalInterface
    public interface DraftPricing {
        WhatIfPricing.Result price(Tariff draft, Instant from, Instant to) throws Exception;
    }

    public static final List<String> BASES = Arrays.stream(MinuteBasis.values())
            .map(b -> b.name().toLowerCase(Locale.ROOT)).toList();
    /** The bundle keys of the form's fields, as problems name them. */
    private static final Map<Field, String> LABELS = new EnumMap<>(Map.ofEntries(Map.entry(Field.ID, "id"),
            Map.entry(Field.NAME, "name"), Map.entry(Field.EFFECTIVE_FROM, "effectiveFrom"),
            Map.entry(Field.ENERGY_PER_KWH, "energyPerKwh"), Map.entry(Field.SESSION_FEE, "sessionFee"),
            Map.entry(Field.PER_MINUTE, "perMinute"), Map.entry(Field.PER_MINUTE_BASIS, "minuteBasis"),
            Map.entry(Field.IDLE_PER_MINUTE, "idlePerMinute"), Map.entry(Field.IDLE_GRACE_MIN, "idleGraceMin"),
            Map.entry(Field.MIN_PRICE, "minPrice"), Map.entry(Field.MAX_PRICE, "maxPrice"),
            Map.entry(Field.VAT_PERCENT, "vatPercent")));

    private final TariffStore store;
    private final DraftPricing draftPricing;
    private final WhatIfRun whatIf;
    private final Currency currency;
    private final ZoneId zone;
    private final Clock clock;
    private final PrintCheck unprintable;
    private final Executor background;
    private final Executor ui;
    private final Locale locale;
    private final Messages texts;
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
     * @param draftPricing prices a past period under the draft, without storing it
     * @param background where the store is read and written
     * @param ui where what the screen shows is set (the FX thread in the app)
     */
    public TariffsViewModel(TariffStore store, DraftPricing draftPricing, Currency currency, ZoneId zone, Clock clock,
                            PrintCheck unprintable, Executor background, Executor ui,
                            Locale locale) {
        this.store = store;
        this.draftPricing = draftPricing;
        this.whatIf = new WhatIfRun(zone, LocalDate.ofInstant(clock.instant(), zone), background, ui, locale,
                message::set);
        this.locale = locale;
        this.texts = Messages.of(locale);
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
        return Formats.dateTime(locale).format(NewVersionRules.nextWholeHour(clock.instant(), zone));
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
                ui.execute(() -> message.set(texts.get("tariffs.readFailed", e.getMessage())));
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
                .map(t -> new VersionItem(t, local(t.effectiveFrom()), energyText(t),
                        t.effectiveFrom().isAfter(now) ? VersionItem.FUTURE
                                : book.inForce(t.id(), now).filter(t::equals).isPresent() ? VersionItem.IN_FORCE
                                : VersionItem.SUPERSEDED))
                .toList());
        check();
    }

    private String energyText(Tariff t) {
        return t.timeOfUse().map(tou -> tou.windows().stream().map(w -> w.name() + " " + number(w.perKwh()
                .amount())).distinct().collect(Collectors.joining(", ")))
                .orElse(number(t.energyPerKwh().amount()));
    }

    /** A price as the user types it: "0,49" in German. */
    private String number(BigDecimal amount) {
        return Decimals.format(amount, locale);
    }

    /** Fills the draft from {@code version}, to take effect at the next whole hour. */
    public void startFrom(Tariff version) {
        id.set(version.id());
        name.set(version.name());
        effectiveFrom.set(nextWholeHour());
        energyPerKwh.set(version.timeOfUse().isPresent() ? "" : number(version.energyPerKwh().amount()));
        sessionFee.set(number(version.sessionFee().amount()));
        perMinute.set(number(version.perMinute().amount()));
        minuteBasis.set(version.minuteBasis().name().toLowerCase(Locale.ROOT));
        idlePerMinute.set(number(version.idlePerMinute().amount()));
        idleGraceMin.set(String.valueOf(version.idleGrace().toMinutes()));
        minPrice.set(version.minimum().map(m -> number(m.amount())).orElse(""));
        maxPrice.set(version.maximum().map(m -> number(m.amount())).orElse(""));
        vatPercent.set(number(version.vatPercent()));
        windows.setAll(version.timeOfUse().map(tou -> tou.windows().stream().map(w -> WindowRow.of(w, locale)).toList())
                .orElse(List.of()));
        message.set("");
    }

    public void addWindow() {
        WindowRow r = new WindowRow();
        r.name.set(texts.get("tariffs.window.newName", windows.size() + 1));
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
                    found.add(texts.get("tariffs.receiptsFailed", failure)));
            last.filter(k -> k.failure().isEmpty()).ifPresent(k -> NewVersionRules.problems(draft.get(), stored,
                    currency, zone, k.lastIssued(), NewVersionRules.Start.inFuture(
                            texts.get("tariffs.field.effectiveFrom"), clock.instant()))
                    .forEach(r -> found.add(texts.reason(r, zone))));
        }
        effectiveFromNote.set(noteOnStart());
        problems.setAll(found);
        valid.set(found.isEmpty() && !reading);
        return valid.get() ? draft : Optional.empty();
    }

    /** The effective-from as the form takes it: site time, proposing the next whole hour. */
    private TariffDraft.StartFormat startFormat() {
        return new TariffDraft.StartFormat(text -> Formats.readDateTime(text, locale)
                .map(t -> t.atZone(zone).toOffsetDateTime()), new Reason("tariffs.startExpected", List.of(nextWholeHour())));
    }

    /**
     * What the effective-from field means: when the version takes effect, in words; empty while it is not a time in
     * the future (the problems say why).
     */
    private String noteOnStart() {
        String proposed = nextWholeHour();
        if (effectiveFrom.get().strip().equals(proposed)) {
            return texts.get("tariffs.takesEffectNextHour", proposed);
        }
        return startFormat().parse(effectiveFrom.get()).filter(t -> t.isAfter(clock.instant()))
                .map(t -> texts.get("tariffs.takesEffect", local(t), proposed)).orElse("");
    }

    /** The version the form gives, read as a site file's tariff is; its problems, as the form words them, go to found. */
    private Optional<Tariff> draft(List<String> found) {
        TariffDraft.Result read = typed().read(currency, startFormat(), unprintable, locale);
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
            field = texts.get("tariffs.window.problem", i + 1, Excerpt.of(windows.get(i).name.get()))
                    + p.windowField().map(f -> " " + texts.get("tariffs.window.field." + f.name().toLowerCase(Locale.ROOT)))
                    .orElse("");
        } else if (p.field().isPresent() && p.field().get() != Field.TIME_OF_USE) {
            field = texts.get("tariffs.field." + LABELS.get(p.field().get()));
        }
        String what = texts.reason(p.message(), zone);
        return field.isEmpty() ? what : field + ": " + what;
    }

    /** Stores the draft as a new version, if it passes every check. */
    public void add() {
        Optional<Tariff> version = check();
        if (version.isEmpty()) {
            message.set(texts.get(problems.isEmpty() ? "tariffs.notAddedYet" : "tariffs.notAdded"));
            return;
        }
        change(() -> store.add(version.get()), "tariffs.addFailed",
                texts.get("tariffs.added", version.get().id(), effectiveFrom.get()));
    }

    /**
     * Prices the what-if's period under the draft as typed, stored nowhere, beside what the sessions cost: the draft
     * need only read (the rules for a new version's start are for saving it).
     */
    public void whatIfDraft() {
        Optional<Tariff> draft = draft(new ArrayList<>());
        if (draft.isEmpty()) {
            message.set(texts.get("tariffs.whatIf.fixFirst"));
            return;
        }
        if (!whatIf.hasPeriod()) {
            message.set(texts.get("tariffs.whatIf.choose"));
            return;
        }
        whatIf.run((from, to) -> draftPricing.price(draft.get(), from, to), "tariffs.whatIf.done");
    }

    /** The draft's what-if: its period and result. */
    public WhatIfRun whatIf() {
        return whatIf;
    }

    /** Withdraws a version that is not yet in force. */
    public void withdraw(VersionItem item) {
        if (!item.state().equals(VersionItem.FUTURE)) {
            message.set(texts.get("tariffs.onlyFutureWithdrawn"));
            return;
        }
        change(() -> store.withdraw(item.tariff()), "tariffs.withdrawFailed",
                texts.get("tariffs.withdrawn", item.tariff().id(), item.effectiveFrom()));
    }

    private interface StoreChange {
        void run() throws Exception;
    }

    /**
     * Makes a change in the store on the background executor, then shows the versions and the draft's problems as
     * they are now.
     */
    /** @param failed the bundle key of what is said, with the store's reason, when the change fails */
    private void change(StoreChange change, String failed, String done) {
        background.execute(() -> {
            try {
                change.run();
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get(failed, e.getMessage())));
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

    /** "2026-11-25 14:00" (English) or "25.11.2026 14:00" (German) in the site's zone. */
    public String local(Instant t) {
        return Formats.dateTime(t, zone, locale);
    }
}
