package io.chargedesk.meter.modbus;

import io.chargedesk.meter.BusDiagnostics;
import io.chargedesk.meter.MeterException;
import io.chargedesk.meter.MeterReader;
import io.chargedesk.meter.MeterSample;
import io.chargedesk.meter.RawBlock;
import io.chargedesk.meter.ReadBlock;
import io.chargedesk.meter.Reading;
import io.chargedesk.meter.RegisterMap;
import io.chargedesk.units.Energy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one bay's meter over its bus with the blocks its register map plans.
 *
 * <p>The serial number is read on first contact, again after any failed poll (the meter may have been
 * replaced while it was unreachable) and whenever the import register goes backwards (a swap while
 * polling), rather than on every poll: it costs a round trip and changes only with the meter.
 */
public final class ModbusMeterReader implements MeterReader {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusMeterReader.class);

    private final String bayId;
    private final int slaveId;
    private final RegisterMap map;
    private final ModbusBus bus;
    private final BusDiagnostics diagnostics;
    private final List<ReadBlock> plan;
    private Optional<String> serial = Optional.empty();
    private Energy lastImport;

    public ModbusMeterReader(String bayId, int slaveId, RegisterMap map, ModbusBus bus, BusDiagnostics diagnostics) {
        this.bayId = bayId;
        this.slaveId = slaveId;
        this.map = map;
        this.bus = bus;
        this.diagnostics = diagnostics;
        this.plan = map.plan();
    }

    @Override
    public String bayId() {
        return bayId;
    }

    @Override
    public Reading read(Instant at) throws MeterException {
        try {
            List<RawBlock> raw = new ArrayList<>(plan.size());
            for (ReadBlock block : plan) {
                raw.add(bus.read(slaveId, block));
            }
            MeterSample sample = new MeterSample(map.decode(raw), raw);
            diagnostics.sampled(bayId, sample);
            Reading unsigned = sample.toReading(bayId, at, "");
            if (lastImport != null && unsigned.importRegister().isBefore(lastImport)) {
                serial = Optional.empty();
            }
            Reading reading = new Reading(bayId, at, unsigned.importRegister(), unsigned.power(), serial());
            lastImport = reading.importRegister();
            LOG.debug("Bay {} (slave {}): {} {} serial {}", bayId, slaveId, reading.importRegister(),
                    reading.power(), reading.meterSerial());
            return reading;
        } catch (MeterException e) {
            serial = Optional.empty();
            throw e;
        }
    }

    private String serial() throws MeterException {
        if (serial.isEmpty()) {
            serial = Optional.of(readSerial());
        }
        return serial.get();
    }

    private String readSerial() throws MeterException {
        Optional<String> number = bus.readSerial(slaveId, map);
        if (number.isEmpty() && map.serialBlock().isPresent()) {
            LOG.warn("Bay {} (slave {}): the meter refuses its serial number at {}; readings carry none", bayId,
                    slaveId, map.serialBlock().get());
        }
        return number.orElse("");
    }
}
