package io.chargedesk.session;

/** What a bay is doing, as far as its meter tells (docs/design.md, Sessions). */
public enum BayState {
    /** No valid answer from the meter for several polls. */
    OFFLINE,
    /** No session open; power below the start threshold. */
    IDLE,
    /** A session is open and power is above the start threshold. */
    CHARGING,
    /** A session is open but power has fallen below the threshold (the car paused, tapered or is full). */
    PAUSED
}
