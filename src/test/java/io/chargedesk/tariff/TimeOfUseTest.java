package io.chargedesk.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.text.Reason;
import io.chargedesk.units.Money;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOfUseTest {

    private static TimeOfUseWindow window(String name, String days, String from, String to) {
        return new TimeOfUseWindow(name, Days.parse(days).orElseThrow(), TimeOfUseWindow.parseClock(from).orElseThrow(),
                TimeOfUseWindow.parseClock(to).orElseThrow(), Money.of("0.40", "EUR"));
    }

    @Test
    void daysAreReadAsPeopleWriteThem() {
        assertThat(Days.parse("mon-fri")).contains(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(Days.parse("Sat, Sunday")).contains(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(Days.parse("fri-mon")).contains(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY));
        assertThat(Days.parse("daily")).contains(EnumSet.allOf(DayOfWeek.class));
        assertThat(Days.parse("weekdays")).isEmpty();
        assertThat(Days.parse("mo")).isEmpty();
        assertThat(Days.format(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SUNDAY))).isEqualTo("Mon,Wed–Fri,Sun");
        assertThat(Days.parse(Days.format(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)))).contains(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY));
    }

    @Test
    void theEndOfTheDayIsWrittenAndReadAs2400() {
        assertThat(TimeOfUseWindow.parseClock("24:00")).contains(LocalTime.MIDNIGHT);
        assertThat(TimeOfUseWindow.parseClock(" 8:00 ")).contains(LocalTime.of(8, 0));
        assertThat(TimeOfUseWindow.parseClock("25:00")).isEmpty();
        for (String written : List.of("00:00", "08:30", "23:59")) {
            assertThat(TimeOfUseWindow.parseClock(written).map(LocalTime::toString)).contains(written);
        }
        assertThat(TimeOfUseWindow.formatEnd(LocalTime.MIDNIGHT)).isEqualTo("24:00");
        assertThat(TimeOfUseWindow.parseClock(TimeOfUseWindow.formatEnd(LocalTime.MIDNIGHT))).contains(LocalTime.MIDNIGHT);
        assertThat(TimeOfUseWindow.formatEnd(LocalTime.of(20, 0))).isEqualTo("20:00");
        assertThat(window("late", "fri", "20:00", "24:00").describe()).isEqualTo("Fri 20:00–24:00");
    }

    @Test
    void aWeekWithAWindowPastMidnightIsComplete() {
        TimeOfUse week = TimeOfUse.of(List.of(window("day", "daily", "06:00", "22:00"),
                window("night", "daily", "22:00", "06:00")));
        ZoneId utc = ZoneId.of("UTC");
        assertThat(week.at(Instant.parse("2026-07-05T23:30:00Z"), utc).name()).isEqualTo("night");
        assertThat(week.at(Instant.parse("2026-07-06T05:59:00Z"), utc).name()).isEqualTo("night");
        assertThat(week.at(Instant.parse("2026-07-06T06:00:00Z"), utc).name()).isEqualTo("day");
    }

    @Test
    void overlapsAndUncoveredStretchesAreNamed() {
        List<String> problems = english(TimeOfUse.problems(List.of(window("peak", "mon-fri", "08:00", "20:00"),
                window("evening", "mon-fri", "18:00", "24:00"), window("night", "daily", "00:00", "08:00"))));
        assertThat(problems).contains(
                "windows peak (Mon–Fri 08:00–20:00) and evening (Mon–Fri 18:00–24:00) overlap on Mon 18:00–20:00",
                "windows peak (Mon–Fri 08:00–20:00) and evening (Mon–Fri 18:00–24:00) overlap on Fri 18:00–20:00",
                "Sat 08:00–24:00 is in no time-of-use window", "Sun 08:00–24:00 is in no time-of-use window");
        assertThatThrownBy(() -> TimeOfUse.of(List.of(window("day", "mon-sat", "00:00", "24:00"))))
                .hasMessageContaining("Sun 00:00–24:00 is in no time-of-use window");
        assertThat(english(TimeOfUse.problems(List.of()))).containsExactly("time of use has no windows");
    }

    @Test
    void windowsOfOneNameMustShareAPrice() {
        TimeOfUseWindow cheap = window("off-peak", "sat-sun", "00:00", "24:00");
        TimeOfUseWindow dear = new TimeOfUseWindow("off-peak", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Money.of("0.45", "EUR"));
        assertThat(english(TimeOfUse.problems(List.of(cheap, dear))))
                .containsExactly("windows named off-peak have different prices (0.40 and 0.45); give them other names");
    }

    @Test
    void aWindowRefusesNegativePricesAndPartMinutes() {
        assertThatThrownBy(() -> new TimeOfUseWindow("x", EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0, 30),
                LocalTime.of(9, 0), Money.of("-0.10", "EUR")))
                .hasMessageContaining("whole minutes").hasMessageContaining("negative");
    }

    private static List<String> english(List<Reason> reasons) {
        return reasons.stream().map(Reason::toString).toList();
    }
}
