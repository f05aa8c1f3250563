package io.chargedesk.meter.modbus;

import com.digitalpetri.modbus.ModbusRtuFrame;
import com.digitalpetri.modbus.client.ModbusRtuClientTransport;
import com.digitalpetri.modbus.exceptions.ModbusConnectException;
import com.digitalpetri.modbus.exceptions.ModbusException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/** A serial port in memory: each request frame goes to {@link #responder}, whose answer comes back asynchronously. */
final class FakeRtuLink implements RtuLink, ModbusRtuClientTransport {

    volatile Function<ModbusRtuFrame, Optional<ModbusRtuFrame>> responder = f -> Optional.empty();
    volatile boolean present = true;
    /** Makes a send block like jSerialComm's write to a pty whose far end vanished: until the port is closed. */
    volatile boolean hangWrites;
    private final Object closedUnderWrite = new Object();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger discards = new AtomicInteger();
    final AtomicInteger connects = new AtomicInteger();
    private volatile boolean connected;
    private volatile Consumer<ModbusRtuFrame> receiver;

    static ModbusRtuFrame frame(int unitId, byte... pdu) {
        return RtuFrames.withCrc(unitId, pdu);
    }

    @Override
    public String portName() {
        return "/dev/fake";
    }

    /** The same fake each time, so a test can keep steering it across reopens. */
    @Override
    public ModbusRtuClientTransport newTransport() {
        return this;
    }

    @Override
    public boolean portPresent() {
        return present;
    }

    @Override
    public void forceClose() {
        synchronized (closedUnderWrite) {
            present = false;
            closedUnderWrite.notifyAll();
        }
    }

    @Override
    public void discardInput() {
        discards.incrementAndGet();
    }

    @Override
    public CompletionStage<Void> connect() {
        if (!present) {
            return CompletableFuture.failedFuture(new ModbusConnectException("no such device"));
        }
        connects.incrementAndGet();
        connected = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> disconnect() {
        connected = false;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public CompletionStage<Void> send(ModbusRtuFrame frame) {
        if (!connected || !present) {
            connected = false;
            return CompletableFuture.failedFuture(new ModbusException("not connected"));
        }
        requests.incrementAndGet();
        if (hangWrites) {
            awaitForceClose();
            return CompletableFuture.failedFuture(new ModbusException("port closed under the write"));
        }
        responder.apply(frame).ifPresent(answer -> CompletableFuture.runAsync(() -> receiver.accept(answer)));
        return CompletableFuture.completedFuture(null);
    }

    private void awaitForceClose() {
        synchronized (closedUnderWrite) {
            while (present) {
                try {
                    closedUnderWrite.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void receive(Consumer<ModbusRtuFrame> frameReceiver) {
        this.receiver = frameReceiver;
    }

    @Override
    public void resetFrameParser() {
        // Frames arrive whole here; there is no parser state to lose.
    }
}
