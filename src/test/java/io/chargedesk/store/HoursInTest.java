package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.usecase.port.HistoryRange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The weekly pattern's hour counts, from weekdays and clock changes, equal counting every hour of each day of the
 * range (in zones that change by whole hours, counting every hour of the range from its start is the same).
 */
class HoursInTest {

    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "America/Sao_Paulo",
        "Australia/Lord_Howe", "Pacific/Apia", "Asia/Kolkata", "UTC"};

    @Test
    void countsEachWeekdayAndHourAsSteppingThroughTheHoursWould() {
        Random random = new Random(12);
        for (int run = 0; run < 400; run++) {
            ZoneId zone = ZoneId.of(ZONES[run % ZONES.length]);
            LocalDate from = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6000));
            LocalDate to = from.plusDays(random.nextInt(run % 4 == 0 ? 1200 : 20));
            HistoryRange range = HistoryRange.of(from, to);
            assertThat(HistoryRollups.hoursIn(range, zone)).as("%s to %s in %s", from, to, zone)
                    .isDeepEqualTo(stepped(range, zone));
        }
    }

    private static long[][] stepped(HistoryRange range, ZoneId zone) {
        long[][] n = new long[7][24];
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            ZonedDateTime end = day.plusDays(1).atStartOfDay(zone);
            for (ZonedDateTime t = day.atStartOfDay(zone); t.isBefore(end); t = t.plusHours(1)) {
                n[t.getDayOfWeek().getValue() - 1][t.getHour()]++;
            }
        }
        return n;
    }
}
