package io.chargedesk.sim.rtu;

/**
 * How badly the simulated bus behaves, each in percent of requests.
 *
 * @param dropPercent the meter does not answer (the poller times out)
 * @param garblePercent the answer's CRC is corrupted (noise on the line)
 * @param wrongIdPercent the answer carries another slave id (two meters set to the same address)
 * @param wireTiming sleep for each frame's time on a real wire at the given baud, since a pty has none
 */
public record FaultInjection(double dropPercent, double garblePercent, double wrongIdPercent, long seed,
                             boolean wireTiming, int baud) {

    public static final FaultInjection NONE = new FaultInjection(0, 0, 0, 1, false, 9600);

    public FaultInjection {
        for (double p : new double[] {dropPercent, garblePercent, wrongIdPercent}) {
            if (p < 0 || p > 100) {
                throw new IllegalArgumentException("a fault rate is a percentage from 0 to 100, not " + p);
            }
        }
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive, not " + baud);
        }
    }
}
