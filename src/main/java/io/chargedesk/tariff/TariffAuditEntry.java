package io.chargedesk.tariff;

import java.time.Instant;

/**
 * One change to the tariffs: who made it, when, and the tariff as it stood before and after (site-file YAML of the
 * version in force from {@code effectiveFrom}; empty where there was none).
 */
public record TariffAuditEntry(Instant at, String by, String action, String tariffId, Instant effectiveFrom,
                               String before, String after) {

    public static final String ADDED = "added";
    public static final String WITHDRAWN = "withdrawn";
}
