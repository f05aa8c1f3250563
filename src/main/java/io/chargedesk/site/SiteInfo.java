package io.chargedesk.site;

import io.chargedesk.units.Power;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The site as a whole.
 *
 * @param zone where times are shown; all instants are stored in UTC
 * @param gridLimit the most the site's connection may draw
 */
public record SiteInfo(String name, ZoneId zone, Currency currency, Power gridLimit, Operator operator) {}
