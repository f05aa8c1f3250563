package io.chargedesk.meter.modbus;

import io.chargedesk.meter.BusDiagnostics;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.MeterException;
import io.chargedesk.meter.MeterModels;
import io.chargedesk.meter.MeterSample;
import io.chargedesk.meter.RawBlock;
import io.chargedesk.meter.ReadBlock;
import io.chargedesk.meter.RegisterMap;
import io.chargedesk.meter.RegisterTable;
import io.chargedesk.site.BusConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the meters on a bus: asks every slave id in a range for two input registers (with a short
 * timeout, no retries), and for each id that answers at all (even with a Modbus exception) tries every
 * known register map; the models whose reads all answer plausibly are the candidates. Run it while
 * the bus is not being polled: a bus has one master.
 */
public final class BusScanner {

    private static final Logger LOG = LoggerFactory.getLogger(BusScanner.class);
    private static final ReadBlock PROBE = new ReadBlock(RegisterTable.INPUT, 0, 2);

    private final MeterModels models;

    public BusScanner(MeterModels models) {
        this.models = models;
    }

    /**
     * Scans slave ids {@code first..last} on the bus's port with the bus's serial settings.
     *
     * @param timeout how long to wait for each id (50–100 ms suits a pty or a short bus)
     * @param progress told each slave id as it is probed, for a progress bar
     * @throws MeterException of kind {@link FaultKind#PORT_GONE} when the port cannot be used
     */
    public List<ScanHit> scan(BusConfig bus, int first, int last, Duration timeout, IntConsumer progress)
            throws MeterException {
        BusConfig probing = new BusConfig(bus.id(), bus.port(), bus.baud(), bus.parity(), bus.dataBits(),
                bus.stopBits(), timeout, Duration.ZERO, 0);
        try (ModbusBus probe = ModbusBus.on(probing, new BusDiagnostics(bus.id(), bus.port()))) {
            return scan(probe, first, last, progress);
        }
    }

    List<ScanHit> scan(ModbusBus bus, int first, int last, IntConsumer progress) throws MeterException {
        if (first < 1 || last > 247 || first > last) {
            throw new IllegalArgumentException("scan slave ids within 1–247, not " + first + "–" + last);
        }
        List<ScanHit> hits = new ArrayList<>();
        for (int id = first; id <= last; id++) {
            progress.accept(id);
            String note = probe(bus, id);
            if (note != null) {
                ScanHit hit = identify(bus, id, note);
                LOG.info("Scan of {}: slave {} answers; models {}", bus.config().port(), id, hit.candidates());
                hits.add(hit);
            }
        }
        return hits;
    }

    /** Null when nothing answers at {@code id}; otherwise a note on how it answered. */
    private static String probe(ModbusBus bus, int id) throws MeterException {
        try {
            bus.read(id, PROBE);
            return "";
        } catch (MeterException e) {
            return switch (e.kind()) {
                case TIMEOUT -> null;
                case EXCEPTION_RESPONSE, IMPLAUSIBLE_VALUE -> "";
                case CRC, GARBAGE -> "answers are garbled: check the bus's baud rate and parity, and that no two "
                        + "meters share this slave id";
                case PORT_GONE -> throw e;
            };
        }
    }

    private ScanHit identify(ModbusBus bus, int id, String note) throws MeterException {
        record Fit(RegisterMap map, int order) {}
        List<Fit> fits = new ArrayList<>();
        int order = 0;
        for (RegisterMap map : models.all()) {
            if (answers(bus, id, map)) {
                fits.add(new Fit(map, order));
            }
            order++;
        }
        fits.sort(Comparator.comparingInt((Fit f) -> -f.map().measurements().size()).thenComparingInt(Fit::order));
        String serial = fits.isEmpty() ? "" : bus.readSerial(id, fits.get(0).map()).orElse("");
        return new ScanHit(id, fits.stream().map(f -> f.map().model()).toList(), serial, note);
    }

    private static boolean answers(ModbusBus bus, int id, RegisterMap map) throws MeterException {
        List<RawBlock> raw = new ArrayList<>();
        try {
            for (ReadBlock block : map.plan()) {
                raw.add(bus.read(id, block));
            }
            new MeterSample(map.decode(raw), raw).toReading("scan", Instant.EPOCH, "");
            return true;
        } catch (MeterException e) {
            if (e.kind() == FaultKind.PORT_GONE) {
                throw e;
            }
            return false;
        }
    }
}
