package io.chargedesk.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterMapTest {

    private final MeterModels models = MeterModels.builtIn();

    @Test
    void everyBuiltInModelLoadsAndMapsImportEnergy() {
        assertThat(models.names()).containsExactly("sdm630", "sdm72", "sdm120", "abb_b23", "em340", "abb_b24");
        for (RegisterMap map : models.all()) {
            assertThat(map.field(Quantity.IMPORT_ENERGY)).as(map.model()).isPresent();
        }
        assertThat(models.contains("sdm630")).isTrue();
        assertThat(models.contains("sdm999")).isFalse();
        assertThat(models.get("abb_b24")).as("the B24 answers with the B23's registers").isSameAs(models.get("abb_b23"));
    }

    @Test
    void eastronBillsFromTheImportRegisterNotTheTotal() {
        RegisterField imp = models.get("sdm630").field(Quantity.IMPORT_ENERGY).orElseThrow();
        assertThat(imp.address()).isEqualTo(0x0048).isNotEqualTo(0x0156);
        assertThat(imp.table()).isEqualTo(RegisterTable.INPUT);
        assertThat(imp.type()).isEqualTo(RegisterType.FLOAT32);
    }

    @Test
    void sdm630IsReadInOneBlockOf76Registers() {
        assertThat(models.get("sdm630").plan()).containsExactly(new ReadBlock(RegisterTable.INPUT, 0, 76));
        assertThat(models.get("sdm630").serialBlock()).contains(new ReadBlock(RegisterTable.HOLDING, 0xFC00, 2));
    }

    @Test
    void sdm72WithSixtyRegistersAReadNeedsTwo() {
        assertThat(models.get("sdm72").plan()).containsExactly(
                new ReadBlock(RegisterTable.INPUT, 0x0000, 0x0036),
                new ReadBlock(RegisterTable.INPUT, 0x0046, 6));
    }

    @Test
    void abbEnergyAndInstantaneousValuesAreTwoBlocks() {
        assertThat(models.get("abb_b23").plan()).containsExactly(
                new ReadBlock(RegisterTable.HOLDING, 0x5000, 8),
                new ReadBlock(RegisterTable.HOLDING, 0x5B00, 0x2D));
    }

    @Test
    void everyPlannedBlockRespectsTheModelsLimitAndCoversEveryField() {
        for (RegisterMap map : models.all()) {
            List<ReadBlock> plan = map.plan();
            assertThat(plan).allSatisfy(b -> assertThat(b.count()).isLessThanOrEqualTo(map.maxRegistersPerRead()));
            assertThat(map.measurements()).allSatisfy(f -> assertThat(plan).anySatisfy(b -> assertThat(b.covers(f)).isTrue()));
        }
    }

    @Test
    void blocksNeverMixFunctionCodes() {
        RegisterMap map = new RegisterMap("mixed", "mixed", 125, List.of(
                field(Quantity.IMPORT_ENERGY, RegisterTable.INPUT, 10),
                field(Quantity.POWER_TOTAL, RegisterTable.HOLDING, 12)));
        assertThat(map.plan()).containsExactly(new ReadBlock(RegisterTable.HOLDING, 12, 2),
                new ReadBlock(RegisterTable.INPUT, 10, 2));
    }

    @Test
    void genericUserMapWithHexAddressesScaleAndWordOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("iskra.yaml"), """
                model: iskra_wm3
                description: Iskra WM3 (installer's map)
                max_registers_per_read: 40
                registers:
                  import_energy: {function: 3, address: 0x0100, type: uint32, scale: 0.001, word_order: low_first}
                  power_total:   {function: 4, address: 262, type: int16, scale: 10}
                """);
        MeterModels withUser = MeterModels.withUserMaps(dir);
        RegisterMap map = withUser.get("iskra_wm3");
        assertThat(withUser.contains("sdm630")).isTrue();
        RegisterField imp = map.field(Quantity.IMPORT_ENERGY).orElseThrow();
        assertThat(imp.wordOrder()).isEqualTo(WordOrder.LOW_FIRST);
        assertThat(imp.scale()).isEqualByComparingTo("0.001");
        assertThat(map.field(Quantity.POWER_TOTAL).orElseThrow().address()).isEqualTo(262);
    }

    @Test
    void brokenMapNamesFileLineAndWhatToDo() {
        assertThatThrownBy(() -> RegisterMapFile.parse("""
                model: bad
                registers:
                  import_energy: {function: 6, address: 0x48, type: float32}
                  power_total: {function: 4, address: zz, type: float}
                  voltage_l9: {function: 4, address: 0, type: float32}
                """, "bad.yaml"))
                .isInstanceOfSatisfying(RegisterMapException.class, e -> assertThat(e.problems()).containsExactly(
                        "bad.yaml:3: registers.import_energy.function: 6 is out of range (3–4)",
                        "bad.yaml:4: registers.power_total.address: 'zz' is not an address; write the 0-based "
                                + "register number, e.g. 72 or 0x0048",
                        "bad.yaml:4: registers.power_total.type: 'float' is not one of int16, uint16, int32, uint32, "
                                + "float32, int64, uint64",
                        "bad.yaml:5: registers.voltage_l9: unknown quantity; known: voltage_l1, voltage_l2, "
                                + "voltage_l3, current_l1, current_l2, current_l3, power_l1, power_l2, power_l3, "
                                + "power_total, frequency, import_energy, export_energy, serial_number"));
    }

    @Test
    void absurdScalesAddressesAndNamesAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> RegisterMapFile.parse("""
                model: %s
                description: "Iskra\\tWM3"
                registers:
                  import_energy: {function: 3, address: 99999999999, type: uint32, scale: 1e300}
                  power_total: {function: 4, address: 0x1FFFF, type: int16, scale: 0.0000001}
                  voltage_l1: {function: 4, address: 0, type: float32, scale: .inf}
                """.formatted("m".repeat(33)), "absurd.yaml"))
                .isInstanceOfSatisfying(RegisterMapException.class, e -> assertThat(e.problems()).containsExactly(
                        "absurd.yaml:1: (top).model: 33 characters; at most 32",
                        "absurd.yaml:2: (top).description: has a control character (U+0009) at character 6; remove it",
                        "absurd.yaml:4: registers.import_energy.address: '99999999999' is not an address; write the "
                                + "0-based register number, e.g. 72 or 0x0048",
                        "absurd.yaml:4: registers.import_energy.scale: 1e300 is out of range (-1000000–1000000)",
                        "absurd.yaml:5: registers.power_total.address: 0x1FFFF is outside 0–65535 (0x0000–0xFFFF)",
                        "absurd.yaml:5: registers.power_total.scale: 0.0000001 has more than 6 decimal places",
                        "absurd.yaml:6: registers.voltage_l1.scale: '.inf' is not a number (write it like 0.49)"));
    }

    @Test
    void mapWithoutImportEnergyIsRefused() {
        assertThatThrownBy(() -> RegisterMapFile.parse("""
                model: nope
                registers:
                  power_total: {function: 4, address: 0x34, type: float32}
                """, "nope.yaml"))
                .isInstanceOf(RegisterMapException.class).hasMessageContaining("import_energy is required");
    }

    @Test
    void missingUserFolderMeansNoUserMaps(@TempDir Path dir) throws Exception {
        assertThat(MeterModels.withUserMaps(dir.resolve("missing")).names())
                .containsExactly("sdm630", "sdm72", "sdm120", "abb_b23", "em340", "abb_b24");
    }

    @Test
    void unreadableUserFolderSaysWhatToCheck(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("meters"), "");
        assertThatThrownBy(() -> MeterModels.withUserMaps(notAFolder))
                .isInstanceOf(RegisterMapException.class).hasMessageContaining("cannot read the register map folder");
    }

    @Test
    void brokenUserMapIsReportedWithItsFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("generic.yaml"), "model: generic\nregisters: {}\n");
        assertThatThrownBy(() -> MeterModels.withUserMaps(dir))
                .isInstanceOf(RegisterMapException.class).hasMessageContaining("generic.yaml")
                .hasMessageContaining("import_energy is required");
    }

    private static RegisterField field(Quantity q, RegisterTable t, int address) {
        return new RegisterField(q, t, address, RegisterType.FLOAT32, java.math.BigDecimal.ONE, WordOrder.HIGH_FIRST);
    }
}
