package io.chargedesk.meter.modbus;

import com.fazecast.jSerialComm.SerialPort;
import java.util.Arrays;
import java.util.List;

/** The serial ports this machine has now, for the Settings view's port picker. */
public final class SerialPorts {

    private SerialPorts() {}

    /** Paths an installer recognises ({@code /dev/ttyUSB0}, {@code COM3}), sorted. */
    public static List<String> available() {
        return Arrays.stream(SerialPort.getCommPorts()).map(SerialPort::getSystemPortPath).sorted().toList();
    }
}
