package io.chargedesk.ui.tariffs;

import io.chargedesk.tariff.Tariff;

/** A stored tariff version as the list shows it. */
public record VersionItem(Tariff tariff, String effectiveFrom, String energy, String state) {

    public static final String IN_FORCE = "in force";
    public static final String FUTURE = "not yet in force";
    public static final String SUPERSEDED = "superseded";
}
