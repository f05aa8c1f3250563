package io.chargedesk.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RawBlockTest {

    @Test
    void hexDumpHasEightWordsALineEachLineStartingWithItsRegister() {
        RawBlock raw = new RawBlock(new ReadBlock(RegisterTable.INPUT, 0x48, 10),
                List.of(0x4A12, 0x3F00, 0, 0xF, 0xFFFF, 0x00A0, 1, 2, 0xBEEF, 0x10));

        assertThat(raw.hex()).isEqualTo("""
                function 4, 10 registers from 0x0048
                  0x0048  4A12 3F00 0000 000F FFFF 00A0 0001 0002
                  0x0050  BEEF 0010""");
    }

    @Test
    void registersAboveFourHexDigitsAreShownInFull() {
        RawBlock raw = new RawBlock(new ReadBlock(RegisterTable.HOLDING, 0xFFF8, 9), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));

        assertThat(raw.hex()).endsWith("\n  0x10000  0009");
    }
}
