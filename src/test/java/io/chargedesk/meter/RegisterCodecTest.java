package io.chargedesk.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RegisterCodecTest {

    private static RegisterField field(RegisterType type, String scale, WordOrder order) {
        return new RegisterField(Quantity.IMPORT_ENERGY, RegisterTable.INPUT, 0x48, type, new BigDecimal(scale), order);
    }

    /** The words of a response's data bytes, as the wire carries them. */
    private static int[] words(byte... bytes) {
        return RawBlock.ofBytes(new ReadBlock(RegisterTable.INPUT, 0, bytes.length / 2), bytes).words().stream()
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void float32HighWordFirstAsEastronSendsIt() throws MeterException {
        // 1234.5 kWh = 0x449A5000
        BigDecimal kwh = RegisterCodec.decode(field(RegisterType.FLOAT32, "1", WordOrder.HIGH_FIRST),
                words((byte) 0x44, (byte) 0x9A, (byte) 0x50, (byte) 0x00));
        assertThat(kwh).isEqualByComparingTo("1234.5");
    }

    @Test
    void float32IsTakenAtItsExactBinaryValue() throws MeterException {
        // 0.1f is 0.100000001490116…: kept exactly, so rounding to the Wh happens once, at the end.
        int bits = Float.floatToIntBits(0.1f);
        BigDecimal v = RegisterCodec.decode(field(RegisterType.FLOAT32, "1", WordOrder.HIGH_FIRST),
                new int[] {bits >>> 16, bits & 0xFFFF});
        assertThat(v).isEqualByComparingTo(new BigDecimal(0.1f));
    }

    @Test
    void uint64InHundredthsOfKwhAsAbbSendsIt() throws MeterException {
        // 0x0000_0000_0012_D687 = 1234567 → 12345.67 kWh
        BigDecimal kwh = RegisterCodec.decode(field(RegisterType.UINT64, "0.01", WordOrder.HIGH_FIRST),
                words((byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0x00, (byte) 0x12, (byte) 0xD6, (byte) 0x87));
        assertThat(kwh).isEqualByComparingTo("12345.67");
        assertThat(Energy.ofKilowattHours(kwh)).isEqualTo(Energy.ofWattHours(12_345_670));
    }

    @Test
    void uint64AboveLongMaxStaysPositive() throws MeterException {
        BigDecimal v = RegisterCodec.decode(field(RegisterType.UINT64, "1", WordOrder.HIGH_FIRST),
                new int[] {0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF});
        assertThat(v).isEqualByComparingTo("18446744073709551615");
    }

    @Test
    void int32InHundredthsOfWattNegativeForExport() throws MeterException {
        // -1234567 = 0xFFED2979 → -12345.67 W
        BigDecimal w = RegisterCodec.decode(field(RegisterType.INT32, "0.01", WordOrder.HIGH_FIRST),
                words((byte) 0xFF, (byte) 0xED, (byte) 0x29, (byte) 0x79));
        assertThat(w).isEqualByComparingTo("-12345.67");
    }

    @Test
    void int32LowWordFirstAsCarloGavazziSendsIt() throws MeterException {
        // 123456 = 0x0001E240, sent as E240 0001
        BigDecimal v = RegisterCodec.decode(field(RegisterType.INT32, "0.1", WordOrder.LOW_FIRST),
                new int[] {0xE240, 0x0001});
        assertThat(v).isEqualByComparingTo("12345.6");
    }

    @Test
    void int16AndUint16DifferOnTheSignBit() throws MeterException {
        assertThat(RegisterCodec.decode(field(RegisterType.INT16, "1", WordOrder.HIGH_FIRST), new int[] {0xFFFE}))
                .isEqualByComparingTo("-2");
        assertThat(RegisterCodec.decode(field(RegisterType.UINT16, "1", WordOrder.HIGH_FIRST), new int[] {0xFFFE}))
                .isEqualByComparingTo("65534");
    }

    @Test
    void nanIsRefusedAsImplausible() {
        int nan = Float.floatToIntBits(Float.NaN);
        assertThatThrownBy(() -> RegisterCodec.decode(field(RegisterType.FLOAT32, "1", WordOrder.HIGH_FIRST),
                new int[] {nan >>> 16, nan & 0xFFFF}))
                .isInstanceOfSatisfying(MeterException.class,
                        e -> assertThat(e.kind()).isEqualTo(FaultKind.IMPLAUSIBLE_VALUE))
                .hasMessageContaining("0x0048");
    }

    @Property
    void integersRoundTripThroughTheRegisters(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long raw,
                                              @ForAll WordOrder order) throws MeterException {
        RegisterField f = field(RegisterType.UINT32, "0.01", order);
        BigDecimal value = BigDecimal.valueOf(raw, 2);
        assertThat(RegisterCodec.decode(f, RegisterCodec.encode(f, value))).isEqualByComparingTo(value);
    }

    @Test
    void sampleBecomesReadingRoundingHalfUpToTheWh() throws MeterException {
        RegisterMap map = MeterModels.builtIn().get("sdm630");
        int[] regs = new int[76];
        put(regs, map, Quantity.IMPORT_ENERGY, "12.3455");
        put(regs, map, Quantity.POWER_TOTAL, "7399.6");
        List<RawBlock> raw = List.of(new RawBlock(map.plan().get(0), Arrays.stream(regs).boxed().toList()));
        Reading r = new MeterSample(map.decode(raw), raw).toReading("A1", Instant.EPOCH, "123");
        // 12.3455f is 12.34549999…, below the half: the register says 12.345 kWh, not 12.346.
        assertThat(r.importRegister()).isEqualTo(Energy.ofWattHours(12_345));
        assertThat(r.power()).isEqualTo(Power.ofWatts(7_400));
        assertThat(r.meterSerial()).isEqualTo("123");
    }

    @Test
    void negativeImportRegisterIsImplausible() {
        RegisterMap map = MeterModels.builtIn().get("sdm630");
        int[] regs = new int[76];
        put(regs, map, Quantity.IMPORT_ENERGY, "-1");
        List<RawBlock> raw = List.of(new RawBlock(map.plan().get(0), Arrays.stream(regs).boxed().toList()));
        assertThatThrownBy(() -> new MeterSample(map.decode(raw), raw).toReading("A1", Instant.EPOCH, ""))
                .isInstanceOfSatisfying(MeterException.class,
                        e -> assertThat(e.kind()).isEqualTo(FaultKind.IMPLAUSIBLE_VALUE));
    }

    @Test
    void nanOnAPhaseIsLeftOutButNanOnPowerFailsThePoll() throws MeterException {
        RegisterMap map = MeterModels.builtIn().get("sdm630");
        int[] regs = new int[76];
        put(regs, map, Quantity.IMPORT_ENERGY, "1");
        int nan = Float.floatToIntBits(Float.NaN);
        regs[4] = nan >>> 16; // voltage L3 at 0x0004
        regs[5] = nan & 0xFFFF;
        List<RawBlock> raw = List.of(new RawBlock(map.plan().get(0), Arrays.stream(regs).boxed().toList()));
        assertThat(map.decode(raw)).doesNotContainKey(Quantity.VOLTAGE_L3).containsKey(Quantity.VOLTAGE_L2);

        regs[0x34] = nan >>> 16; // total power
        regs[0x35] = nan & 0xFFFF;
        List<RawBlock> bad = List.of(new RawBlock(map.plan().get(0), Arrays.stream(regs).boxed().toList()));
        assertThatThrownBy(() -> map.decode(bad)).isInstanceOfSatisfying(MeterException.class,
                e -> assertThat(e.kind()).isEqualTo(FaultKind.IMPLAUSIBLE_VALUE));
    }

    private static void put(int[] regs, RegisterMap map, Quantity q, String value) {
        RegisterField f = map.field(q).orElseThrow();
        int[] w = RegisterCodec.encode(f, new BigDecimal(value));
        System.arraycopy(w, 0, regs, f.address(), w.length); // the SDM630 block starts at 0
    }
}
