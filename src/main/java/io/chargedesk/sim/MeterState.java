package io.chargedesk.sim;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;

/**
 * What a simulated meter shows at one instant: the billing values as value types, plus the raw
 * electrical quantities a Modbus register map serves (kWh, V, A, Hz as the meter's floats).
 */
public record MeterState(String serial, Energy importEnergy, Energy exportEnergy, Power power,
                         double importKwh, double exportKwh, double volts, double amps, double hertz) {}
