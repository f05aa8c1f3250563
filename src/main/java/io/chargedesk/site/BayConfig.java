package io.chargedesk.site;

import io.chargedesk.session.SessionRules;
import io.chargedesk.units.Power;
import java.util.Optional;

/**
 * One charging bay and the meter that measures it.
 *
 * @param address the meter's Modbus slave id on its bus (1–247)
 * @param meterModel the register map to read it with, e.g. "sdm630"
 * @param tariffId the bay's own tariff; empty for the site's default
 * @param area where the bay is on the site (e.g. "Car park P2"), under which the dashboard groups its tile; empty for
 *             none
 */
public record BayConfig(String id, String name, String busId, int address, String meterModel, Power maxPower,
                        SessionRules rules, Optional<String> tariffId, Optional<String> area) {

    /** What a bay's meter and rating are when the site file does not say. */
    public static final String DEFAULT_METER_MODEL = "sdm630";
    public static final Power DEFAULT_MAX_POWER = Power.ofWatts(22_000);
}
