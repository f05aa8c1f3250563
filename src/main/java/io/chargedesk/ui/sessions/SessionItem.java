package io.chargedesk.ui.sessions;

import io.chargedesk.billing.Quote;
import io.chargedesk.session.Session;
import java.time.Duration;
import java.util.Optional;

/**
 * A row of the sessions table: the session, its price from the one cost engine, and its duration
 * (up to the moment of loading while it is still open).
 */
public record SessionItem(Session session, Optional<Quote> quote, Duration duration) {}
