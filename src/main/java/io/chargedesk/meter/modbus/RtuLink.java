package io.chargedesk.meter.modbus;

import com.digitalpetri.modbus.client.ModbusRtuClientTransport;

/** The serial port under a bus, as far as the bus needs it: transports on it, and two things a transport can't do. */
interface RtuLink {

    /** The port's name for messages, e.g. {@code /dev/ttyUSB0}. */
    String portName();

    /**
     * A new, unopened transport on the port, for every (re)open: modbus 2.1.4 binds its transport to
     * the device at construction, and a port that came back may be a new device behind the same name.
     *
     * @throws RuntimeException when the port cannot even be named (jSerialComm refuses a missing device)
     */
    ModbusRtuClientTransport newTransport();

    /** Whether the device is there to be opened (a USB adapter may be unplugged). */
    boolean portPresent();

    /** Throws away bytes waiting in the latest transport's buffers: late or broken answers that would spoil the next one. */
    void discardInput();

    /** Closes the latest transport's port at once, from any thread, to free a request stuck in the driver. */
    void forceClose();
}
