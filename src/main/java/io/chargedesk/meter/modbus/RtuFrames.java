package io.chargedesk.meter.modbus;

import com.digitalpetri.modbus.Crc16;
import com.digitalpetri.modbus.ModbusRtuFrame;
import java.nio.ByteBuffer;

/** Building RTU frames by hand, for a slave that must answer with something other than what it was asked. */
public final class RtuFrames {

    private RtuFrames() {}

    /** A frame from {@code unitId} carrying {@code pdu}, with its CRC computed. */
    public static ModbusRtuFrame withCrc(int unitId, byte[] pdu) {
        Crc16 crc = new Crc16();
        crc.update(unitId);
        crc.update(ByteBuffer.wrap(pdu));
        int v = crc.getValue();
        return new ModbusRtuFrame(unitId, ByteBuffer.wrap(pdu), ByteBuffer.wrap(new byte[] {(byte) v, (byte) (v >> 8)}));
    }

    /** The same frame with its CRC spoiled, as noise on the line would. */
    public static ModbusRtuFrame withBadCrc(ModbusRtuFrame f) {
        ByteBuffer crc = f.crc().duplicate();
        return new ModbusRtuFrame(f.unitId(), f.pdu(), ByteBuffer.wrap(new byte[] {(byte) (crc.get(0) ^ 0x5A), crc.get(1)}));
    }

    /** The PDU's bytes, leaving the frame's buffer untouched. */
    public static byte[] pdu(ModbusRtuFrame f) {
        ByteBuffer d = f.pdu().duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }
}
