package io.chargedesk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.text.Reason;
import io.chargedesk.text.TextLimit;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertChangeTest {

    private static final AlertKey KEY = AlertKey.bay(AlertKind.SESSION_ANOMALY, "A1");
    private static final Instant T0 = Instant.parse("2026-11-29T15:58:00Z");

    @Test
    void reasonsBeyondWhatTheColumnHoldsAreLeftOutFromTheEnd() {
        Reason one = Reason.said("x".repeat(400));
        List<Reason> kept = new AlertChange.Raised(KEY, T0, Collections.nCopies(5, one)).reasons();
        assertThat(kept).hasSize(2);
        assertThat(Reason.stored(kept).length()).isLessThanOrEqualTo(TextLimit.ALERT_REASON.max());
    }

    @Test
    void oneReasonTooLongKeepsItsStartAsWordsOnOneLine() {
        Reason huge = Reason.said("the database said:\n" + "|;".repeat(2000));
        List<Reason> kept = new AlertChange.Raised(KEY, T0, List.of(huge)).reasons();
        assertThat(Reason.stored(kept).length()).isLessThanOrEqualTo(TextLimit.ALERT_REASON.max());
        assertThat(kept).singleElement().extracting(Reason::toString).asString()
                .startsWith("the database said:|;").endsWith("…").doesNotContain("\n");
    }
}
