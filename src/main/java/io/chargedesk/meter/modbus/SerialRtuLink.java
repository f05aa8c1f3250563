package io.chargedesk.meter.modbus;

import com.digitalpetri.modbus.client.ModbusRtuClientTransport;
import com.digitalpetri.modbus.serial.client.SerialPortClientTransport;
import com.fazecast.jSerialComm.SerialPort;
import io.chargedesk.site.BusConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real serial port through jSerialComm. */
final class SerialRtuLink implements RtuLink {

    private static final Logger LOG = LoggerFactory.getLogger(SerialRtuLink.class);

    private final BusConfig bus;
    private volatile SerialPortClientTransport transport;

    SerialRtuLink(BusConfig bus) {
        this.bus = bus;
    }

    @Override
    public ModbusRtuClientTransport newTransport() {
        transport = SerialPortClientTransport.create(cfg -> cfg
                .setSerialPort(bus.port())
                .setBaudRate(bus.baud())
                .setDataBits(bus.dataBits())
                .setStopBits(bus.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT)
                .setParity(switch (bus.parity()) {
                    case NONE -> SerialPort.NO_PARITY;
                    case EVEN -> SerialPort.EVEN_PARITY;
                    case ODD -> SerialPort.ODD_PARITY;
                }));
        return transport;
    }

    @Override
    public String portName() {
        return bus.port();
    }

    /**
     * On Linux and macOS a port is a device node (or a symlink to one, as udev and socat make), which
     * vanishes with the adapter. Windows COM names are not files; there only opening the port can tell.
     */
    @Override
    public boolean portPresent() {
        return !bus.port().startsWith("/") || Files.exists(Path.of(bus.port()));
    }

    @Override
    public void forceClose() {
        SerialPortClientTransport t = transport;
        SerialPort sp = t == null ? null : t.getSerialPort();
        if (sp != null && sp.isOpen()) {
            sp.closePort();
        }
    }

    @Override
    public void discardInput() {
        SerialPortClientTransport t = transport;
        SerialPort sp = t == null ? null : t.getSerialPort();
        if (sp != null && sp.isOpen() && !sp.flushIOBuffers()) {
            LOG.debug("Port {}: flushing the buffers failed (error {})", bus.port(), sp.getLastErrorCode());
        }
    }
}
