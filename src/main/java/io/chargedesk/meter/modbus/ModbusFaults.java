package io.chargedesk.meter.modbus;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.exceptions.ModbusConnectException;
import com.digitalpetri.modbus.exceptions.ModbusCrcException;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.ModbusTimeoutException;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.MeterException;
import io.chargedesk.meter.ReadBlock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/** Turns digitalpetri's exceptions into our fault kinds, with a message that says what to check. */
final class ModbusFaults {

    private ModbusFaults() {}

    static MeterException classify(Throwable thrown, String port, int slaveId, ReadBlock block, Duration timeout) {
        String meter = "meter " + slaveId + " on " + port;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ModbusTimeoutException || t instanceof TimeoutException) {
                return new MeterException(FaultKind.TIMEOUT, meter + " did not answer " + block + " within "
                        + timeout.toMillis() + " ms — check its slave id, the bus's baud rate and parity, and the "
                        + "A/B wiring", thrown);
            }
            if (t instanceof ModbusCrcException) {
                return new MeterException(FaultKind.CRC, meter + " sent a corrupted answer (CRC) to " + block
                        + " — check the A/B wiring, the bus termination, and that only one master is on the bus",
                        thrown);
            }
            if (t instanceof ModbusResponseException r) {
                // modbus 2.1.4 reports the function byte (0x84) in place of the exception code; name it only when valid.
                String code = ExceptionCode.from(r.getExceptionCode())
                        .map(c -> " " + r.getExceptionCode() + " (" + c.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + ")").orElse("");
                return new MeterException(FaultKind.EXCEPTION_RESPONSE, meter + " refused " + block
                        + " with Modbus exception" + code + " — is the bay's meter model right for this meter?", thrown);
            }
            if (t instanceof ModbusConnectException) {
                return portGone(port, t);
            }
            if (t instanceof InterruptedException) {
                return new MeterException(FaultKind.TIMEOUT, meter + ": the read was interrupted (stopping)", thrown);
            }
        }
        String detail = String.valueOf(thrown.getMessage());
        if (detail.contains("not connected") || detail.contains("failed to write")) {
            return portGone(port, thrown);
        }
        // digitalpetri reports a wrong slave id or function code in the answer as a plain ModbusException.
        return new MeterException(FaultKind.GARBAGE, meter + " gave an unexpected answer to " + block + " (" + detail
                + ") — are two meters set to the same slave id?", thrown);
    }

    static MeterException portGone(String port, Throwable cause) {
        return new MeterException(FaultKind.PORT_GONE, "port " + port + " is gone — is the USB adapter plugged in?",
                cause);
    }
}
