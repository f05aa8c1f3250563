package io.chargedesk.text;

/**
 * The years a typed date may have (a tariff's start, a day to export from): what the database's timestamps hold and
 * receipts print with four digits.
 */
public final class Years {

    public static final int FIRST = 1970;
    public static final int LAST = 9999;

    private Years() {
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** "1970–9999". */
    public static String range() {
        return FIRST + "–" + LAST;
    }
}
