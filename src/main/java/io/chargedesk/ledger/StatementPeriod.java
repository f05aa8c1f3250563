package io.chargedesk.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The days a statement covers, both inclusive, in the site's time zone: a month by default, any stretch of up to
 * {@link #MAX_DAYS} days otherwise.
 */
public record StatementPeriod(LocalDate from, LocalDate to) {

    /** A year and a bit: a yearly statement, not a decade of sessions in one document. */
    public static final int MAX_DAYS = 400;

    /** @throws IllegalArgumentException naming the field when the period is reversed, too long or out of years */
    public StatementPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("To: " + to + " is before from (" + from + "); give the last day of "
                    + "the period, on or after its first.");
        }
        if (from.getYear() < 1970 || to.getYear() > 9999) {
            throw new IllegalArgumentException("Period: " + from + " to " + to + " is outside the years 1970–9999.");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("Period: " + days + " days; at most " + MAX_DAYS + " in one "
                    + "statement. Issue one per month or year.");
        }
    }

    public static StatementPeriod month(YearMonth month) {
        return new StatementPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** Whether the period is exactly one calendar month. */
    public boolean isMonth() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth());
    }
}
