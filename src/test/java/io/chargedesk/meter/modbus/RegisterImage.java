package io.chargedesk.meter.modbus;

import com.digitalpetri.modbus.ModbusRtuFrame;
import io.chargedesk.meter.ReadBlock;
import io.chargedesk.meter.RegisterCodec;
import io.chargedesk.meter.RegisterField;
import io.chargedesk.meter.RegisterMap;
import io.chargedesk.meter.RegisterTable;
import io.chargedesk.meter.Quantity;
import io.chargedesk.meter.WordOrder;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A meter's registers for the fake port: answers function 3 and 4 reads like a slave would. */
final class RegisterImage {

    private final int unitId;
    private final List<ReadBlock> served = new ArrayList<>();
    private final Map<Integer, Integer> input = new HashMap<>();
    private final Map<Integer, Integer> holding = new HashMap<>();

    /** A meter at {@code unitId} that answers the reads {@code model}'s map plans, and nothing else. */
    RegisterImage(int unitId, RegisterMap model) {
        this.unitId = unitId;
        served.addAll(model.plan());
        model.serialBlock().ifPresent(served::add);
    }

    RegisterImage set(RegisterMap map, Quantity q, String value) {
        RegisterField f = map.field(q).orElseThrow();
        int[] words = RegisterCodec.encode(f, new BigDecimal(value));
        Map<Integer, Integer> table = f.table().functionCode() == 4 ? input : holding;
        for (int i = 0; i < words.length; i++) {
            table.put(f.address() + i, words[i]);
        }
        return this;
    }

    /** A float32 register holding {@code value}'s bits, NaN and infinities too, which no BigDecimal holds. */
    RegisterImage setFloat(RegisterMap map, Quantity q, float value) {
        RegisterField f = map.field(q).orElseThrow();
        int bits = Float.floatToRawIntBits(value);
        int[] words = f.wordOrder() == WordOrder.HIGH_FIRST ? new int[] {bits >>> 16, bits & 0xFFFF}
                : new int[] {bits & 0xFFFF, bits >>> 16};
        Map<Integer, Integer> table = f.table().functionCode() == 4 ? input : holding;
        table.put(f.address(), words[0]);
        table.put(f.address() + 1, words[1]);
        return this;
    }

    /** Unset registers inside a served block read 0; a read outside them gets illegal data address. */
    Optional<ModbusRtuFrame> answer(ModbusRtuFrame request) {
        if (request.unitId() != unitId) {
            return Optional.empty();
        }
        ByteBuffer pdu = request.pdu().duplicate();
        int function = pdu.get() & 0xFF;
        int start = pdu.getShort() & 0xFFFF;
        int count = pdu.getShort() & 0xFFFF;
        Map<Integer, Integer> table = function == 4 ? input : holding;
        RegisterTable t = RegisterTable.ofFunctionCode(function);
        if (served.stream().noneMatch(b -> b.table() == t && start >= b.start() && start + count <= b.start() + b.count())) {
            return Optional.of(FakeRtuLink.frame(unitId, (byte) (function | 0x80), (byte) 2));
        }
        byte[] out = new byte[2 + 2 * count];
        out[0] = (byte) function;
        out[1] = (byte) (2 * count);
        for (int i = 0; i < count; i++) {
            int w = table.getOrDefault(start + i, 0);
            out[2 + 2 * i] = (byte) (w >> 8);
            out[3 + 2 * i] = (byte) w;
        }
        return Optional.of(FakeRtuLink.frame(unitId, out));
    }
}
