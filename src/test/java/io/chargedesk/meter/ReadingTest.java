package io.chargedesk.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadingTest {

    @Test
    void aSerialNumberIsKeptToPrintableCharactersAndItsColumnsLength() {
        Reading r = new Reading("A1", Instant.EPOCH, Energy.ZERO, Power.ZERO, "\u0000SN-" + "7".repeat(80) + "\r\n");
        assertThat(r.meterSerial()).hasSize(32).startsWith("SN-777").doesNotContainPattern("\\p{Cc}");
    }
}
