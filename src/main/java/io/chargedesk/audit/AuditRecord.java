package io.chargedesk.audit;

import io.chargedesk.access.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What happened, before it takes its place in the chain: when (UTC, to the millisecond the database keeps), who,
 * what, on which subject (a receipt number, a tariff id, a bay), why (the reason typed, where the action has one)
 * and details. Texts are bounded here, where they enter the trail.
 */
public record AuditRecord(Instant at, Actor who, AuditAction action, String subject, String why, String details) {

    public static final int SUBJECT_MAX = 100;
    public static final int WHY_MAX = 1000;
    public static final int DETAILS_MAX = 2000;

    public AuditRecord {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        at = at.truncatedTo(ChronoUnit.MILLIS);
        subject = bounded("Subject", subject, SUBJECT_MAX);
        why = bounded("Reason", why, WHY_MAX);
        details = bounded("Details", details, DETAILS_MAX);
    }

    private static String bounded(String field, String text, int max) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw new IllegalArgumentException(field + ": " + t.length() + " characters; at most " + max + ".");
        }
        return t;
    }
}
