package io.chargedesk.site;

import io.chargedesk.text.Reason;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One RS-485 bus behind one serial port.
 *
 * @param timeout how long to wait for a meter's answer
 * @param pollInterval each meter read once per interval, bus time permitting; zero polls back to back
 * @param retries further attempts after a failed read before the poll counts as failed
 */
public record BusConfig(String id, String port, int baud, Parity parity, int dataBits, int stopBits,
                        Duration timeout, Duration pollInterval, int retries) {

    /** The baud rates meters are set to: the one list the site file, the settings form and the simulator take. */
    public static final List<Integer> BAUD_RATES = List.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200);

    /** A bus as the site file takes it when only its id and port are given: 9600 8N1, 300 ms, polled each second. */
    public static BusConfig withDefaults(String id, String port) {
        return new BusConfig(id, port, 9600, Parity.NONE, 8, 1, Duration.ofMillis(300), Duration.ofSeconds(1), 1);
    }

    /** What is wrong with {@code baud} as a meter bus's rate, as the end of a sentence naming it; empty if usual. */
    public static Optional<Reason> baudProblem(int baud) {
        return BAUD_RATES.contains(baud) ? Optional.empty()
                : Optional.of(Reason.of(SiteProblem.UNUSUAL_BAUD, String.valueOf(baud), BAUD_RATES.toString()));
    }
}
