package io.chargedesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers as typed and shown, durations as shown, and quoted input cut short: one reading and one writing each. */
class TypedValuesTest {

    private static final NumberRange PRICE = NumberRange.of("0", "10000000", 6);

    private static List<String> problems(NumberRange range, String text) {
        List<String> wrong = new ArrayList<>();
        range.read(text, reason -> wrong.add(reason.toString()));
        return wrong;
    }

    @Test
    void aNumberIsReadInItsRangeAndPlacesOrNamedAsWrong() {
        assertThat(PRICE.read(" 0.49 ", w -> { })).contains(new BigDecimal("0.49"));
        assertThat(problems(PRICE, "0,49")).containsExactly("'0,49' is not a number (write it like 0.49)");
        assertThat(problems(PRICE, "NaN")).containsExactly("'NaN' is not a number (write it like 0.49)");
        assertThat(problems(PRICE, "-0.10")).containsExactly("-0.10 is negative; use 0 or more");
        assertThat(problems(PRICE, "1e999999")).containsExactly("1e999999 is out of range (0–10000000)");
        assertThat(problems(PRICE, "0.1234567")).containsExactly("0.1234567 has more than 6 decimal places");
        assertThat(problems(PRICE, "9".repeat(60))).containsExactly("9".repeat(40) + "… is out of range (0–10000000)");
    }

    @Test
    void aWholeNumberHasNoPointAndANumberTooBigForALongIsOutOfRange() {
        NumberRange minutes = NumberRange.whole(0, 10_000);
        assertThat(minutes.readWhole("+30", w -> { })).contains(30L);
        assertThat(problems(minutes, "1.5")).containsExactly("'1.5' is not a whole number");
        assertThat(problems(minutes, "1e3")).containsExactly("'1e3' is not a whole number");
        assertThat(problems(minutes, "99999999999999999999"))
                .containsExactly("99999999999999999999 is out of range (0–10000)");
        assertThat(problems(minutes, "-1")).containsExactly("-1 is negative; use 0 or more");
    }

    @Test
    void aDecimalIsShownAsTypedAndReadsBackAsTheSameValue() {
        for (String stored : List.of("0.490000", "100", "1E+2", "7.70", "0.000001", "10000000.000000", "0")) {
            String shown = Decimals.text(new BigDecimal(stored));
            assertThat(shown).doesNotContain("E").doesNotEndWith(".");
            assertThat(PRICE.read(shown, w -> { })).hasValueSatisfying(read -> assertThat(read)
                    .isEqualByComparingTo(stored));
        }
        assertThat(Decimals.text(new BigDecimal("0.490000"))).isEqualTo("0.49");
        assertThat(Decimals.text(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(Decimals.plain(new BigDecimal("19.000"))).isEqualTo(new BigDecimal("19"));
    }

    @Test
    void elapsedTimeIsHoursMinutesAndSecondsNeverBelowZero() {
        assertThat(Formats.elapsed(Duration.ofSeconds(425))).isEqualTo("0:07:05");
        assertThat(Formats.elapsed(Duration.ofHours(26).plusMinutes(5))).isEqualTo("26:05:00");
        assertThat(Formats.elapsed(Duration.ofSeconds(-3))).isEqualTo("0:00:00");
    }

    @Test
    void quotedInputIsCutShortWithoutSplittingACharacter() {
        assertThat(Excerpt.of("  short  ")).isEqualTo("short");
        assertThat(Excerpt.of("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
        assertThat(Excerpt.of("x".repeat(39) + "😀" + "y")).isEqualTo("x".repeat(39) + "…");
    }

    @Test
    void aDateIsInTheYearsTheDatabaseHolds() {
        assertThat(Years.contains(1970)).isTrue();
        assertThat(Years.contains(9999)).isTrue();
        assertThat(Years.contains(1969)).isFalse();
        assertThat(Years.contains(10_000)).isFalse();
        assertThat(Years.range()).isEqualTo("1970–9999");
    }
}
