package io.chargedesk.sim;

import java.util.random.RandomGenerator;

/**
 * One car's visit to a bay: how it draws power over time. Power ramps up, holds at the car's
 * limit until the battery nears full, then tapers; the car may stay connected idle afterwards.
 * Times are seconds since arrival; powers in watts.
 */
record ChargingProfile(double maxW, double rampS, double plateauS, double taperS, double tailW, double idleS) {

    static ChargingProfile random(RandomGenerator rnd, double bayMaxW) {
        double[] carLimitsKw = {3.7, 7.4, 11, 11, 22};
        double carW = carLimitsKw[rnd.nextInt(carLimitsKw.length)] * 1000;
        double maxW = Math.min(carW, bayMaxW);
        double energyWh = 8_000 + rnd.nextDouble() * 40_000;
        double taperS = 300 + rnd.nextDouble() * 900;
        double plateauS = Math.max(120, energyWh / maxW * 3600 - taperS / 2);
        double idleS = rnd.nextDouble() < 0.4 ? rnd.nextDouble() * 1800 : 0;
        return new ChargingProfile(maxW, 20 + rnd.nextDouble() * 40, plateauS, taperS, 1_200 + rnd.nextDouble() * 600,
                idleS);
    }

    double chargingS() {
        return rampS + plateauS + taperS;
    }

    double lengthS() {
        return chargingS() + idleS;
    }

    /** Power at {@code t} seconds after arrival, before noise. */
    double powerAt(double t) {
        if (t < 0 || t >= chargingS()) {
            return 0;
        }
        if (t < rampS) {
            return maxW * t / rampS;
        }
        if (t < rampS + plateauS) {
            return maxW;
        }
        double f = (t - rampS - plateauS) / taperS;
        return maxW + (tailW - maxW) * f;
    }
}
