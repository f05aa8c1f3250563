package io.chargedesk.billing;

import io.chargedesk.units.Energy;
import java.time.Instant;

/** The energy of one stretch of a session in one time-of-use window, from the register read at its two ends. */
public record EnergyPart(Instant from, Instant to, String window, Energy energy) {}
