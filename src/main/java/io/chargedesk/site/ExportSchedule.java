package io.chargedesk.site;

import io.chargedesk.text.TextLimit;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When the previous month's exports are written, and where: each month on {@code dayOfMonth} at {@code at} (site
 * time), into {@code folder}. A run is due for every month whose moment has passed since the schedule was saved, so
 * a program that was not running then catches it up at its next start.
 *
 * @param dayOfMonth 1–28, a day every month has
 * @param savedAt when the schedule was saved: months due before were never asked for and are not caught up
 */
public record ExportSchedule(boolean enabled, int dayOfMonth, LocalTime at, String folder, Format format,
                             Instant savedAt) {

    /** The file format the exports are written in. */
    public enum Format { CSV, JSON }

    /** The last day of the month that every month has. */
    public static final int LAST_DAY = 28;

    /** @throws IllegalArgumentException naming the field and what to do when a value is out of range */
    public ExportSchedule {
        if (dayOfMonth < 1 || dayOfMonth > LAST_DAY) {
            throw new IllegalArgumentException("Day of month: " + dayOfMonth + " is not a day every month has; "
                    + "choose 1 to " + LAST_DAY + ".");
        }
        at = at.withSecond(0).withNano(0);
        folder = folder == null ? "" : folder.strip();
        if (enabled && folder.isEmpty()) {
            throw new IllegalArgumentException("Folder: choose the folder the exports are written into.");
        }
        String name = folder;
        TextLimit.EXPORT_FOLDER.problem(folder).ifPresent(p -> {
            throw new IllegalArgumentException("Folder: " + name + " " + p + ".");
        });
    }

    /** The months whose export is due by {@code now}, oldest first; none while the schedule is disabled. */
    public List<YearMonth> duePeriods(Instant now, ZoneId zone) {
        List<YearMonth> due = new ArrayList<>();
        if (!enabled) {
            return due;
        }
        for (YearMonth month = YearMonth.from(savedAt.atZone(zone)).minusMonths(1); ; month = month.plusMonths(1)) {
            Instant runAt = month.plusMonths(1).atDay(dayOfMonth).atTime(at).atZone(zone).toInstant();
            if (runAt.isAfter(now)) {
                return due;
            }
            if (!runAt.isBefore(savedAt)) {
                due.add(month);
            }
        }
    }
}
