package io.chargedesk.site;

import java.time.Duration;

/**
 * One RS-485 bus behind one serial port.
 *
 * @param timeout how long to wait for a meter's answer
 * @param pollInterval each meter read once per interval, bus time permitting; zero polls back to back
 * @param retries further attempts after a failed read before the poll counts as failed
 */
public record BusConfig(String id, String port, int baud, Parity parity, int dataBits, int stopBits,
                        Duration timeout, Duration pollInterval, int retries) {}
