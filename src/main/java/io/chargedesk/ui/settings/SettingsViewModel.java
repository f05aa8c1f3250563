package io.chargedesk.ui.settings;

import io.chargedesk.site.BusConfig;
import io.chargedesk.site.Parity;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteDraft;
import io.chargedesk.site.SiteFile;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.site.SiteFileWriter;
import io.chargedesk.text.Decimals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
                             List<String> meterModels, SettingsStore store, Executor background, Executor ui) {
        this.base = current;
        this.parser = parser;
        this.portLister = portLister;
        this.store = store;
        this.background = background;
        this.ui = ui;
        this.meterModels.setAll(meterModels);
        show(current);
        refreshPorts();
    }

    private void show(SiteConfig c) {
        name.set(c.site().name());
        timezone.set(c.site().zone().getId());
        currency.set(c.site().currency().getCurrencyCode());
        gridLimitKw.set(Decimals.text(c.site().gridLimit().kilowatts()));
        operatorName.set(c.site().operator().name());
        operatorAddress.set(c.site().operator().address());
        operatorVatId.set(c.site().operator().vatId());
        demo.set(c.demo());
        buses.setAll(c.buses().stream().map(BusRow::of).toList());
        bays.setAll(c.bays().stream().map(BayRow::of).toList());
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
        BayRow row = new BayRow();
        row.id.set(nextId("B", bays.stream().map(b -> b.id.get()).toList()));
        row.name.set("Bay " + row.id.get());
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
        return new SiteDraft(base, name.get(), timezone.get(), currency.get(), gridLimitKw.get(), operatorName.get(),
                operatorAddress.get(), operatorVatId.get(), demo.get(), buses.stream().map(BusRow::draft).toList(),
                bays.stream().map(BayRow::draft).toList());
    }

    /** Checks the form as the site file would be checked; lists every problem. */
    public Optional<SiteConfig> validate() {
        try {
            SiteConfig config = parser.check(draft());
            problems.clear();
            message.set("The settings are valid.");
            return Optional.of(config);
        } catch (SiteFileException e) {
            problems.setAll(e.problems());
            message.set(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " to fix before saving.");
            return Optional.empty();
        }
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
                    message.set("Saved. The new settings apply when ChargeDesk restarts.");
                });
            } catch (Exception e) {
                ui.execute(() -> message.set("Could not save the settings: " + e.getMessage()));
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
                    message.set("Imported " + file.getFileName() + ". Check the settings, then save.");
                });
            } catch (SiteFileException e) {
                ui.execute(() -> {
                    problems.setAll(e.problems());
                    message.set("The file was not imported: fix the problems listed and import it again.");
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
                ui.execute(() -> message.set("Exported to " + file));
            } catch (IOException e) {
                ui.execute(() -> message.set("Could not write " + file + ": " + e.getMessage()));
            }
        });
    }
}
