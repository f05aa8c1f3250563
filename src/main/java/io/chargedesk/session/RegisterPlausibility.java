package io.chargedesk.session;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * How far a meter's import register can honestly move: what the bay's rating delivers in the time, with a
 * margin for meter tolerance and the float32 register's resolution. A bigger step is a fault (meter swap,
 * misconfiguration), never energy.
 */
public final class RegisterPlausibility {

    /** Register movement that float32 resolution and rounding can explain on its own. */
    private static final Energy REGISTER_SLACK = Energy.ofWattHours(100);
    private static final BigDecimal RATING_TOLERANCE = new BigDecimal("1.2");

    private RegisterPlausibility() {
    }

    public static Energy mostPossible(Power rating, Duration elapsed) {
        return Energy.ofKilowattHours(rating.over(elapsed).kilowattHours().multiply(RATING_TOLERANCE))
                .plus(REGISTER_SLACK);
    }

    /** The power above which a reading counts as overpower for a bay of this rating. */
    public static Power overpowerLimit(Power rating) {
        return Power.ofKilowatts(rating.kilowatts().multiply(RATING_TOLERANCE));
    }
}
