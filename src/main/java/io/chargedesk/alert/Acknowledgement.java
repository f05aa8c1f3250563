package io.chargedesk.alert;

import java.time.Instant;

/** Who acknowledged an alert, and when. */
public record Acknowledgement(String by, Instant at) {}
