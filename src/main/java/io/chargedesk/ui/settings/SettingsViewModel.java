package io.chargedesk.ui.settings;

import io.chargedesk.site.BusConfig;
import io.chargedesk.site.Parity;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteDraft;
import io.chargedesk.site.SiteFile;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.site.SiteFileWriter;
import io.chargedesk.text.CodeNames;
import io.chargedesk.text.Decimals;
import io.chargedesk.text.Excerpt;
import io.chargedesk.text.Language;
import io.chargedesk.text.Messages;
import io.chargedesk.yaml.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The site's settings as a form: site, buses and bays, with the serial ports the machine has. Validation is
 * the site file's own, so the form and the file can never accept different things; what the form does not show
 * (tariffs, session rules, storage, a bus's data bits and retries, a bay's own rules and tariff) is carried over
 * unchanged, and the site file is written by the site's own writer. Saved settings apply after a restart of the
 * collector. The database, site files and serial ports are reached on the background executor; what the screen
 * shows is set on the UI executor.
 */
public final class SettingsViewModel {

    /** Saves validated settings (the database in the app). */
    @FunctionalInterface
    public interface SettingsStore {
        void save(String yaml, String source) throws Exception;
    }

    /** Where this PC keeps the language its user chose (the user's preferences in the app). */
    public interface LanguageStore {
        Language saved();

        void save(Language language);
    }

    public static final List<String> BAUD_RATES = BusConfig.BAUD_RATES.stream().map(String::valueOf).toList();
    public static final List<String> PARITIES = Arrays.stream(Parity.values())
            .map(p -> p.name().toLowerCase(Locale.ROOT)).toList();

    /** The settings the form was filled from: what it does not show is kept from them. */
    private SiteConfig base;
    private final SiteFile parser;
    private final Supplier<List<String>> portLister;
    private final SettingsStore store;
    private final Executor background;
    private final Executor ui;
    private final Locale locale;
    private final Messages texts;
    private final CodeNames names;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.SYSTEM);
    /** Numbers the form could not read in the user's locale, by the path of their field, with what is wrong. */
    private final Map<String, String> unreadable = new LinkedHashMap<>();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty timezone = new SimpleStringProperty(this, "timezone", "");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "");
    private final StringProperty gridLimitKw = new SimpleStringProperty(this, "gridLimitKw", "");
    private final StringProperty operatorName = new SimpleStringProperty(this, "operatorName", "");
    private final StringProperty operatorAddress = new SimpleStringProperty(this, "operatorAddress", "");
    private final StringProperty operatorVatId = new SimpleStringProperty(this, "operatorVatId", "");
    private final BooleanProperty demo = new SimpleBooleanProperty(this, "demo", false);
    private final ObservableList<BusRow> buses = FXCollections.observableArrayList();
    private final ObservableList<BayRow> bays = FXCollections.observableArrayList();
    private final ObservableList<String> ports = FXCollections.observableArrayList();
    private final ObservableList<String> meterModels = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty saved = new SimpleBooleanProperty(this, "saved", false);

    /**
     * @param background where settings are saved, site files read and written, and serial ports listed
     * @param ui where what the screen shows is set (the FX thread in the app)
     */
    public SettingsViewModel(SiteConfig current, SiteFile parser, Supplier<List<String>> portLister,
                             List<String> meterModels, SettingsStore store, LanguageStore languages, Locale locale,
                             Executor background, Executor ui) {
        this.base = current;
        this.locale = locale;
        this.texts = Messages.of(locale);
        this.names = CodeNames.of(locale);
        this.parser = parser;
        this.portLister = portLister;
        this.store = store;
        this.background = background;
        this.ui = ui;
        this.meterModels.setAll(meterModels);
        show(current);
        refreshPorts();
        language.set(languages.saved());
        // Every view is built in the chosen language at start; switching them all live is not worth its risk.
        language.addListener((o, was, now) -> {
            languages.save(now);
            message.set(texts.get("settings.language.restart"));
        });
    }

    private void show(SiteConfig c) {
        name.set(c.site().name());
        timezone.set(c.site().zone().getId());
        currency.set(c.site().currency().getCurrencyCode());
        gridLimitKw.set(Decimals.format(c.site().gridLimit().kilowatts(), locale));
        operatorName.set(c.site().operator().name());
        operatorAddress.set(c.site().operator().address());
        operatorVatId.set(c.site().operator().vatId());
        demo.set(c.demo());
        buses.setAll(c.buses().stream().map(BusRow::of).toList());
        bays.setAll(c.bays().stream().map(b -> BayRow.of(b, locale)).toList());
    }

    /** The language of the console on this PC; a change applies at the next start. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty timezoneProperty() {
        return timezone;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty gridLimitKwProperty() {
        return gridLimitKw;
    }

    public StringProperty operatorNameProperty() {
        return operatorName;
    }

    public StringProperty operatorAddressProperty() {
        return operatorAddress;
    }

    public StringProperty operatorVatIdProperty() {
        return operatorVatId;
    }

    /** Run the simulated demo meters instead of the buses. */
    public BooleanProperty demoProperty() {
        return demo;
    }

    public ObservableList<BusRow> buses() {
        return buses;
    }

    public ObservableList<BayRow> bays() {
        return bays;
    }

    /** The serial ports this machine has now, for the port picker. */
    public ObservableList<String> ports() {
        return ports;
    }

    public ObservableList<String> meterModels() {
        return meterModels;
    }

    /** What is wrong with the settings as they stand, each naming its field. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Settings were saved in this session and wait for a restart to apply. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved;
    }

    public void refreshPorts() {
        background.execute(() -> {
            List<String> found = portLister.get();
            ui.execute(() -> ports.setAll(found));
        });
    }

    public BusRow addBus() {
        BusRow row = BusRow.of(BusConfig.withDefaults(nextId("bus", buses.stream().map(b -> b.id.get()).toList()),
                ports.isEmpty() ? "" : ports.get(0)));
        buses.add(row);
        return row;
    }

    public BayRow addBay() {
        BayRow row = new BayRow(locale);
        row.id.set(nextId("B", bays.stream().map(b -> b.id.get()).toList()));
        row.name.set(texts.get("settings.bay.newName", row.id.get()));
        if (!buses.isEmpty()) {
            row.bus.set(buses.get(0).id.get());
            row.address.set(String.valueOf(bays.stream().filter(b -> b.bus.get().equals(row.bus.get()))
                    .mapToInt(b -> parseOr(b.address.get(), 0)).max().orElse(0) + 1));
        }
        bays.add(row);
        return row;
    }

    private static String nextId(String prefix, List<String> taken) {
        int n = 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private static int parseOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The form as typed, over the settings it was filled from: what it does not show stays as it was. */
    private SiteDraft draft() {
        unreadable.clear();
        List<SiteDraft.Bay> bayDrafts = new ArrayList<>();
        for (int i = 0; i < bays.size(); i++) {
            BayRow b = bays.get(i);
            bayDrafts.add(b.draft(typedNumber("bays[" + i + "].max_kw", b.maxKw.get())));
        }
        return new SiteDraft(base, name.get(), timezone.get(), currency.get(),
                typedNumber("site.grid_limit_kw", gridLimitKw.get()), operatorName.get(), operatorAddress.get(),
                operatorVatId.get(), demo.get(), buses.stream().map(BusRow::draft).toList(), bayDrafts);
    }

    /**
     * A decimal as the site file writes it, read as the user's locale types it ("0,49" in German); one it cannot
     * read is noted for {@code path} and passed on as typed.
     */
    private String typedNumber(String path, String text) {
        if (text.isBlank()) {
            return text;
        }
        Optional<BigDecimal> read = Decimals.read(text, locale);
        if (read.isEmpty()) {
            unreadable.put(path, names.field(path) + ": " + texts.get("input.number.notNumber",
                    Excerpt.of(text.strip()), Decimals.example(locale)));
            return text;
        }
        return Decimals.text(read.get());
    }

    /** The form's problems: numbers it could not read first, then the site file's, each with its field's name. */
    private List<String> problemsWith(List<Problem> fromTheSiteFile) {
        List<String> all = new ArrayList<>(unreadable.values());
        fromTheSiteFile.stream().filter(p -> !unreadable.containsKey(p.path())).map(this::named).forEach(all::add);
        return all;
    }

    private String named(Problem p) {
        return names.problem(p.where(), p.path(), p.what());
    }

    /** Checks the form as the site file would be checked; lists every problem. */
    public Optional<SiteConfig> validate() {
        SiteDraft draft = draft();
        List<String> found;
        Optional<SiteConfig> config;
        try {
            config = Optional.of(parser.check(draft));
            found = problemsWith(List.of());
        } catch (SiteFileException e) {
            config = Optional.empty();
            found = problemsWith(e.found());
        }
        problems.setAll(found);
        if (!found.isEmpty()) {
            message.set(texts.get("settings.problems", found.size()));
            return Optional.empty();
        }
        message.set(texts.get("settings.valid"));
        return config;
    }

    /** Validates and saves; the new settings apply when the collector restarts. */
    public void save() {
        Optional<SiteConfig> valid = validate();
        if (valid.isEmpty()) {
            return;
        }
        String yaml = SiteFileWriter.write(valid.get());
        background.execute(() -> {
            try {
                store.save(yaml, "console");
                ui.execute(() -> {
                    saved.set(true);
                    message.set(texts.get("settings.saved"));
                });
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("settings.saveFailed", e.getMessage())));
            }
        });
    }

    /** Loads a site file into the form (not saved until Save); its problems are listed. */
    public void importFrom(Path file) {
        background.execute(() -> {
            try {
                SiteConfig imported = parser.load(file);
                ui.execute(() -> {
                    base = imported;
                    show(imported);
                    problems.clear();
                    message.set(texts.get("settings.imported", file.getFileName().toString()));
                });
            } catch (SiteFileException e) {
                ui.execute(() -> {
                    problems.setAll(e.found().stream().map(this::named).toList());
                    message.set(texts.get("settings.notImported"));
                });
            }
        });
    }

    /** Writes the form, once valid, as a site file. */
    public void exportTo(Path file) {
        Optional<SiteConfig> valid = validate();
        if (valid.isEmpty()) {
            return;
        }
        String yaml = SiteFileWriter.write(valid.get());
        background.execute(() -> {
            try {
                Files.writeString(file, yaml, StandardCharsets.UTF_8);
                ui.execute(() -> message.set(texts.get("settings.exported", file.toString())));
            } catch (IOException e) {
                ui.execute(() -> message.set(texts.get("settings.exportFailed", file.toString(), e.getMessage())));
            }
        });
    }
}
