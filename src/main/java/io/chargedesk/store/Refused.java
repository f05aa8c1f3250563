package io.chargedesk.store;

/** Rows the database would not take for what they hold (a value too long, a broken constraint), and its reason. */
public record Refused(RecordPart part, String reason) {
}
