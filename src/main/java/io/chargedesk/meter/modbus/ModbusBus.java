package io.chargedesk.meter.modbus;

import com.digitalpetri.modbus.client.ModbusRtuClient;
import com.digitalpetri.modbus.client.ModbusRtuClientTransport;
import com.digitalpetri.modbus.exceptions.ModbusException;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import io.chargedesk.meter.BusDiagnostics;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.MeterException;
import io.chargedesk.meter.Quantity;
import io.chargedesk.meter.RawBlock;
import io.chargedesk.meter.ReadBlock;
import io.chargedesk.meter.RegisterCodec;
import io.chargedesk.meter.RegisterField;
import io.chargedesk.meter.RegisterMap;
import io.chargedesk.site.BusConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RS-485 bus behind one serial port: reads register blocks from its meters, one request at a
 * time, with the bus's retries. When the port vanishes (USB adapter unplugged) the bus closes it and
 * tries to reopen it at most every {@code reopenEvery}, so polling resumes by itself when it is back.
 *
 * <p>Called from its bus's poller thread; {@link #close()} may come from another thread.
 */
public final class ModbusBus implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusBus.class);
    private static final Duration REOPEN_EVERY = Duration.ofSeconds(1);
    /** Added to a request's longest legitimate time before the watchdog calls it stuck. */
    private static final long STUCK_MARGIN_MS = 1_000;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "modbus-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final BusConfig config;
    private final RtuLink link;
    private final Duration reopenEvery;
    private final BusDiagnostics diagnostics;
    private ModbusRtuClientTransport transport;
    private ModbusRtuClient client;
    private boolean open;
    private boolean everOpened;
    private boolean closed;
    /** Whether the current outage was logged: once per outage, not once a second. */
    private boolean outageLogged;
    private long nextOpenAttempt = System.nanoTime();
    /** Set by the watchdog when it had to close the port under a hung request. */
    private volatile boolean stuck;
    /** Whether the last request timed out and no meter has answered since: the bus may be dead, not noisy. */
    private boolean silentSinceTimeout;

    ModbusBus(BusConfig config, RtuLink link, Duration reopenEvery, BusDiagnostics diagnostics) {
        this.config = config;
        this.link = link;
        this.reopenEvery = reopenEvery;
        this.diagnostics = diagnostics;
    }

    /** A bus on the serial port its config names; the port is opened on the first read. */
    public static ModbusBus on(BusConfig config, BusDiagnostics diagnostics) {
        return new ModbusBus(config, new SerialRtuLink(config), REOPEN_EVERY, diagnostics);
    }

    public BusConfig config() {
        return config;
    }

    /**
     * Reads one block from one meter, retrying timeouts and corrupted answers as the bus config says; but not when
     * no meter has answered since the last timeout. Retries are for a noisy line: on a dead bus (cable cut, meters
     * unpowered) each would cost a whole timeout per meter and delay noticing it by minutes. Any answer, even a
     * corrupted one or a refusal, restores them.
     */
    public synchronized RawBlock read(int slaveId, ReadBlock block) throws MeterException {
        MeterException last = null;
        int retries = silentSinceTimeout ? 0 : config.retries();
        for (int attempt = 0; attempt <= retries; attempt++) {
            ensureOpen();
            try {
                RawBlock answer = request(slaveId, block);
                silentSinceTimeout = false;
                return answer;
            } catch (MeterException e) {
                last = e;
                if (e.kind() != FaultKind.PORT_GONE) {
                    silentSinceTimeout = e.kind() == FaultKind.TIMEOUT;
                }
                if (e.kind() == FaultKind.PORT_GONE || !link.portPresent()) {
                    lose();
                    throw ModbusFaults.portGone(link.portName(), e);
                }
                discardLateBytes();
                if (e.kind() == FaultKind.EXCEPTION_RESPONSE || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                LOG.debug("Bus {}: attempt {} of {} failed: {}", config.id(), attempt + 1, retries + 1,
                        e.getMessage());
            }
        }
        throw last;
    }

    /**
     * The meter's serial number by its register map; empty when the model has none or the meter
     * refuses the read (an exception response).
     */
    public Optional<String> readSerial(int slaveId, RegisterMap map) throws MeterException {
        Optional<ReadBlock> block = map.serialBlock();
        if (block.isEmpty()) {
            return Optional.empty();
        }
        RegisterField field = map.field(Quantity.SERIAL_NUMBER).orElseThrow();
        try {
            return Optional.of(RegisterCodec.decode(field, read(slaveId, block.get()).wordsOf(field))
                    .toBigInteger().toString());
        } catch (MeterException e) {
            if (e.kind() != FaultKind.EXCEPTION_RESPONSE) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private RawBlock request(int slaveId, ReadBlock block) throws MeterException {
        if (!link.portPresent()) {
            throw ModbusFaults.portGone(link.portName(), null);
        }
        // A write to a port whose far end vanished can spin in the serial driver forever (seen with ptys):
        // if a request outlives every timeout it could have, close the port under it to set the bus free.
        stuck = false;
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            stuck = true;
            link.forceClose();
        }, config.timeout().toMillis() * 3 + STUCK_MARGIN_MS, TimeUnit.MILLISECONDS);
        try {
            RawBlock answer = exchange(slaveId, block);
            if (!stuck) {
                return answer;
            }
        } catch (MeterException e) {
            if (!stuck) {
                throw e;
            }
        } finally {
            watchdog.cancel(false);
        }
        throw new MeterException(FaultKind.PORT_GONE, "a request to meter " + slaveId + " hung in the serial driver of "
                + link.portName() + "; the port was closed and will be reopened — is the adapter still plugged in?");
    }

    private RawBlock exchange(int slaveId, ReadBlock block) throws MeterException {
        byte[] data;
        try {
            data = switch (block.table()) {
                case INPUT -> client.readInputRegisters(slaveId,
                        new ReadInputRegistersRequest(block.start(), block.count())).registers();
                case HOLDING -> client.readHoldingRegisters(slaveId,
                        new ReadHoldingRegistersRequest(block.start(), block.count())).registers();
            };
        } catch (ModbusException e) {
            throw ModbusFaults.classify(e, link.portName(), slaveId, block, config.timeout());
        }
        if (data.length != block.count() * 2) {
            throw new MeterException(FaultKind.GARBAGE, "meter " + slaveId + " on " + link.portName() + " answered "
                    + data.length + " bytes to " + block + ", expected " + block.count() * 2
                    + " — is the bay's meter model right?");
        }
        return RawBlock.ofBytes(block, data);
    }

    /**
     * After a timeout or a broken answer, the rest of that answer may still be on its way: wait out a
     * frame gap, then drop whatever arrived, so it cannot be taken for the answer to the next request.
     */
    private void discardLateBytes() {
        try {
            Thread.sleep(frameGapMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.discardInput();
        transport.resetFrameParser();
    }

    /** 3.5 characters of silence end a frame; a few ms more for the USB adapter's latency. */
    private long frameGapMillis() {
        return (long) Math.ceil(3.5 * 11 * 1000.0 / config.baud()) + 5;
    }

    private void ensureOpen() throws MeterException {
        if (open) {
            return;
        }
        if (closed) {
            throw new MeterException(FaultKind.PORT_GONE, "bus " + config.id() + " is closed");
        }
        long wait = nextOpenAttempt - System.nanoTime();
        if (wait > 0) {
            // A gone port fails at once; pause as a timeout would, so a back-to-back poller doesn't spin.
            pause(Math.min(TimeUnit.NANOSECONDS.toMillis(wait), config.timeout().toMillis()));
            throw ModbusFaults.portGone(link.portName(), null);
        }
        nextOpenAttempt = System.nanoTime() + reopenEvery.toNanos();
        if (!link.portPresent()) {
            throw logOutage(ModbusFaults.portGone(link.portName(), null));
        }
        try {
            transport = link.newTransport();
            client = ModbusRtuClient.create(transport, cfg -> cfg.setRequestTimeout(config.timeout()));
            transport.connect().toCompletableFuture().get(config.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // jSerialComm refuses a name that is no port with an unchecked exception, before any open.
            throw logOutage(new MeterException(FaultKind.PORT_GONE, "cannot open port " + link.portName() + " ("
                    + (e.getCause() == null ? e : e.getCause()).getMessage()
                    + ") — is another program using it, and may this user open it (group dialout)?", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ModbusFaults.portGone(link.portName(), e);
        }
        open = true;
        outageLogged = false;
        link.discardInput();
        if (everOpened) {
            LOG.info("Bus {}: port {} is back and reopened", config.id(), link.portName());
            diagnostics.reopened();
        } else {
            LOG.info("Bus {}: opened {} at {} baud, {} data bits, parity {}, {} stop bit(s)", config.id(),
                    link.portName(), config.baud(), config.dataBits(), config.parity(), config.stopBits());
            diagnostics.portState(true);
        }
        everOpened = true;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private MeterException logOutage(MeterException e) {
        if (!outageLogged) {
            LOG.warn("Bus {}: {}; trying again every {} s", config.id(), e.getMessage(), reopenEvery.toSeconds());
            outageLogged = true;
        }
        return e;
    }

    private void lose() {
        LOG.warn("Bus {}: port {} is gone — is the USB adapter plugged in? Reopening it when it is back",
                config.id(), link.portName());
        outageLogged = true;
        open = false;
        diagnostics.portState(false);
        disconnect();
    }

    private void disconnect() {
        try {
            transport.disconnect().toCompletableFuture().get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Bus {}: closing port {} failed: {}", config.id(), link.portName(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (open) {
                open = false;
                diagnostics.portState(false);
                disconnect();
                LOG.info("Bus {}: closed port {}", config.id(), link.portName());
            }
        }
    }
}
