package io.chargedesk.site;

/** Serial parity; 8N1 and 8E1 are both common on RS-485 meter buses. */
public enum Parity {
    NONE, EVEN, ODD
}
