package io.chargedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFile;
import io.chargedesk.testing.TestThreads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                threads.background(), threads.ui()));
    }

    @Test
    void showsTheCurrentSiteAndTheMachinesPorts() {
        assertThat(model.nameProperty().get()).isEqualTo("Harbour Car Park (demo)");
        assertThat(model.bays()).hasSize(6);
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
        assertThat(model.problems()).containsExactly("bays[1].address: 248 is not a Modbus slave id (1–247)");

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

    @Test
    void namesThatReceiptsCannotPrintAreListedAndNotSaved() {
        threads.onUi(() -> model.operatorNameProperty().set("山田太郎"));
        threads.onUi(() -> model.nameProperty().set("Ελένη's car park 🚗"));
        threads.onUi(() -> model.bays().get(0).nameProperty().set("Стоянка Дмитрия"));
        threads.onUi(() -> model.save());
        assertThat(savedYaml).isEmpty();
        assertThat(model.problems()).containsExactly(
                "site.name: 🚗 (U+1F697) cannot be printed on a receipt; leave it out");

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
        assertThat(model.problems()).anyMatch(p -> p.contains("site.timezone: is missing"));
        assertThat(model.nameProperty().get()).as("a broken file changes nothing").isEqualTo("Depot North");
    }
}
