package io.chargedesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLimitTest {

    @Test
    void countsWhatTheDatabaseCountsUtf16Chars() {
        assertThat(TextLimit.PLATE.problem("X".repeat(32))).isEmpty();
        assertThat(TextLimit.PLATE.problem("X".repeat(45))).contains("45 characters; at most 32");
        // 16 emoji are 16 code points but 32 chars, as H2 counts them: the 17th does not fit.
        assertThat(TextLimit.PLATE.problem("😀".repeat(16))).isEmpty();
        assertThat(TextLimit.PLATE.problem("😀".repeat(17))).contains("34 characters; at most 32");
    }

    @Test
    void everyFieldIsOneLineOfPrintableText() {
        assertThat(TextLimit.BAY_NAME.problem("Bay\tA1")).contains("has a control character (U+0009) at character 4; "
                + "remove it");
        assertThat(TextLimit.BAY_NAME.problem("Bay\nA1")).contains("has a line break at character 4; it must be one "
                + "line");
        assertThat(TextLimit.BAY_NAME.problem("Bay\u2028A1")).contains("has a line break at character 4; it must be "
                + "one line");
        assertThat(TextLimit.BAY_NAME.problem("Bay\u0085A1")).hasValueSatisfying(p -> assertThat(p).contains("U+0085"));
        assertThat(TextLimit.BAY_NAME.problem("😀 \uD800")).contains("has half a character (a lone UTF-16 surrogate) "
                + "at character 3; type it again");
        assertThat(TextLimit.BAY_NAME.problem("Bucht Ä1 · 駐車場 😀")).isEmpty();
    }

    @Test
    void fitKeepsWhatAMachineSentPrintableAndShortEnoughWithBothEnds() {
        assertThat(TextLimit.METER_SERIAL.fit(" SN\u0000123\n ")).isEqualTo("SN123");
        String fitted = TextLimit.METER_SERIAL.fit("A" + "0".repeat(60) + "Z");
        assertThat(fitted).hasSize(32).startsWith("A0").endsWith("0Z").contains("…");
        assertThat(TextLimit.METER_SERIAL.problem(fitted)).isEmpty();
    }

    @Test
    void fitNeverCutsACharacterInHalf() {
        for (int n = 30; n < 40; n++) {
            for (String prefix : new String[] {"", "x"}) {
                String fitted = TextLimit.METER_SERIAL.fit(prefix + "😀".repeat(n));
                assertThat(TextLimit.METER_SERIAL.problem(fitted)).as(fitted).isEmpty();
            }
        }
    }
}
