package io.chargedesk.collector;

import io.chargedesk.session.Session;

/**
 * A session an attendant ended while the car still drew power, and the session the charge goes on in: {@code
 * continued} starts on the register and at the instant {@code ended} ends.
 */
public record Handover(Session ended, Session continued) {}
