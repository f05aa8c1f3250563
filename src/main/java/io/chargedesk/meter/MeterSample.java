package io.chargedesk.meter;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one poll of a meter gave: every mapped value in its unit and the raw words it came from.
 * The billing values become a {@link Reading}; the rest feeds diagnostics.
 */
public record MeterSample(Map<Quantity, BigDecimal> values, List<RawBlock> raw) {

    /** A billion kWh: a megawatt charger running for a century. A register beyond it is misread, not metered. */
    static final BigDecimal MAX_IMPORT_KWH = new BigDecimal("1000000000");
    /** 100 MW either way: no meter of a charging bay measures more, so a power beyond it is misread. */
    static final BigDecimal MAX_WATTS = new BigDecimal("100000000");

    public MeterSample {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        raw = List.copyOf(raw);
    }

    /**
     * The reading for the session layer: import energy rounded half-up to the Wh, power to the W.
     *
     * @throws MeterException of kind {@link FaultKind#IMPLAUSIBLE_VALUE} for an import register below zero or beyond
     *     {@link #MAX_IMPORT_KWH}, or a power beyond {@link #MAX_WATTS}: one bay's failed poll, where the number
     *     would otherwise overflow the watt-hours of a reading and stop its bus
     */
    public Reading toReading(String bayId, Instant at, String serial) throws MeterException {
        BigDecimal kwh = Objects.requireNonNull(values.get(Quantity.IMPORT_ENERGY), "import energy");
        if (kwh.signum() < 0) {
            throw new MeterException(FaultKind.IMPLAUSIBLE_VALUE, "import energy reads " + kwh.toPlainString()
                    + " kWh, below zero; check the register map's type and word order");
        }
        if (kwh.compareTo(MAX_IMPORT_KWH) > 0) {
            throw new MeterException(FaultKind.IMPLAUSIBLE_VALUE, "import energy reads " + kwh.toPlainString()
                    + " kWh, more than any meter counts; check the register map's type, scale and word order");
        }
        BigDecimal watts = Objects.requireNonNull(values.get(Quantity.POWER_TOTAL), "total power");
        if (watts.abs().compareTo(MAX_WATTS) > 0) {
            throw new MeterException(FaultKind.IMPLAUSIBLE_VALUE, "total power reads " + watts.toPlainString()
                    + " W, more than any charging bay draws; check the register map's type, scale and word order");
        }
        return new Reading(bayId, at, Energy.ofKilowattHours(kwh),
                Power.ofWatts(watts.setScale(0, RoundingMode.HALF_UP).longValueExact()), serial);
    }
}
