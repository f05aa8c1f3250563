package io.chargedesk.meter.modbus;

import com.digitalpetri.modbus.client.ModbusRtuClientTransport;

/** The serial port under a bus, as far as the bus needs it: the transport, and two things the transport can't do. */
interface RtuLink {

    /** The port's name for messages, e.g. {@code /dev/ttyUSB0}. */
    String portName();

    ModbusRtuClientTransport transport();

    /** Whether the device is there to be opened (a USB adapter may be unplugged). */
    boolean portPresent();

    /** Throws away bytes waiting in the port's buffers: late or broken answers that would spoil the next one. */
    void discardInput();
}
