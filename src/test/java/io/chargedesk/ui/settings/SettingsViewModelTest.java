package io.chargedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings form's logic, without a window. */
class SettingsViewModelTest {

    private final SiteFile parser = SiteSource.parser();
    private final List<String> savedYaml = new ArrayList<>();
    private final SettingsViewModel model;

    SettingsViewModelTest() throws Exception {
        model = new SettingsViewModel(SiteSource.demo().config(), parser, () -> List.of("/dev/ttyUSB0", "/dev/ttyUSB1"),
                SiteSource.meterModels().names(), (yaml, source) -> savedYaml.add(yaml));
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
        model.demoProperty().set(false);
        BusRow bus = model.addBus();
        assertThat(bus.portProperty().get()).isEqualTo("/dev/ttyUSB0");
        model.bays().clear();
        BayRow first = model.addBay();
        BayRow second = model.addBay();
        assertThat(second.addressProperty().get()).as("next free slave id").isEqualTo("2");
        second.addressProperty().set("248");
        first.meterProperty().set("sdm120");
        model.save();
        assertThat(savedYaml).isEmpty();
        assertThat(model.problems()).containsExactly("bays[1].address: 248 is not a Modbus slave id (1–247)");

        second.addressProperty().set("2");
        model.save();
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
        model.operatorNameProperty().set("山田太郎");
        model.nameProperty().set("Ελένη's car park 🚗");
        model.bays().get(0).nameProperty().set("Стоянка Дмитрия");
        model.save();
        assertThat(savedYaml).isEmpty();
        assertThat(model.problems()).containsExactly(
                "site.name: 🚗 (U+1F697) cannot be printed on a receipt; leave it out");

        model.nameProperty().set("Ελένη's car park");
        model.save();
        assertThat(model.problems()).isEmpty();
        assertThat(savedYaml).singleElement().asString().contains("山田太郎", "Стоянка Дмитрия");
    }

    @Test
    void exportsAndImportsTheSiteFile(@TempDir Path dir) throws Exception {
        model.nameProperty().set("Depot North");
        Path file = dir.resolve("site.yaml");
        model.exportTo(file);
        assertThat(parser.load(file).site().name()).isEqualTo("Depot North");

        model.nameProperty().set("changed");
        model.importFrom(file);
        assertThat(model.nameProperty().get()).isEqualTo("Depot North");

        Files.writeString(file, "site: {name: x}\n");
        model.importFrom(file);
        assertThat(model.problems()).anyMatch(p -> p.contains("site.timezone: is missing"));
        assertThat(model.nameProperty().get()).as("a broken file changes nothing").isEqualTo("Depot North");
    }
}
