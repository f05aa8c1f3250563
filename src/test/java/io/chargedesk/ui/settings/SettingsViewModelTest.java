package io.chargedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFile;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings form's logic, without a window, on a ui thread and a background thread as in the console: the serial
 * ports and the store refuse a call on the ui thread.
 */
class SettingsViewModelTest {

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private final SiteFile parser = SiteSource.parser();
    private final List<String> savedYaml = new ArrayList<>();
    private final SettingsViewModel model;

    @SuppressWarnings("unchecked")
    SettingsViewModelTest() throws Exception {
        SiteConfig demo = SiteSource.demo().config();
        Supplier<List<String>> ports = threads.offUi(Supplier.class, () -> List.of("/dev/ttyUSB0", "/dev/ttyUSB1"));
        SettingsViewModel.SettingsStore store = threads.offUi(SettingsViewModel.SettingsStore.class,
                (yaml, source) -> savedYaml.add(yaml));
        model = threads.build(() -> new SettingsViewModel(demo, parser, ports, SiteSource.meterModels().names(), store,
                new Languages(), Locale.ENGLISH, threads.background(), threads.ui()));
    }

    @Test
    void showsTheCurrentSiteAndTheMachinesPorts() {
        assertThat(model.nameProperty().get()).isEqualTo("Harbour Car Park (demo)");
        assertThat(model.bays()).hasSize(12);
        assertThat(model.ports()).containsExactly("/dev/ttyUSB0", "/dev/ttyUSB1");
        assertThat(model.demoProperty().get()).isTrue();
    }

    @Test
    void turnsTheDemoIntoARealSiteAndSavesWhatTheSiteFileAccepts() throws Exception {
        threads.onUi(() -> model.demoProperty().set(false));
        BusRow bus = threads.onUi(model::addBus);
        assertThat(bus.portProperty().get()).isEqualTo("/dev/ttyUSB0");
        threads.onUi(() -> model.bays().clear());
        BayRow first = threads.onUi(model::addBay);
        BayRow second = threads.onUi(model::addBay);
        assertThat(second.addressProperty().get()).as("next free slave id").isEqualTo("2");
        threads.onUi(() -> second.addressProperty().set("248"));
        threads.onUi(() -> first.meterProperty().set("sdm120"));
        threads.onUi(() -> model.save());
        assertThat(savedYaml).isEmpty();
        assertThat(model.problems()).containsExactly("Bay 2: Modbus address: 248 is not a Modbus slave id (1–247)");

        threads.onUi(() -> second.addressProperty().set("2"));
        threads.onUi(() -> model.save());
        assertThat(model.problems()).isEmpty();
        assertThat(model.savedProperty().get()).isTrue();
        SiteConfig saved = parser.parse(savedYaml.get(0), "saved");
        assertThat(saved.demo()).isFalse();
        assertThat(saved.buses()).singleElement().satisfies(b -> assertThat(b.port()).isEqualTo("/dev/ttyUSB0"));
        assertThat(saved.bays()).extracting(b -> b.address()).containsExactly(1, 2);
        assertThat(saved.bays().get(0).meterModel()).isEqualTo("sdm120");
        assertThat(saved.tariffs()).as("tariffs are carried over").isEqualTo(SiteSource.demo().config().tariffs());
    }

    /** A site with every optional setting the form does not show. */
    private static final String EVERY_SETTING = """
            site: {name: Depot, timezone: Europe/Berlin, currency: EUR, grid_limit_kw: 250.5,
                   operator: {name: Depot GmbH, address: Hafen 2, vat_id: DE9}}
            buses:
              - {id: bus1, port: /dev/ttyUSB0, baud: 19200, parity: even, data_bits: 7, stop_bits: 2, timeout_ms: 250,
                 poll_ms: 500, retries: 3}
            session: {start_w: 150, start_hold_s: 10, end_timeout_s: 900, offline_after_polls: 5}
            bays:
              - {id: A1, name: Bay A1, bus: bus1, address: 1, meter: sdm630, max_kw: 22}
              - {id: A2, name: Bay A2, bus: bus1, address: 2, meter: sdm120, max_kw: 7.4, tariff: night,
                 session: {end_timeout_s: 300, offline_after_polls: 2}}
            storage: {raw_readings_days: 30}
            tariffs:
              - {id: standard, effective_from: 2026-01-01T00:00:00+01:00, energy_per_kwh: 0.49, vat_percent: 19}
              - id: night
                name: Night rate
                effective_from: 2026-01-01T00:00:00+01:00
                per_minute: 0.01
                per_minute_basis: connected
                min_price: 2.50
                max_price: 80
                vat_percent: 7.7
                time_of_use:
                  - {name: day, days: daily, from: "06:00", to: "22:00", per_kwh: 0.45}
                  - {name: night, days: daily, from: "22:00", to: "06:00", per_kwh: 0.29}
            """;

    @Test
    void savingKeepsEverySettingTheFormDoesNotShowEvenUnderANewId() throws Exception {
        SiteConfig site = parser.parse(EVERY_SETTING, "site.yaml");
        SettingsViewModel form = threads.build(() -> new SettingsViewModel(site, parser, List::of,
                SiteSource.meterModels().names(), (yaml, source) -> savedYaml.add(yaml), new Languages(),
                Locale.ENGLISH, threads.background(), threads.ui()));
        threads.onUi(form::save);
        assertThat(form.problems()).isEmpty();
        assertThat(parser.parse(savedYaml.get(0), "saved")).isEqualTo(site);

        threads.onUi(() -> {
            form.buses().get(0).idProperty().set("rs485");
            form.bays().forEach(b -> b.busProperty().set("rs485"));
            form.bays().get(1).idProperty().set("B2");
            form.save();
        });
        SiteConfig renamed = parser.parse(savedYaml.get(1), "saved");
        assertThat(renamed.buses()).singleElement().satisfies(b -> {
            assertThat(b.dataBits()).isEqualTo(7);
            assertThat(b.retries()).isEqualTo(3);
        });
        assertThat(renamed.bay("B2").orElseThrow().tariffId()).contains("night");
        assertThat(renamed.bay("B2").orElseThrow().rules()).isEqualTo(site.bay("A2").orElseThrow().rules());
    }

    @Test
    void anImportedFileBringsItsTariffsAndOtherSettingsToTheSave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, EVERY_SETTING);
        threads.onUi(() -> model.importFrom(file));
        threads.onUi(model::save);
        assertThat(parser.parse(savedYaml.get(0), "saved")).isEqualTo(parser.parse(EVERY_SETTING, "site.yaml"));
    }

    @Test
    void aControlCharacterTypedIntoTheFormIsNamedNotSavedAsSomethingElse() {
        threads.onUi(() -> model.operatorNameProperty().set("Harbour\u0007GmbH"));
        threads.onUi(model::save);
        assertThat(savedYaml).isEmpty();
        assertThat(model.problems())
                .containsExactly("Operator name: has a control character (U+0007) at character 8; remove it");
    }

    @Test
    void namesThatReceiptsCannotPrintAreListedAndNotSaved() {
        threads.onUi(() -> model.operatorNameProperty().set("山田太郎"));
        threads.onUi(() -> model.nameProperty().set("Ελένη's car park 🚗"));
        threads.onUi(() -> model.bays().get(0).nameProperty().set("Стоянка Дмитрия"));
        threads.onUi(() -> model.save());
        assertThat(savedYaml).isEmpty();
        assertThat(model.problems()).containsExactly(
                "Site name: 🚗 (U+1F697) cannot be printed on a receipt; leave it out");

        threads.onUi(() -> model.nameProperty().set("Ελένη's car park"));
        threads.onUi(() -> model.save());
        assertThat(model.problems()).isEmpty();
        assertThat(savedYaml).singleElement().asString().contains("山田太郎", "Стоянка Дмитрия");
    }

    @Test
    void exportsAndImportsTheSiteFile(@TempDir Path dir) throws Exception {
        threads.onUi(() -> model.nameProperty().set("Depot North"));
        Path file = dir.resolve("site.yaml");
        threads.onUi(() -> model.exportTo(file));
        assertThat(parser.load(file).site().name()).isEqualTo("Depot North");

        threads.onUi(() -> model.nameProperty().set("changed"));
        threads.onUi(() -> model.importFrom(file));
        assertThat(model.nameProperty().get()).isEqualTo("Depot North");

        Files.writeString(file, "site: {name: x}\n");
        threads.onUi(() -> model.importFrom(file));
        assertThat(model.problems()).anyMatch(p -> p.contains("Time zone: is missing"));
        assertThat(model.nameProperty().get()).as("a broken file changes nothing").isEqualTo("Depot North");
    }

    @Test
    void aSiteFileWithProblemsIsExplainedInGermanWithNoEnglishLeft(@TempDir Path dir) throws Exception {
        SettingsViewModel form = german(new Languages());
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, """
                site: {name: x, timezone: Europe/Atlantis, wattage: 3}
                buses: [{id: rs485, port: /dev/ttyUSB0, parity: sometimes}]
                bays:
                  - {id: A1, bus: rs485, address: 300, meter: sdm999}
                  - {id: A1, bus: nowhere}
                """);
        threads.onUi(() -> form.importFrom(file));
        String site = file.toString();
        assertThat(form.problems()).containsExactlyInAnyOrder(
                site + ":1: Zeitzone: „Europe/Atlantis“ ist keine Zeitzone; bitte eine Region wie Europe/Berlin angeben",
                site + ":1: site.wattage: unbekannte Einstellung; bekannt sind hier: name, timezone, currency, "
                        + "grid_limit_kw, operator, language",
                site + ":2: Bus 1: Parität: „sometimes“ ist weder none noch even noch odd",
                site + ":4: Ladepunkt 1: Modbus-Adresse: 300 ist keine Modbus-Adresse (1–247)",
                site + ":4: Ladepunkt 1: Zählermodell: „sdm999“ ist kein bekanntes Zählermodell",
                site + ":5: Ladepunkt 2: Bus: „nowhere“ ist keiner der Busse: [rs485]",
                site + ":5: Ladepunkt 2: Modbus-Adresse: fehlt; bitte die Modbus-Adresse des Zählers angeben (1–247)",
                site + ":5: Ladepunkt 2: Kennung: „A1“ wird doppelt verwendet");
    }

    /** The language this PC keeps, in memory. */
    static final class Languages implements SettingsViewModel.LanguageStore {
        Language saved = Language.SYSTEM;

        @Override
        public Language saved() {
            return saved;
        }

        @Override
        public void save(Language language) {
            saved = language;
        }
    }

    private SettingsViewModel german(Languages languages) throws Exception {
        SiteConfig demo = SiteSource.demo().config();
        return threads.build(() -> new SettingsViewModel(demo, parser, List::of, SiteSource.meterModels().names(),
                (yaml, source) -> savedYaml.add(yaml), languages, Locale.GERMANY, threads.background(),
                threads.ui()));
    }

    @Test
    void aGermanUserTypesDecimalsWithACommaAndReadsProblemsWithTheFieldsNames() throws Exception {
        SettingsViewModel form = german(new Languages());
        assertThat(form.bays().get(0).maxKwProperty().get()).as("shown as typed in German").doesNotContain(".");
        threads.onUi(() -> form.gridLimitKwProperty().set("0,49"));
        threads.onUi(() -> form.bays().get(0).maxKwProperty().set("1.234,5"));
        threads.onUi(form::save);
        assertThat(form.problems()).isEmpty();
        SiteConfig saved = parser.parse(savedYaml.get(0), "saved");
        assertThat(saved.site().gridLimit().kilowatts()).isEqualByComparingTo("0.49");
        assertThat(saved.bays().get(0).maxPower().kilowatts()).isEqualByComparingTo("1234.5");

        threads.onUi(() -> form.gridLimitKwProperty().set("1,2,3"));
        threads.onUi(() -> form.bays().get(1).maxKwProperty().set("99999"));
        threads.onUi(form::validate);
        assertThat(form.problems()).containsExactly(
                "Netzanschlussgrenze (kW): „1,2,3“ ist keine Zahl (so schreiben: 0,49)",
                "Ladepunkt 2: maximale Leistung (kW): 99999 liegt außerhalb des erlaubten Bereichs (0–4000)");
    }

    @Test
    void theLanguageChoiceIsKeptForTheNextStart() throws Exception {
        Languages languages = new Languages();
        SettingsViewModel form = german(languages);
        assertThat(form.languageProperty().get()).isEqualTo(Language.SYSTEM);
        threads.onUi(() -> form.languageProperty().set(Language.GERMAN));
        assertThat(languages.saved).isEqualTo(Language.GERMAN);
        assertThat(form.messageProperty().get()).isEqualTo("Die Sprache wechselt beim nächsten Start von ChargeDesk.");
    }
}
