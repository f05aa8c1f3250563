package io.chargedesk.site;

import io.chargedesk.units.Power;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * The site as a whole.
 *
 * @param zone where times are shown; all instants are stored in UTC
 * @param gridLimit the most the site's connection may draw
 * @param language what its receipts and credit notes are written in unless one is chosen when issuing
 */
public record SiteInfo(String name, ZoneId zone, Currency currency, Power gridLimit, Operator operator,
                       Locale language) {

    public SiteInfo {
        language = language == null ? SiteLanguage.DEFAULT : language;
    }

    /** A site in the {@link SiteLanguage#DEFAULT default language}. */
    public SiteInfo(String name, ZoneId zone, Currency currency, Power gridLimit, Operator operator) {
        this(name, zone, currency, gridLimit, operator, SiteLanguage.DEFAULT);
    }
}
