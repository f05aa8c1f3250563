package io.chargedesk.sim;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * A bay's meter with cars coming and going: the import register is the exact integral of the power
 * it reports, so sessions recorded from it can be checked to the watt-hour.
 *
 * <p>Thread-safe: the demo's poller and a Modbus slave may read it while the clock runs.
 */
public final class SimulatedMeter {

    private static final double STANDBY_W = 2;
    private static final double STEP_S = 1;
    private static final double VOLTS = 230;
    /** Cars arrive when people do: few at night, most in the morning and early evening. */
    private static final double[] DEMAND_BY_HOUR = {0.15, 0.1, 0.1, 0.1, 0.15, 0.3, 0.7, 1.4, 1.8, 1.6, 1.2, 1.0,
        1.1, 1.0, 1.0, 1.1, 1.4, 1.8, 1.9, 1.5, 1.0, 0.7, 0.4, 0.25};
    /** Commuters make weekdays busier than weekends (Monday first). */
    private static final double[] DEMAND_BY_WEEKDAY = {1.1, 1.1, 1.1, 1.1, 1.05, 0.7, 0.55};
    /** Fewer cars in the summer holidays and at Christmas, more in the dark months (January first). */
    private static final double[] DEMAND_BY_MONTH = {1.15, 1.1, 1.05, 1.0, 0.95, 0.9, 0.75, 0.7, 0.95, 1.05, 1.1,
        0.85};

    private final String bayId;
    private final double bayMaxW;
    private final SplittableRandom rnd;
    /** Noise draws apart from the car draws, so how often the meter is read never changes which cars come. */
    private final SplittableRandom noise;
    private final double meanGapS;
    private final ZoneId zone;

    private String serial;
    private Instant now;
    private double importWh;
    private double exportWh;
    private double powerW;
    private ChargingProfile car;
    private double carT;
    private double waitS;
    private boolean frozen;

    /**
     * @param initialImportWh the register at the start (a meter that has been in service a while)
     * @param meanGap mean time between one car leaving and the next arriving
     * @param busyAtStart whether a car is already half-way through charging at {@code start}
     */
    public SimulatedMeter(String bayId, Power bayMax, long seed, Instant start, double initialImportWh,
                          Duration meanGap, boolean busyAtStart) {
        this(bayId, bayMax, seed, start, initialImportWh, meanGap, busyAtStart, ZoneOffset.UTC);
    }

    /** @param zone the site's zone: arrivals follow its local time of day */
    public SimulatedMeter(String bayId, Power bayMax, long seed, Instant start, double initialImportWh,
                          Duration meanGap, boolean busyAtStart, ZoneId zone) {
        this.zone = zone;
        this.bayId = bayId;
        this.bayMaxW = bayMax.watts();
        this.rnd = new SplittableRandom(seed);
        this.noise = rnd.split();
        this.meanGapS = meanGap.toSeconds();
        this.serial = String.valueOf(10_000_000 + rnd.nextInt(89_999_999));
        this.now = start;
        this.importWh = initialImportWh;
        if (busyAtStart) {
            car = ChargingProfile.random(rnd, bayMaxW);
            carT = rnd.nextDouble() * car.chargingS() * 0.6;
        } else {
            waitS = nextGap();
        }
        powerW = currentPower();
    }

    public String bayId() {
        return bayId;
    }

    /** Runs the simulation forward to {@code t} (never backwards) and returns what the meter shows then. */
    public synchronized MeterState stateAt(Instant t) {
        if (t.isAfter(now)) {
            advance(Duration.between(now, t).toNanos() / 1e9);
            now = t;
        }
        return state();
    }

    private MeterState state() {
        double p = frozen ? 0 : powerW;
        double amps = p / (3 * VOLTS);
        return new MeterState(serial, Energy.ofWattHours((long) Math.floor(importWh)),
                Energy.ofWattHours((long) Math.floor(exportWh)), Power.ofWatts(Math.round(p)), importWh / 1000,
                exportWh / 1000, VOLTS + noise.nextDouble() * 2 - 1, amps, 50 + (noise.nextDouble() - 0.5) * 0.04);
    }

    /** A car arrives now, whatever the bay was doing (for tests and demos). */
    public synchronized void plugIn(Instant at) {
        stateAt(at);
        car = ChargingProfile.random(rnd, bayMaxW);
        carT = 0;
    }

    /** The car leaves now, charged or not; the next one comes after the usual gap. */
    public synchronized void unplug(Instant at) {
        stateAt(at);
        car = null;
        waitS = nextGap();
        powerW = currentPower();
    }

    /**
     * Sets the import register and, when known, the serial number, so a restarted demo carries on from what its
     * meters last said.
     */
    public synchronized void continueFrom(Energy importRegister, String meterSerial) {
        importWh = importRegister.wattHours();
        if (!meterSerial.isEmpty()) {
            serial = meterSerial;
        }
    }

    /** The meter stops metering (power reads 0, the register holds) until {@link #unfreeze()}. */
    public synchronized void freeze() {
        frozen = true;
    }

    public synchronized void unfreeze() {
        frozen = false;
    }

    /** An electrician replaced the meter: new serial number, import register back near zero. */
    public synchronized void swap(Instant at) {
        stateAt(at);
        serial = String.valueOf(10_000_000 + rnd.nextInt(89_999_999));
        importWh = rnd.nextDouble() * 50;
        exportWh = 0;
    }

    private void advance(double seconds) {
        double left = seconds;
        while (left > 0) {
            double dt = Math.min(STEP_S, left);
            double p0 = powerW;
            step(dt);
            double p1 = currentPower();
            // Trapezoid over the step: the register is the integral of the power the meter reports.
            if (!frozen) {
                importWh += (p0 + p1) / 2 * dt / 3600;
            }
            powerW = p1;
            left -= dt;
        }
    }

    private void step(double dt) {
        if (car == null) {
            waitS -= dt;
            if (waitS <= 0) {
                car = ChargingProfile.random(rnd, bayMaxW);
                carT = 0;
            }
            return;
        }
        carT += dt;
        if (carT >= car.lengthS()) {
            car = null;
            waitS = nextGap();
        }
    }

    private double currentPower() {
        if (car == null) {
            return STANDBY_W;
        }
        double p = car.powerAt(carT);
        if (p <= 0) {
            return STANDBY_W;
        }
        // Real cars wobble by a few percent around their setpoint.
        return Math.max(0, p * (1 + (noise.nextDouble() - 0.5) * 0.02));
    }

    /**
     * The wait for the next car: shorter when demand is high at this local hour, weekday and month, as on a real
     * site.
     */
    private double nextGap() {
        var local = now.atZone(zone);
        double demand = DEMAND_BY_HOUR[local.getHour()] * DEMAND_BY_WEEKDAY[local.getDayOfWeek().getValue() - 1]
                * DEMAND_BY_MONTH[local.getMonthValue() - 1];
        return -Math.log(1 - rnd.nextDouble()) * meanGapS / demand + 60;
    }

}
