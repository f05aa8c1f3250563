package io.chargedesk.meter;

/**
 * The order of the 16-bit words of a multi-register value; bytes within a word are always big-endian
 * (Modbus). Eastron and ABB send the high word first, Carlo Gavazzi the low word first.
 */
public enum WordOrder {
    HIGH_FIRST, LOW_FIRST
}
