package io.chargedesk.sim.rtu;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.FunctionCode;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.UnknownUnitIdException;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersResponse;
import com.digitalpetri.modbus.server.ModbusRequestContext;
import com.digitalpetri.modbus.server.ModbusServices;
import io.chargedesk.meter.Quantity;
import io.chargedesk.meter.ReadBlock;
import io.chargedesk.meter.RegisterCodec;
import io.chargedesk.meter.RegisterField;
import io.chargedesk.meter.RegisterMap;
import io.chargedesk.meter.RegisterTable;
import io.chargedesk.sim.MeterState;
import io.chargedesk.sim.SimulatedMeter;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves simulated meters as Modbus slaves, laid out by a register map (the SDM630's): the registers
 * a poller of that model reads, computed from the meter's state at the moment of the request.
 * Addresses outside the map's blocks get an illegal-data-address exception, as a real meter's would.
 */
final class SimulatedMeterServices implements ModbusServices {

    private final RegisterMap map;
    private final Clock clock;
    private final Map<Integer, SimulatedMeter> meters;
    private final List<ReadBlock> servedBlocks = new ArrayList<>();
    private final Set<Integer> silenced = ConcurrentHashMap.newKeySet();

    SimulatedMeterServices(RegisterMap map, Clock clock, Map<Integer, SimulatedMeter> meters) {
        this.map = map;
        this.clock = clock;
        this.meters = Map.copyOf(meters);
        servedBlocks.addAll(map.plan());
        map.serialBlock().ifPresent(servedBlocks::add);
    }

    /** The meter stops answering at all (bus cut to it, or powered off), until {@link #answer(int)}. */
    void silence(int slaveId) {
        silenced.add(slaveId);
    }

    void answer(int slaveId) {
        silenced.remove(slaveId);
    }

    @Override
    public ReadInputRegistersResponse readInputRegisters(ModbusRequestContext context, int unitId,
                                                         ReadInputRegistersRequest request)
            throws ModbusResponseException, UnknownUnitIdException {
        return new ReadInputRegistersResponse(registers(unitId, FunctionCode.READ_INPUT_REGISTERS, RegisterTable.INPUT,
                request.address(), request.quantity()));
    }

    @Override
    public ReadHoldingRegistersResponse readHoldingRegisters(ModbusRequestContext context, int unitId,
                                                             ReadHoldingRegistersRequest request)
            throws ModbusResponseException, UnknownUnitIdException {
        return new ReadHoldingRegistersResponse(registers(unitId, FunctionCode.READ_HOLDING_REGISTERS,
                RegisterTable.HOLDING, request.address(), request.quantity()));
    }

    private byte[] registers(int unitId, FunctionCode function, RegisterTable table, int start, int count)
            throws ModbusResponseException, UnknownUnitIdException {
        SimulatedMeter meter = meters.get(unitId);
        if (meter == null || silenced.contains(unitId)) {
            throw new UnknownUnitIdException(unitId);
        }
        if (!served(table, start, count)) {
            throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_ADDRESS);
        }
        Map<Quantity, BigDecimal> values = values(meter.stateAt(clock.instant()));
        byte[] out = new byte[count * 2];
        for (RegisterField f : map.fields()) {
            if (f.table() != table || f.address() < start || f.end() > start + count) {
                continue;
            }
            int[] words = RegisterCodec.encode(f, values.get(f.quantity()));
            for (int i = 0; i < words.length; i++) {
                int at = 2 * (f.address() - start + i);
                out[at] = (byte) (words[i] >> 8);
                out[at + 1] = (byte) words[i];
            }
        }
        return out;
    }

    private boolean served(RegisterTable table, int start, int count) {
        return servedBlocks.stream().anyMatch(b -> b.table() == table && start >= b.start()
                && start + count <= b.start() + b.count());
    }

    private static Map<Quantity, BigDecimal> values(MeterState s) {
        Map<Quantity, BigDecimal> v = new EnumMap<>(Quantity.class);
        BigDecimal volts = BigDecimal.valueOf(s.volts());
        BigDecimal amps = BigDecimal.valueOf(s.amps());
        BigDecimal phaseWatts = BigDecimal.valueOf(s.power().watts() / 3.0);
        for (Quantity q : List.of(Quantity.VOLTAGE_L1, Quantity.VOLTAGE_L2, Quantity.VOLTAGE_L3)) {
            v.put(q, volts);
        }
        for (Quantity q : List.of(Quantity.CURRENT_L1, Quantity.CURRENT_L2, Quantity.CURRENT_L3)) {
            v.put(q, amps);
        }
        for (Quantity q : List.of(Quantity.POWER_L1, Quantity.POWER_L2, Quantity.POWER_L3)) {
            v.put(q, phaseWatts);
        }
        v.put(Quantity.POWER_TOTAL, BigDecimal.valueOf(s.power().watts()));
        v.put(Quantity.FREQUENCY, BigDecimal.valueOf(s.hertz()));
        v.put(Quantity.IMPORT_ENERGY, BigDecimal.valueOf(s.importKwh()));
        v.put(Quantity.EXPORT_ENERGY, BigDecimal.valueOf(s.exportKwh()));
        v.put(Quantity.SERIAL_NUMBER, new BigDecimal(s.serial()));
        return v;
    }
}
