package io.chargedesk.sim.rtu;

import com.digitalpetri.modbus.ModbusRtuFrame;
import com.digitalpetri.modbus.exceptions.UnknownUnitIdException;
import com.digitalpetri.modbus.server.ModbusRequestContext.ModbusRtuRequestContext;
import com.digitalpetri.modbus.server.ModbusRtuServerTransport;
import io.chargedesk.meter.modbus.RtuFrames;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;

/**
 * The simulator's side of the wire: misbehaves as configured (drops requests, corrupts or misaddresses
 * answers), optionally takes as long as the frames would on a real wire, and sends every answer with
 * a correct CRC unless told to garble it.
 */
final class FaultyServerTransport implements ModbusRtuServerTransport {

    private final ModbusRtuServerTransport delegate;
    private final FaultInjection faults;
    private final SplittableRandom random;

    FaultyServerTransport(ModbusRtuServerTransport delegate, FaultInjection faults) {
        this.delegate = delegate;
        this.faults = faults;
        this.random = new SplittableRandom(faults.seed());
    }

    @Override
    public CompletionStage<Void> bind() {
        return delegate.bind();
    }

    @Override
    public CompletionStage<Void> unbind() {
        return delegate.unbind();
    }

    @Override
    public void receive(FrameReceiver<ModbusRtuRequestContext, ModbusRtuFrame> receiver) {
        delegate.receive((context, request) -> {
            // Frames are handled one at a time by the delegate's queue, so the random draws need no lock.
            boolean drop = chance(faults.dropPercent());
            boolean garble = chance(faults.garblePercent());
            boolean wrongId = chance(faults.wrongIdPercent());
            if (drop) {
                // digitalpetri's serial transport stays silent for an unknown unit id: a dropped answer.
                throw new UnknownUnitIdException(request.unitId());
            }
            // modbus 2.1.4's server gets the CRC of exception responses wrong; a real meter's is right.
            ModbusRtuFrame response = RtuFrames.withCrc(request.unitId(), RtuFrames.pdu(receiver.receive(context, request)));
            if (faults.wireTiming()) {
                sleepWireTime(length(request) + length(response));
            }
            if (wrongId) {
                return RtuFrames.withCrc(request.unitId() % 247 + 1, RtuFrames.pdu(response));
            }
            return garble ? RtuFrames.withBadCrc(response) : response;
        });
    }

    private boolean chance(double percent) {
        return percent > 0 && random.nextDouble() * 100 < percent;
    }

    /** 8 data bits, start and stop bit: 10 bits a byte (11 with parity); 3.5 characters of silence after each frame. */
    private void sleepWireTime(int bytes) throws InterruptedException {
        double charMicros = 10 * 1e6 / faults.baud();
        long micros = (long) ((bytes + 2 * 3.5) * charMicros);
        Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
    }

    private static int length(ModbusRtuFrame f) {
        return 1 + f.pdu().remaining() + 2;
    }
}
